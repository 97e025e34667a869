"""Words marked private stay with the note-taker: Ctrl+P does not put them in the room's parking lot."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_p_on_private_words_parks_nothing_and_keeps_them_in_the_input(qtbot, windows, store, review, timeline):
    """Private ticked, Ctrl+P: nothing parked (the room reviews the lot), the words and the tick stay, the status says why;
    made shared again, Ctrl+P parks them."""
    meeting_in_timeline(store, review, timeline[4])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClick(window.input, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.keyClicks(window.input, "Bo sounded shaken, check in with him after")
    qtbot.keyClick(window.input, Qt.Key.Key_P, CTRL)
    assert store.parking.items(review.id) == []
    assert window.input.text() == "Bo sounded shaken, check in with him after"
    assert window.private.isChecked()
    assert "private" in window.statusBar().currentMessage().casefold()
    qtbot.keyClick(window.input, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.keyClick(window.input, Qt.Key.Key_P, CTRL)
    assert [item.text for item in store.parking.items(review.id)] == ["Bo sounded shaken, check in with him after"]
