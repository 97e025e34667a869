"""The speaker box, by keys: Esc goes back to the note, a number nobody has is not taken for a name, and the note
typed right after a number keeps every letter."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_note(qtbot, window, text):
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def test_esc_in_the_speaker_box_goes_back_to_the_note_keeping_the_speaker(qtbot, windows, store, review, timeline):
    """Ctrl+E by mistake (or to look at the numbers), then Esc: the cursor is back in the note, the speaker as it was."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClick(window.input, Qt.Key.Key_E, CTRL)
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_2)
    assert window.input.hasFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_E, CTRL)
    assert window.speaker.box.hasFocus()
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_Escape)
    assert window.input.hasFocus()
    _type_note(qtbot, window, "Saw the alert on the phone")
    assert store.notes.notes(review.id)[0].speaker == "Bo Lindqvist"


def test_a_number_with_nobody_behind_it_is_not_kept_as_the_speaker(qtbot, windows, store, review, timeline):
    """Five people to pick from, 7 typed: the speaker stays as it was (not a person called '7'), the box keeps the keys."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    assert len(window.speaker.names) == 5
    qtbot.keyClick(window.input, Qt.Key.Key_E, CTRL)
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_1)
    qtbot.keyClick(window.input, Qt.Key.Key_E, CTRL)
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_7)
    assert window.speaker.box.hasFocus()
    assert window.speaker.box.text() == "Ada Quist"
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_Return)
    _type_note(qtbot, window, "Paged twice before answering")
    qtbot.keyClick(window.input, Qt.Key.Key_E, CTRL)
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_9)
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_Return)
    _type_note(qtbot, window, "Nobody in particular")
    assert [n.speaker for n in store.notes.notes(review.id)] == ["Ada Quist", ""]


def _type_as_routed(qtbot, text):
    """Keys as Qt hands them out: to an open pop-up (a completion list) first, else to the widget with the focus."""
    for char in text:
        qtbot.keyClicks(QApplication.activePopupWidget() or QApplication.focusWidget(), char)


def test_the_note_typed_right_after_a_speaker_number_keeps_every_letter(qtbot, windows, store, review, timeline):
    """Ctrl+E, 2, then straight on with the note: no completion list is left open to catch the first letter, so the
    speaker stays the attendee (not 'Bo LindqvistS') and the note keeps its first word whole."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClick(window.input, Qt.Key.Key_E, CTRL)
    _type_as_routed(qtbot, "2")
    _type_as_routed(qtbot, "Saw the alert on the phone")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    note = store.notes.notes(review.id)[0]
    assert (note.speaker, note.text) == ("Bo Lindqvist", "Saw the alert on the phone")
