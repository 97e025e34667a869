"""Ctrl+Z and Ctrl+Shift+Z in the note-taker's window say what they took back or put back, even out of sight."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt

from facilitator.domain.notes import NoteTag

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_undo_of_a_change_to_a_note_under_an_earlier_prompt_is_said(qtbot, windows, store, review, timeline):
    """A note re-tagged, the shared screen moves on, Ctrl+Z from the input past the typing: the re-tag is taken back
    out of sight, and the status bar names it (Ctrl+Z seemed to do nothing); Ctrl+Shift+Z says it too."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "The pager was silent")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert store.notes.notes(review.id)[0].tag is NoteTag.DISSENT
    store.set_current_entry(review.id, timeline[4].id)
    window.reload()
    assert window.table.notes_model.rowCount() == 0
    window.statusBar().clearMessage()
    qtbot.keyClick(window.input, Qt.Key.Key_Z, CTRL)
    assert store.notes.notes(review.id)[0].tag is NoteTag.DISCUSSION
    assert window.statusBar().currentMessage() == "Undone: Re-tag “The pager was silent”"
    qtbot.keyClick(window.input, Qt.Key.Key_Z, CTRL | SHIFT)
    assert store.notes.notes(review.id)[0].tag is NoteTag.DISSENT
    assert window.statusBar().currentMessage() == "Redone: Re-tag “The pager was silent”"
