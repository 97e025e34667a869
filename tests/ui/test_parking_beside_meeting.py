"""The parking lot stands beside the meeting and is put away while the review is prepared, so the timeline's words
get its width at 1280x720; Ctrl+P brings it up anywhere, and closing it in the meeting is remembered."""

from notes_helpers import meeting_in_timeline
from PySide6.QtCore import Qt
from shown import on_tab, shown

from facilitator.ui.prep.timeline_model import TEXT

CTRL = Qt.KeyboardModifier.ControlModifier


def _words_width(window) -> int:
    return window.timeline.table.columnWidth(TEXT)


def test_preparing_the_timeline_gives_its_words_the_parking_lots_width(qtbot, windows, store, review, timeline):
    """At 1280x720 'What happened' had about 150 px beside the parking lot; put away, the words get over 300."""
    meeting_in_timeline(store, review, timeline[1])
    window = on_tab(qtbot, windows, review.id, "meeting_view")
    window.resize(1280, 720)
    assert window.parking_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert not window.parking_dock.isVisible()
    qtbot.waitUntil(lambda: _words_width(window) >= 300)
    window.parking_dock.show()  # View › Parking lot, while preparing
    qtbot.waitUntil(lambda: _words_width(window) < 200)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.parking_dock.isVisible()


def test_ctrl_p_while_preparing_brings_the_parking_lot_up(qtbot, windows, store, review, timeline):
    window = on_tab(qtbot, windows, review.id, "timeline")
    assert not window.parking_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(window.parking_dock.isVisible)


def test_a_parking_lot_closed_in_the_meeting_stays_closed_there_and_after_reopening(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    window = on_tab(qtbot, windows, review.id, "meeting_view")
    window.parking_dock.toggleViewAction().trigger()  # View › Parking lot
    assert not window.parking_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert not window.parking_dock.isVisible()
    window.parking_dock.toggleViewAction().trigger()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # closed while preparing: the meeting's own arrangement is kept
    window.close()
    qtbot.waitUntil(lambda: review.id not in windows.reviews)
    again = shown(qtbot, windows, review.id)
    assert again.tabs.currentWidget() is again.timeline and not again.parking_dock.isVisible()
    qtbot.keyClick(again, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(again.parking_dock.isVisible)
