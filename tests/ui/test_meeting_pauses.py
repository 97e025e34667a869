"""Pausing, a break and the end of the meeting, on the shared screen and its clock, driven by keys."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent
from facilitator.ui import meeting_view
from shown import shown

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now

    def advance(self, minutes):
        self.now += dt.timedelta(minutes=minutes)


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(meeting_view, "utc_now", fake)
    return fake


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
    qtbot.wait(1100)
    view.refresh_clock()
    assert window.meeting.on_screen_seconds() == held
    assert view.bar.on_prompt.text() == shown_text
    _press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.meeting.on_screen_seconds() > held, timeout=3000)
