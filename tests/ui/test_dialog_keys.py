"""Every dialog from the keyboard alone: Tab follows the eye (out of multi-line fields too), Ctrl+Enter saves,
and nothing is filled in silently."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from shown import active

from facilitator.content import texts
from facilitator.domain.actions import Action, Priority
from facilitator.domain.agenda import PHASES, Phase
from facilitator.ui.library.new_review_dialog import NewReviewDialog
from facilitator.ui.meeting.action_dialog import ActionDialog
from facilitator.ui.prep.agenda_dialog import AgendaDialog
from facilitator.ui.prep.opening_editor import OpeningEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _shown(qtbot, dialog):
    return active(qtbot, dialog)


def _focused():
    return QApplication.focusWidget()


def _holds_focus(widget) -> bool:
    focus = _focused()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(_focused(), key, modifiers)


def _tabs_through(qtbot, order):
    """From the first widget, Tab visits each in turn and comes round; Shift+Tab goes back the same way."""
    order[0].setFocus()
    qtbot.waitUntil(lambda: _holds_focus(order[0]))
    for widget in [*order[1:], order[0]]:
        _press(qtbot, Qt.Key.Key_Tab)
        assert _holds_focus(widget), f"Tab went to {_focused()!r}, not {widget!r}"
    for widget in reversed(order):
        _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
        assert _holds_focus(widget), f"Shift+Tab went to {_focused()!r}, not {widget!r}"


def _button_texts(order):
    return [w.text().replace("&", "") for w in order if isinstance(w, QPushButton)]


# The action dialog


def test_the_action_dialog_tabs_in_reading_order_with_due_by_after_the_owner(qtbot):
    """Title, owner, due by, priority, tracker reference, description, the ISMS box, then Save and Cancel."""
    dialog = _shown(qtbot, ActionDialog(None, ["Ada Quist"], "Alert before expiry"))
    expected = [dialog.title, dialog.owner, dialog.due, dialog.priority, dialog.tracker, dialog.description, dialog.isms]
    assert dialog.tab_order[: len(expected)] == [*expected[:2], dialog.due.field, *expected[3:]]
    assert sorted(_button_texts(dialog.tab_order)) == ["Cancel", "Save"]
    _tabs_through(qtbot, dialog.tab_order)


def test_a_date_typed_after_tab_from_the_owner_is_the_due_date(qtbot):
    """Owner, Tab, a date: it lands in Due by (it went into the tracker reference), and Enter saves it."""
    dialog = _shown(qtbot, ActionDialog(None, ["Ada Quist"], "Alert before expiry"))
    dialog.owner.setFocus()
    qtbot.keyClicks(_focused(), "Ada Quist")
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "2026-12-18")
    assert "Friday 18 December 2026" in dialog.due.said.text()
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "CHG-1002")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    action = dialog.result_action
    assert (action.owner, action.due, action.tracker_ref) == ("Ada Quist", dt.date(2026, 12, 18), "CHG-1002")


def test_tab_leaves_the_description_and_ctrl_enter_saves_from_it(qtbot):
    """In the description Enter starts a new line, Tab moves on (it typed a tab), Shift+Tab comes back,
    Ctrl+Enter saves the whole action."""
    dialog = _shown(qtbot, ActionDialog(None, ["Ada Quist"], "Alert before expiry"))
    dialog.owner.setCurrentText("Ada Quist")
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Two weeks ahead")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.description, "on every bundle")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _holds_focus(dialog.isms)
    _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert _holds_focus(dialog.description)
    assert dialog.description.toPlainText() == "Two weeks ahead\non every bundle"
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_action.description == "Two weeks ahead\non every bundle"


def test_no_due_date_is_kept_unless_one_is_chosen_and_the_field_says_so(qtbot):
    """A new action's Due by is empty and says 'No due date'; saved so, it has none. Up chooses two weeks
    ahead, shown in the field and in words; Down a day earlier."""
    dialog = _shown(qtbot, ActionDialog(None, ["Ada Quist"], "Alert before expiry"))
    words = texts("parking")["due"]
    assert dialog.due.field.text() == "" and dialog.due.said.text() == words["none"]
    assert "No due date" in words["none"]
    dialog.owner.setCurrentText("Ada Quist")
    dialog.due.setFocus()
    _press(qtbot, Qt.Key.Key_Up)
    chosen = dt.date.today() + dt.timedelta(days=14)
    assert dialog.due.field.text() == chosen.isoformat()
    _press(qtbot, Qt.Key.Key_Down)
    assert dialog.due.field.text() == (chosen - dt.timedelta(days=1)).isoformat()
    dialog.due.field.clear()
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result_action == Action("Alert before expiry", "Ada Quist", priority=Priority.MEDIUM)
    assert dialog.result_action.due is None


def test_a_due_date_that_is_not_a_date_is_refused_with_the_reason(qtbot):
    """'next friday' is not kept as some other date: the dialog stays open, says why, and puts the cursor there."""
    dialog = _shown(qtbot, ActionDialog(None, ["Ada Quist"], "Alert before expiry"))
    dialog.owner.setCurrentText("Ada Quist")
    dialog.due.setFocus()
    qtbot.keyClicks(dialog.due.field, "next friday")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.result_action is None and dialog.isVisible()
    assert "next friday" in dialog.problem.text() and "YYYY-MM-DD" in dialog.problem.text()
    assert _holds_focus(dialog.due)


def test_a_due_date_no_one_can_mean_is_refused_with_the_range_and_stays_typed(qtbot):
    """9999 or a date before the incident is refused: the dialog stays open, names the range (the incident's date
    to ten years after today), keeps what was typed and puts the cursor there; the line beside it says so too."""
    today = dt.date(2026, 11, 3)
    dialog = _shown(qtbot, ActionDialog(None, ["Ada Quist"], "Alert", today=today, incident_date=dt.date(2026, 10, 14)))
    dialog.owner.setCurrentText("Ada Quist")
    for typed in ("9999-12-31", "0001-01-01", "2026-10-13", "2036-11-04"):
        dialog.due.field.clear()
        dialog.due.setFocus()
        qtbot.keyClicks(dialog.due.field, typed)
        _press(qtbot, Qt.Key.Key_Return)
        assert dialog.result_action is None and dialog.isVisible()
        assert f"The due date {typed} cannot be right" in dialog.problem.text()
        assert "from 2026-10-14 to 2036-11-03" in dialog.problem.text()
        assert dialog.due.field.text() == typed and _holds_focus(dialog.due)
        assert dialog.due.said.text() == "Out of range (2026-10-14 to 2036-11-03)"
    dialog.due.field.clear()
    qtbot.keyClicks(dialog.due.field, "2036-11-03")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.result_action is not None and dialog.result_action.due == dt.date(2036, 11, 3)


def test_without_an_incident_date_a_due_date_can_be_a_year_back(qtbot):
    dialog = _shown(qtbot, ActionDialog(None, ["Ada Quist"], "Alert", today=dt.date(2026, 11, 3)))
    dialog.due.set_date(dt.date(2025, 11, 1))
    assert dialog.due.said.text() == "Out of range (2025-11-02 to 2036-11-03)"
    dialog.due.set_date(dt.date(2025, 11, 2))
    assert dialog.due.date() == dt.date(2025, 11, 2)


def test_editing_an_action_shows_its_due_date(qtbot):
    """An action with a due date opens with it in the field, in words too."""
    action = Action("Alert before expiry", "Ada Quist", due=dt.date(2026, 12, 18), id=4)
    dialog = _shown(qtbot, ActionDialog(action, ["Ada Quist"]))
    assert dialog.due.field.text() == "2026-12-18"
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result_action == action


# The other dialogs


def test_the_agenda_dialog_tabs_down_the_phases_then_the_buttons_and_ctrl_enter_saves(qtbot, store, review):
    """One minute box per phase in meeting order, then the buttons; Ctrl+Enter saves what is shown."""
    dialog = _shown(qtbot, AgendaDialog(store, review.id, texts("meeting")["phases"]))
    assert dialog.tab_order[: len(PHASES)] == [dialog.boxes[phase] for phase in PHASES]
    assert sorted(_button_texts(dialog.tab_order)) == ["Cancel", "Save", "Use the defaults"]
    _tabs_through(qtbot, dialog.tab_order)
    box = dialog.boxes[Phase.OPENING]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "10")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.meeting.budgets(review.id, review.slot_minutes)[Phase.OPENING] == 10


def test_the_new_review_dialog_tabs_reference_title_buttons_and_ctrl_enter_creates(qtbot):
    """Reference, title, then the buttons; Ctrl+Enter creates only once both are filled in."""
    dialog = _shown(qtbot, NewReviewDialog())
    assert dialog.tab_order[:2] == [dialog.incident_ref, dialog.title]
    assert sorted(_button_texts(dialog.tab_order)) == ["Cancel", "Create"]
    _tabs_through(qtbot, [w for w in dialog.tab_order if w.isEnabled()])
    dialog.incident_ref.setFocus()
    qtbot.keyClicks(dialog.incident_ref, "INC-2417")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Checkout errors")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_opening_editor_lets_tab_leave_the_text_and_ctrl_enter_saves(qtbot):
    """Tab moves from the words to the buttons (it typed a tab into the opening), Ctrl+Enter saves."""
    dialog = _shown(qtbot, OpeningEditor("Welcome, everyone.", "Default words."))
    assert dialog.tab_order[0] is dialog.editor
    assert sorted(_button_texts(dialog.tab_order)) == ["Cancel", "Save", "Use the default text"]
    _tabs_through(qtbot, dialog.tab_order)
    dialog.editor.setFocus()
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    _press(qtbot, Qt.Key.Key_Tab)
    assert dialog.editor.toPlainText() == "Welcome, everyone."
    dialog.editor.setFocus()
    qtbot.keyClicks(dialog.editor, " Thank you for coming.")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.editor.toPlainText() == "Welcome, everyone. Thank you for coming."


def test_the_default_text_over_typed_words_is_undone_with_ctrl_z(qtbot):
    """'Use the default text' puts the default in the field; Ctrl+Z there brings back the words typed before
    (they were gone for good, the field's undo emptied)."""
    dialog = _shown(qtbot, OpeningEditor("Welcome, everyone.", "Default words."))
    dialog.editor.setFocus()
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.editor, " We are here to learn.")
    qtbot.mouseClick(dialog.use_default, Qt.MouseButton.LeftButton)
    assert dialog.editor.toPlainText() == "Default words."
    qtbot.waitUntil(lambda: _focused() is dialog.editor)
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert dialog.editor.toPlainText() == "Welcome, everyone. We are here to learn."


def test_buttons_come_in_the_order_they_stand(qtbot):
    """The Tab order's buttons run left to right as laid out on this platform."""
    dialog = _shown(qtbot, OpeningEditor("x", "y"))
    buttons = [w for w in dialog.tab_order if isinstance(w, QPushButton)]
    xs = [b.mapTo(dialog, b.rect().topLeft()).x() for b in buttons]
    assert xs == sorted(xs)


def test_the_drop_reason_dialog_needs_words_tabs_to_its_buttons_and_ctrl_enter_drops(qtbot):
    """Reason, then the buttons; with no words neither Enter nor Ctrl+Enter drops; with words both do."""
    from facilitator.ui.meeting.reason_dialog import ReasonDialog

    dialog = _shown(qtbot, ReasonDialog(texts("parking")["drop"]))
    assert dialog.tab_order[0] is dialog.reason
    assert sorted(_button_texts(dialog.tab_order)) == ["Cancel", "Drop it"]
    _tabs_through(qtbot, [w for w in dialog.tab_order if w.isEnabled()])
    dialog.reason.setFocus()
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "  already planned in   CHG-1002 ")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "already planned in CHG-1002"


def test_no_two_alt_letters_clash_in_any_dialog(qtbot, store, review):
    """Alt+letter reaches one field or button in each dialog."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from facilitator.ui.meeting.reason_dialog import ReasonDialog

    dialogs = [
        ActionDialog(None, ["Ada Quist"]),
        AgendaDialog(store, review.id, texts("meeting")["phases"]),
        NewReviewDialog(),
        OpeningEditor("x", "y"),
        ReasonDialog(texts("parking")["drop"]),
    ]
    for dialog in dialogs:
        _shown(qtbot, dialog)
        texts_with_keys = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
        texts_with_keys += [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
        letters = [m.group(1).lower() for t in texts_with_keys if (m := re.search(r"&([^&\s])", t))]
        assert len(letters) == len(set(letters)), (dialog.windowTitle(), texts_with_keys)
        dialog.close()
