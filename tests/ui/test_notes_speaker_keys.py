"""The speaker box, by keys: Esc goes back to the note, a number nobody has is not taken for a name."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt

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
