"""With FACILITATOR_LANGUAGE=de a value the meeting's rules refuse is said in German where it was typed."""

from in_german import german  # noqa: F401  (every test here runs in German)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import active, on_tab, shown

from facilitator import content
from facilitator.domain.agenda import Phase
from facilitator.ui.meeting.action_dialog import ActionDialog
from facilitator.ui.prep.agenda_dialog import AgendaDialog


def _retyped(qtbot, line, text):
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    if not text:
        qtbot.keyClick(line, Qt.Key.Key_Delete)


def _active(qtbot, dialog):
    return active(qtbot, dialog)


def test_the_set_up_refuses_an_empty_title_and_an_unknown_time_zone_in_german(qtbot, windows, review, store):
    form = shown(qtbot, windows, review.id).setup.form
    _retyped(qtbot, form.title, "")
    _retyped(qtbot, form.timezone.lineEdit(), "Europe/Londn")
    form.commit()
    assert form.problem.text() == (
        "Das Review braucht einen Titel. „Europe/Londn“ ist kein Name einer Zeitzone (z. B. Europe/Berlin)."
    )
    assert store.get(review.id).title == review.title


def test_the_agenda_dialog_says_in_german_that_too_little_is_left(qtbot, store, review):
    dialog = _active(qtbot, AgendaDialog(store, review.id, content.texts("meeting")["phases"]))
    box = dialog.boxes[Phase.OPENING]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "90")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert dialog.problem.text() == "Dann bleibt vom 90-Minuten-Zeitfenster zu wenig für die anderen Phasen."


def test_the_action_dialog_asks_in_german_for_an_owner_and_puts_the_cursor_there(qtbot):
    dialog = _active(qtbot, ActionDialog(None, ["Ada Quist"], "Alarm vor Ablauf"))
    dialog.owner.setCurrentText("")
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result_action is None and dialog.isVisible()
    assert dialog.problem.text() == (
        "Jede Maßnahme braucht eine verantwortliche Person: eine teilnehmende Person oder einen Namen."
    )
    focus = QApplication.focusWidget()
    assert focus is dialog.owner or dialog.owner.isAncestorOf(focus)


def test_the_action_dialog_asks_in_german_for_a_title(qtbot):
    dialog = _active(qtbot, ActionDialog(None, ["Ada Quist"]))
    dialog.owner.setCurrentText("Ada Quist")
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.problem.text() == "Eine Maßnahme braucht einen Titel."
    assert QApplication.focusWidget() is dialog.title


def test_the_comments_tab_asks_in_german_for_some_words(qtbot, windows, review, timeline, store):
    panel = on_tab(qtbot, windows, review.id, "comments").comments
    panel.author.setFocus()
    qtbot.keyClicks(panel.author, "Bo Lindqvist")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Ein Kommentar braucht ein paar Worte."
    assert store.comments.comments(review.id) == []
