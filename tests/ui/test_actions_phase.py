"""The parking lot and the actions phase, driven by keys: park, walk, give fates, rank about three actions."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import on_tab

from facilitator.content import texts
from facilitator.domain.actions import Action
from facilitator.domain.agenda import Phase
from facilitator.domain.parking import Fate, ParkCategory, ParkedItem
from facilitator.storage.meeting import ACTION_RECORDED, NOT_YET
from facilitator.ui.meeting.action_dialog import ActionDialog

CTRL = Qt.KeyboardModifier.ControlModifier
NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


def _open(qtbot, windows, review):
    return on_tab(qtbot, windows, review.id, "meeting_view")


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _to_actions_phase(qtbot, window):
    window.meeting_view.go_to_phase(Phase.ACTIONS)
    assert window.meeting_view.stack.currentWidget() is window.meeting_view.actions_phase
    assert window.meeting_view.actions_phase.hasFocus()
    return window.meeting_view.actions_phase


@pytest.fixture
def parked(store, review):
    for text in ("Alert before certificates expire", "Rollback runbook", "Share the rotation calendar"):
        store.parking.add(review.id, ParkedItem(text, ParkCategory.ACTION_IDEA, NOW))
    return store.parking.items(review.id)


def _fake_actions(window, owner="Ada Quist", asked_about=None):
    def answer(parent, action, people, title, key_question=""):
        if asked_about is not None:
            asked_about.append(key_question)
        return Action(title or "Follow up", owner)

    window.meeting_view.ask_action = answer


def test_ctrl_p_parks_an_idea_with_the_moment_on_screen(qtbot, windows, review, timeline, store):
    """Ctrl+P from the meeting, words, Enter: parked under the moment on screen; Ctrl+Z takes it back."""
    window = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    window.meeting_view.go_to_phase(Phase.TIMELINE)
    _press(qtbot, Qt.Key.Key_P, CTRL)
    assert window.parking.text.hasFocus()
    qtbot.keyClicks(window.parking.text, "Alert two weeks before a certificate expires")
    qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
    items = store.parking.items(review.id)
    assert [i.text for i in items] == ["Alert two weeks before a certificate expires"]
    assert items[0].category is ParkCategory.ACTION_IDEA
    assert items[0].entry_id == window.meeting.current_id and items[0].phase == "timeline"
    assert window.parking.count.text().startswith("1 parked")
    window.undo_stack.undo()
    assert store.parking.items(review.id) == []


def _in_the_walk_through(qtbot, windows, review):
    window = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    window.meeting_view.go_to_phase(Phase.TIMELINE)
    window.meeting.first()
    assert window.meeting.hasFocus()
    return window


def test_after_parking_the_keys_go_back_to_the_prompts(qtbot, windows, review, timeline, store):
    """Ctrl+P, words, Tab to the category, Enter: parked, and PageDown (a presenter remote) moves the prompt again."""
    window = _in_the_walk_through(qtbot, windows, review)
    first = window.meeting.current_id
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Alert two weeks before a certificate expires")
    _press(qtbot, Qt.Key.Key_Tab)
    assert window.parking.category.hasFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert [i.text for i in store.parking.items(review.id)] == ["Alert two weeks before a certificate expires"]
    assert window.meeting.hasFocus()
    _press(qtbot, Qt.Key.Key_PageDown)
    assert window.meeting.current_id != first


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_PageDown], ids=["Esc", "PageDown"])
def test_esc_or_pagedown_in_the_park_field_gives_the_keys_back_and_keeps_the_words(qtbot, windows, review, timeline, store, key):
    """Half an idea typed, then the remote: the prompts have the keys (PageDown moves on at once), the words wait."""
    window = _in_the_walk_through(qtbot, windows, review)
    first = window.meeting.current_id
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Rotate the")
    _press(qtbot, key)
    assert window.meeting.hasFocus()
    assert (window.meeting.current_id != first) == (key == Qt.Key.Key_PageDown)
    assert window.parking.text.text() == "Rotate the" and store.parking.items(review.id) == []
    _press(qtbot, Qt.Key.Key_PageDown)
    assert window.meeting.current_id != first


def test_the_category_starts_again_at_action_idea_for_each_item_and_says_what_it_was(qtbot, windows, review, timeline, store):
    """A category chosen for one idea never silently carries over to the next; the panel says what each became."""
    window = _in_the_walk_through(qtbot, windows, review)
    words = texts("parking")
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Share the rotation calendar more widely")
    _press(qtbot, Qt.Key.Key_Tab)
    while window.parking.category.currentData() != ParkCategory.TECH_FORUM:
        _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    assert words["categories"]["tech_forum"] in window.parking.parked.text()
    assert window.parking.category.currentText() == words["categories"]["action_idea"]
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Alert before certificates expire")
    _press(qtbot, Qt.Key.Key_Return)
    categories = {i.text: i.category for i in store.parking.items(review.id)}
    assert categories == {
        "Share the rotation calendar more widely": ParkCategory.TECH_FORUM,
        "Alert before certificates expire": ParkCategory.ACTION_IDEA,
    }
    assert words["categories"]["action_idea"] in window.parking.parked.text()


def test_a_long_idea_reads_whole_in_the_parking_lot(qtbot, windows, review, timeline, store):
    """The room sees every parked idea in full: a long one wraps onto more lines instead of ending in '…'."""
    window = _open(qtbot, windows, review)
    window.resize(1280, 720)
    _press(qtbot, Qt.Key.Key_P, CTRL)
    words = "Alert two weeks before any certificate in the bundle expires, not on the day"
    qtbot.keyClicks(window.parking.text, words)
    qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
    table = window.parking.table
    line = table.fontMetrics().lineSpacing()
    assert table.columnWidth(0) < table.fontMetrics().horizontalAdvance(words)
    qtbot.waitUntil(lambda: table.rowHeight(0) >= 2 * line)


def test_an_idea_parked_while_preparing_belongs_to_no_phase(qtbot, windows, review, timeline, store):
    """Before the meeting starts, a parked idea records neither a phase nor a moment."""
    window = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Rotate certificates with a checklist")
    qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
    (item,) = store.parking.items(review.id)
    assert (item.phase, item.entry_id) == (None, None)


def test_every_parked_item_leaves_the_actions_phase_with_a_fate(qtbot, windows, review, parked, store):
    """A promotes to an action, F sends to the forum, D drops with a reason; then all have a fate."""
    window = _open(qtbot, windows, review)
    _fake_actions(window)
    view = _to_actions_phase(qtbot, window)
    view.ask_reason = lambda parent: "already planned in CHG-1002"
    assert "3 parked items still need a fate" in view.status.text()
    _press(qtbot, Qt.Key.Key_A)
    _press(qtbot, Qt.Key.Key_N)
    _press(qtbot, Qt.Key.Key_F)
    assert "1 parked item still needs a fate" in view.status.text()
    _press(qtbot, Qt.Key.Key_N)
    _press(qtbot, Qt.Key.Key_D)
    items = {i.text: i for i in store.parking.items(review.id)}
    assert items["Alert before certificates expire"].fate is Fate.ACTION
    assert items["Rollback runbook"].fate is Fate.FORUM
    assert (items["Share the rotation calendar"].fate, items["Share the rotation calendar"].fate_reason) == (
        Fate.DROPPED,
        "already planned in CHG-1002",
    )
    assert [a.title for a in store.parking.actions(review.id)] == ["Alert before certificates expire"]
    assert view.status.text() == "Every parked item has a fate."
    line = view.table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: view.table.rowHeight(2) >= 2 * line)
    window.undo_stack.undo()
    assert store.parking.get(parked[2].id).fate is None


def test_a_drop_without_a_reason_changes_nothing(qtbot, windows, review, parked, store):
    """Cancelling the reason leaves the item waiting."""
    window = _open(qtbot, windows, review)
    view = _to_actions_phase(qtbot, window)
    view.ask_reason = lambda parent: None
    _press(qtbot, Qt.Key.Key_D)
    assert all(i.fate is None for i in store.parking.items(review.id))


def test_a_fourth_action_brings_the_note_and_ranking_moves_it_up(qtbot, windows, review, store):
    """Four actions: the about-three note shows; Alt+Up on the fourth makes it third."""
    for title in ("One", "Two", "Three", "Four"):
        store.parking.add_action(review.id, Action(title, "Ada Quist"))
    window = _open(qtbot, windows, review)
    view = _to_actions_phase(qtbot, window)
    assert view.about_three.isVisible()
    assert "4 actions" in view.about_three.text()
    view.action_list.setFocus()
    view.action_list.setCurrentIndex(view.actions.index(3))
    qtbot.keyClick(view.action_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.title for a in store.parking.actions(review.id)] == ["One", "Two", "Four", "Three"]
    assert view.actions.data(view.actions.index(2), Qt.ItemDataRole.FontRole).bold()
    assert view.actions.data(view.actions.index(3), Qt.ItemDataRole.FontRole) is None


def test_a_not_yet_key_question_offers_an_action(qtbot, windows, review, store):
    """N on the restorative-actions question records "not yet"; in the actions phase K records an action for it."""
    window = _open(qtbot, windows, review)
    asked_about: list[str] = []
    _fake_actions(window, owner="Bo Lindqvist", asked_about=asked_about)
    window.meeting_view.go_to_phase(Phase.KEY_QUESTIONS)
    questions = window.meeting_view.key_questions.model.questions
    keys = [q.key for q in questions]
    for _ in range(keys.index("restored")):
        _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_N)
    assert store.meeting.answers(review.id) == {"restored": NOT_YET}
    view = _to_actions_phase(qtbot, window)
    assert view.not_yet.isVisible()
    _press(qtbot, Qt.Key.Key_K)
    assert asked_about == [questions[keys.index("restored")].text]  # the form says which question it answers
    assert [a.owner for a in store.parking.actions(review.id)] == ["Bo Lindqvist"]
    assert store.meeting.answers(review.id) == {"restored": ACTION_RECORDED}
    assert not view.not_yet.isVisible()


def test_the_action_form_for_a_key_question_says_which_question_it_answers(qtbot):
    dialog = ActionDialog(None, ["Ada Quist"], "", key_question="How was the service restored?")
    qtbot.addWidget(dialog)
    assert dialog.context.text() == "For the key question: How was the service restored?"
    plain = ActionDialog(None, ["Ada Quist"])
    qtbot.addWidget(plain)
    assert not hasattr(plain, "context")


def test_an_action_needs_an_owner_before_it_is_saved(qtbot):
    """The action form refuses to save without an owner and says so."""
    dialog = ActionDialog(None, ["Ada Quist"], "Alert before expiry")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_action is None
    assert "owner" in dialog.problem.text()
    dialog.owner.setCurrentText("Ada Quist")
    dialog.accept()
    assert dialog.result_action == Action("Alert before expiry", "Ada Quist")


def test_follow_ups_are_exported_from_the_file_menu(qtbot, windows, review, store, tmp_path, monkeypatch):
    """File → Export follow-ups writes the ranked actions as CSV, owner-only, and says where."""
    import csv
    import stat

    from PySide6.QtWidgets import QFileDialog

    store.parking.add_action(review.id, Action("Alert on pool saturation", "Ada Quist"))
    target = tmp_path / "follow-ups.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV")))
    window = windows.open_review(review.id)
    window._export_follow_ups()
    rows = list(csv.DictReader(target.open(newline="", encoding="utf-8-sig")))  # a byte-order mark, for Excel
    assert [(r["title"], r["assignee"], r["status"]) for r in rows] == [("Alert on pool saturation", "Ada Quist", "open")]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in window.statusBar().currentMessage()


def test_the_follow_ups_dialog_offers_each_trackers_preset(qtbot, windows, review, store, tmp_path, monkeypatch):
    """Choosing 'Jira' in the save dialog writes Jira's importer columns; the file name alone can say so too."""
    import csv

    from PySide6.QtWidgets import QFileDialog

    from facilitator.ui.record.follow_ups_export import choices

    store.parking.add_action(review.id, Action("Alert on pool saturation", "Ada Quist"))
    offered = {}
    jira = dict(choices())["jira"]

    def save_as(parent, caption, start, filters):
        offered["filters"] = filters.split(";;")
        return str(tmp_path / "for-jira.csv"), jira

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window = windows.open_review(review.id)
    window._export_follow_ups()
    assert len(offered["filters"]) == 7 and any(f.startswith("GitHub") for f in offered["filters"])
    header, row = list(csv.reader((tmp_path / "for-jira.csv").open(newline="", encoding="utf-8")))
    assert header[:5] == ["Summary", "Description", "Assignee", "Priority", "Due date"]
    assert row[0] == "Alert on pool saturation"

    named = tmp_path / "2026-10-14-INC-100-follow-ups-incident-io.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(named), "")))
    window._export_follow_ups()
    import json

    assert json.loads(named.read_text(encoding="utf-8"))["follow_ups"][0]["status"] == "outstanding"


def test_c_sorts_an_item_the_note_taker_parked_unsorted(qtbot, windows, review, store):
    """An unsorted item becomes an action idea with C, then prevention; Ctrl+Z goes back."""
    store.parking.add(review.id, ParkedItem("Pager rota clashes with release nights", ParkCategory.UNSORTED, NOW))
    window = _open(qtbot, windows, review)
    _to_actions_phase(qtbot, window)
    _press(qtbot, Qt.Key.Key_C)
    assert store.parking.items(review.id)[0].category is ParkCategory.ACTION_IDEA
    _press(qtbot, Qt.Key.Key_C)
    assert store.parking.items(review.id)[0].category is ParkCategory.PREVENTION
    window.undo_stack.undo()
    assert store.parking.items(review.id)[0].category is ParkCategory.ACTION_IDEA


def test_category_and_fate_never_contradict_each_other(qtbot, windows, review, store):
    """F on a 'question for later' makes it 'for the tech team forum'; C then changes nothing and says why,
    instead of 'Question for later / Sent to the tech team forum'."""
    store.parking.add(review.id, ParkedItem("Who owns the certificate calendar?", ParkCategory.LATER, NOW))
    window = _open(qtbot, windows, review)
    view = _to_actions_phase(qtbot, window)
    _press(qtbot, Qt.Key.Key_F)
    (item,) = store.parking.items(review.id)
    assert (item.category, item.fate) == (ParkCategory.TECH_FORUM, Fate.FORUM)
    _press(qtbot, Qt.Key.Key_C)
    (item,) = store.parking.items(review.id)
    assert (item.category, item.fate) == (ParkCategory.TECH_FORUM, Fate.FORUM)
    words = texts("parking")
    assert words["fates"]["forum"] in view.status.text() and words["categories"]["tech_forum"] in view.status.text()
    window.undo_stack.undo()
    (item,) = store.parking.items(review.id)
    assert (item.category, item.fate) == (ParkCategory.LATER, None)


def test_leaving_the_actions_phase_with_items_waiting_asks_first(qtbot, windows, review, parked, store):
    """Moving on to the close with parked items still waiting asks; No stays, Yes moves on."""
    window = _open(qtbot, windows, review)
    view = _to_actions_phase(qtbot, window)
    asked = []
    window.meeting_view.confirm_leave = lambda parent, count: asked.append(count) or False
    _press(qtbot, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [3]
    assert window.meeting_view.reading.phase is Phase.ACTIONS
    window.meeting_view.confirm_leave = lambda parent, count: True
    window.meeting_view.move_phase(1)
    assert window.meeting_view.reading.phase is Phase.CLOSE
    assert view is window.meeting_view.actions_phase


def test_removing_an_action_puts_its_parked_item_back_to_waiting(qtbot, windows, review, parked, store):
    """A promotes (linked to the item); removing that action sends the item back to waiting; undo restores both."""
    window = _open(qtbot, windows, review)
    _fake_actions(window)
    view = _to_actions_phase(qtbot, window)
    _press(qtbot, Qt.Key.Key_A)
    (action,) = store.parking.actions(review.id)
    assert action.parked_item_id == parked[0].id
    _press(qtbot, Qt.Key.Key_F)
    assert store.parking.get(parked[0].id).fate is Fate.ACTION
    assert "already became an action" in view.status.text()
    view.action_list.setFocus()
    view.action_list.setCurrentIndex(view.actions.index(0))
    qtbot.keyClick(view.action_list, Qt.Key.Key_Delete)
    assert store.parking.actions(review.id) == []
    assert store.parking.get(parked[0].id).fate is None
    window.undo_stack.undo()
    assert store.parking.get(parked[0].id).fate is Fate.ACTION
    assert len(store.parking.actions(review.id)) == 1


def test_n_toggles_not_yet_with_undo_and_leaves_a_recorded_action_alone(qtbot, windows, review, store):
    """N sets and clears "not yet" (each undoable); once an action covers it, N changes nothing."""
    window = _open(qtbot, windows, review)
    window.meeting_view.go_to_phase(Phase.KEY_QUESTIONS)
    _press(qtbot, Qt.Key.Key_N)
    key = window.meeting_view.key_questions.current_key()
    assert store.meeting.answers(review.id) == {key: NOT_YET}
    window.undo_stack.undo()
    assert store.meeting.answers(review.id) == {}
    store.meeting.set_answer(review.id, key, ACTION_RECORDED)
    window.meeting_view.reload()
    _press(qtbot, Qt.Key.Key_N)
    assert store.meeting.answers(review.id) == {key: ACTION_RECORDED}


def test_ctrl_with_a_letter_decides_nothing(qtbot, windows, review, parked, store):
    """Ctrl+C, Ctrl+F and Ctrl+A are not C, F and A: no category changes, no item goes to the forum or becomes an action."""
    window = _open(qtbot, windows, review)
    _fake_actions(window)
    _to_actions_phase(qtbot, window)
    before = store.parking.items(review.id)
    for key in (Qt.Key.Key_C, Qt.Key.Key_F, Qt.Key.Key_A):
        _press(qtbot, key, CTRL)
    assert store.parking.items(review.id) == before
    assert store.parking.actions(review.id) == []


def test_the_action_form_checks_the_due_date_against_the_incident_and_the_meetings_clock(qtbot, windows, review, clock, monkeypatch):
    """Opened from the meeting, the form's due date runs from the incident's date to ten years after today by the
    meeting's clock: a date before the incident is refused there."""
    from facilitator.ui.meeting.meeting_view import ask_action_in_dialog

    window = _open(qtbot, windows, review)
    opened: list[ActionDialog] = []
    monkeypatch.setattr(ActionDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    assert ask_action_in_dialog(window.meeting_view, None, ["Ada Quist"], "Alert before expiry") is None
    due = opened[0].due
    qtbot.addWidget(opened[0])
    assert (due.today, due.incident_date) == (clock.now().date(), review.incident_date)
    due.set_date(review.incident_date - dt.timedelta(days=1))
    assert due.said.text().startswith("Out of range")


def test_the_word_on_what_an_idea_was_parked_as_goes_again_after_a_while(qtbot, windows, review, timeline, store):
    """'Parked as …' is said under the box for a few seconds (PARKED_SAID_MS), not until the end of the meeting."""
    window = _in_the_walk_through(qtbot, windows, review)
    window.parking._parked_said.setInterval(50)  # the test's few seconds
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Alert before certificates expire")
    _press(qtbot, Qt.Key.Key_Return)
    assert window.parking.parked.isVisible()
    qtbot.waitUntil(lambda: not window.parking.parked.isVisible(), timeout=2000)


def _type_as_routed(qtbot, text):
    """Keys as Qt hands them out: to an open pop-up (a completion list) first, else to the widget with the focus."""
    for char in text:
        qtbot.keyClicks(QApplication.activePopupWidget() or QApplication.focusWidget(), char)


@pytest.mark.parametrize(("typed", "kept"), [("eli", "Eli Santos"), ("Lindq", "Bo Lindqvist"), ("Wen", "Wen")])
def test_who_raised_an_idea_is_the_attendee_the_letters_point_to(qtbot, windows, review, timeline, store, typed, kept):
    """A few letters of an attendee's name and Enter (the completion list open): the record names them in full, as
    the notes do, not by the letters typed; a name nobody in the set-up has is kept as typed."""
    window = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    window.meeting_view.go_to_phase(Phase.TIMELINE)
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Alert two weeks before a certificate expires")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)
    assert window.parking.raised_by.hasFocus()
    _type_as_routed(qtbot, typed)
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [i.raised_by for i in store.parking.items(review.id)] == [kept]
