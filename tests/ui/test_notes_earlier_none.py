"""Ctrl+Up with no note under what is on the shared screen: said, and the keys stay in the note being typed."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_up_with_no_note_here_says_where_the_others_are_and_keeps_the_input(qtbot, windows, store, review, timeline):
    """The screen moved on; Ctrl+Up to look back found an empty table and said nothing. Now the status bar points to
    'Every note' and typing goes on; with a note here, Ctrl+Up selects it as before."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "Paged at 18:06")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    store.set_current_entry(review.id, timeline[4].id)
    window.reload()
    qtbot.keyClicks(window.input, "The roll")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    assert window.input.hasFocus()
    assert "Every note" in window.statusBar().currentMessage()
    qtbot.keyClicks(window.input, "back took four minutes")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[-1].text == "The rollback took four minutes"
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    assert window.table.hasFocus()
    assert window.table.selected_note().text == "The rollback took four minutes"
