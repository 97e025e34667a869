"""A break and the end of the meeting: their keys, and what the shared screen shows during a break."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...domain.meeting_clock import ClockEvent, ClockReading
from ..common import commands

if TYPE_CHECKING:
    from .break_view import BreakView
    from .meeting_view import MeetingView


class MeetingBreaks:
    """Ctrl+B takes a break and ends it; Ctrl+Shift+End ends the meeting (F5 opens it again)."""

    def __init__(self, view: MeetingView):
        self.view = view
        self._screen: BreakView | None = None
        self.break_action = commands.take_break(view, self.toggle_break)
        self.end_action = commands.end_meeting(view, self.end_meeting)

    def toggle_break(self) -> None:
        """A break stops the clock and says so on the shared screen; the same key (or F5) ends it."""
        reading = self.view.reading
        if reading.started and reading.ended_at is None:
            self.view._record(ClockEvent.RESUME if reading.on_break_since is not None else ClockEvent.BREAK)

    def end_meeting(self) -> None:
        """The clock stops, and the record counts the meeting's time up to here."""
        reading = self.view.reading
        if reading.started and reading.ended_at is None:
            self.view._record(ClockEvent.END)

    def screen(self, reading: ClockReading, now: dt.datetime) -> BreakView | None:
        """The break's screen, brought up to date, while the room is on a break; else None."""
        if reading.on_break_since is None:
            return None
        if self._screen is None:
            from .break_view import BreakView

            self._screen = BreakView(self.view.texts)
            self._screen.set_zoom(self.view.zoom)
            self.view.stack.addWidget(self._screen)
        self._screen.show_break(reading.on_break_since, now)
        return self._screen

    def set_zoom(self, zoom: float) -> None:
        if self._screen is not None:
            self._screen.set_zoom(zoom)
