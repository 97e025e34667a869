"""Pausing, a break and the end of the meeting, on the shared screen and its clock, driven by keys."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent
from facilitator.export.record import record_markdown
from facilitator.storage.whole_review import load_whole

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _in_timeline(qtbot, windows, review):
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    _press(qtbot, Qt.Key.Key_F5)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    view = window.meeting_view
    assert view.stack.currentWidget() is window.meeting
    return window, view


def test_on_this_prompt_stops_while_the_meeting_is_paused(qtbot, windows, review, timeline, clock):
    """F5 pauses the meeting: "On this prompt" stands still until F5 resumes it."""
    window, view = _in_timeline(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    assert "Paused" in view.bar.state.text()
    held = window.meeting.on_screen_seconds()
    shown_text = view.bar.on_prompt.text()
    clock.advance(seconds=1.1)
    view.refresh_clock()
    assert window.meeting.on_screen_seconds() == held
    assert view.bar.on_prompt.text() == shown_text
    _press(qtbot, Qt.Key.Key_F5)
    clock.advance(seconds=1.1)
    qtbot.waitUntil(lambda: window.meeting.on_screen_seconds() > held, timeout=3000)


def test_a_break_stops_the_clock_and_says_so_on_the_shared_screen_until_the_same_key(qtbot, windows, review, timeline, clock, store):
    """Ctrl+B: the room sees "Break" in large type and the clock stands still; Ctrl+B again brings the prompt back."""
    window, view = _in_timeline(qtbot, windows, review)
    clock.advance(20)
    _press(qtbot, Qt.Key.Key_B, CTRL)
    screen = view.stack.currentWidget()
    assert screen.title.text() == "Break"
    assert "clock is stopped" in screen.since.text()
    assert screen.title.fontInfo().pixelSize() >= 60
    assert "On a break" in view.bar.state.text()
    left = view.bar.slot_left.text()
    clock.advance(10)
    view.refresh_clock()
    assert view.bar.slot_left.text() == left
    assert "10 min so far" in screen.since.text()
    _press(qtbot, Qt.Key.Key_B, CTRL)
    assert view.stack.currentWidget() is window.meeting
    assert window.meeting.hasFocus()
    clock.advance(5)
    view.refresh_clock()
    assert view.reading.elapsed == dt.timedelta(minutes=25)
    assert view.reading.breaks == dt.timedelta(minutes=10)
    assert [e.kind for e in store.meeting.events(review.id)][-2:] == [ClockEvent.BREAK, ClockEvent.RESUME]


def test_end_meeting_stops_the_clock_and_the_record_counts_to_it(qtbot, windows, review, timeline, clock, store):
    """Ctrl+Shift+End in the close: an hour later the meeting still took what it took, and the review is held."""
    window, view = _in_timeline(qtbot, windows, review)
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    assert view.reading.phase is Phase.CLOSE
    clock.advance(80)
    _press(qtbot, Qt.Key.Key_End, CTRL_SHIFT)
    assert "Meeting ended" in view.bar.state.text()
    clock.advance(60)
    view.refresh_clock()
    assert view.reading.elapsed == dt.timedelta(minutes=80)
    assert store.get(review.id).state.value == "held"
    time_spent = record_markdown(load_whole(store, review.id)).split("## Time spent", 1)[1]
    assert "| **Whole meeting** | 1 h 30 min | 1 h 20 min | 10 min under |" in time_spent


def test_the_note_taker_sees_that_the_room_is_on_a_break(qtbot, windows, review, timeline, clock):
    """Ctrl+B in the meeting: the note-taker's line about the shared screen says the meeting is on a break."""
    from notes_helpers import open_notes

    window, view = _in_timeline(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_B, CTRL)
    notes = open_notes(qtbot, windows, review)
    qtbot.waitUntil(lambda: "(on a break)" in notes.on_screen.where.text())


def test_the_ended_meeting_never_widens_the_window_past_a_720p_projector(qtbot, windows, review, timeline, clock):
    """'Meeting ended (F5 opens it again)' beside the long actions phase name made the window 1360 wide at 1280x720;
    the line now ends in '…' where it has no room, all of it in the tooltip."""
    window, view = _in_timeline(qtbot, windows, review)
    window.resize(1280, 720)
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    _press(qtbot, Qt.Key.Key_End, CTRL_SHIFT)
    _press(qtbot, Qt.Key.Key_Left, CTRL_SHIFT)
    assert view.reading.phase is Phase.ACTIONS
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1280 and window.width() <= 1280
    assert view.bar.state.toolTip() == view.bar.state.text() and "Meeting ended" in view.bar.state.text()
