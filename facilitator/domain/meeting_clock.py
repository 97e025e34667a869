"""The meeting timer as a pure function of the clock and the stored start, pause and phase events."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .agenda import PHASES, Phase
from .record import record
from .review import ReviewState

ZERO = dt.timedelta(0)
TIME_CHECK = dt.timedelta(minutes=15)
"""With this much of the slot left and actions not yet started, the facilitator gets a time check."""


class ClockEvent(enum.StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    PHASE = "phase"
    BREAK = "break"
    """A break: the clock stops and the room is told so; RESUME ends it."""
    END = "end"
    """The end of the meeting: the clock stops for good (a RESUME opens it again)."""


@record
class MeetingEvent:
    at: dt.datetime
    kind: ClockEvent
    phase: Phase | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("A meeting event's time must carry its offset.")
        if (self.kind is ClockEvent.PHASE) != (self.phase is not None):
            raise ValueError("Only a phase change names a phase.")


class ClockReading(NamedTuple):
    """What the timer shows at one instant."""

    started: bool
    running: bool
    phase: Phase
    elapsed: dt.timedelta
    spent: Mapping[Phase, dt.timedelta]
    on_break_since: dt.datetime | None = None
    """When the break going on now began; None when there is none."""
    ended_at: dt.datetime | None = None
    """When the meeting was ended, if it is (and was not opened again)."""
    breaks: dt.timedelta = ZERO
    """The time spent on breaks, counted in no phase."""

    def slot_remaining(self, slot_minutes: int) -> dt.timedelta:
        return dt.timedelta(minutes=slot_minutes) - self.elapsed

    def phase_remaining(self, budgets: Mapping[Phase, int], phase: Phase | None = None) -> dt.timedelta:
        phase = phase or self.phase
        return dt.timedelta(minutes=budgets[phase]) - self.spent.get(phase, ZERO)

    def phase_over(self, budgets: Mapping[Phase, int]) -> bool:
        return self.started and self.phase_remaining(budgets) < ZERO

    def needs_time_check(self, slot_minutes: int) -> bool:
        """The slot is nearly gone and the room has not reached the parking lot and actions."""
        before_actions = PHASES.index(self.phase) < PHASES.index(Phase.ACTIONS)
        return self.started and before_actions and self.slot_remaining(slot_minutes) <= TIME_CHECK


def read_clock(events: Sequence[MeetingEvent], now: dt.datetime) -> ClockReading:
    """Replay the events up to now: running time counts towards the phase current at the time;
    paused, break and ended time towards none (break time is summed on its own)."""
    running = started = False
    phase = Phase.OPENING
    elapsed = breaks = ZERO
    spent: dict[Phase, dt.timedelta] = {}
    last = break_since = ended_at = None
    for event in sorted((e for e in events if e.at <= now), key=lambda e: e.at):
        if running and last is not None:
            gap = event.at - last
            elapsed += gap
            spent[phase] = spent.get(phase, ZERO) + gap
        last = event.at
        if event.kind is ClockEvent.START and not started:
            started = running = True
        elif event.kind is ClockEvent.PAUSE:
            running = False
        elif event.kind is ClockEvent.BREAK and started and break_since is None and ended_at is None:
            running, break_since = False, event.at
        elif event.kind is ClockEvent.END and started:
            running, ended_at = False, event.at
        elif event.kind is ClockEvent.RESUME and started:
            running, ended_at = True, None
        elif event.kind is ClockEvent.PHASE and event.phase is not None:
            phase = event.phase
        if break_since is not None and (running or ended_at is not None):
            breaks += event.at - break_since
            break_since = None
    if running and last is not None:
        gap = now - last
        elapsed += gap
        spent[phase] = spent.get(phase, ZERO) + gap
    return ClockReading(
        started=started, running=running, phase=phase, elapsed=elapsed, spent=spent,
        on_break_since=break_since, ended_at=ended_at, breaks=breaks + (now - break_since if break_since else ZERO),
    )


def meeting_state(events: Sequence[MeetingEvent]) -> ReviewState:
    """Where the review stands by its clock: preparing until the meeting starts, held once it reaches the
    close or is ended."""
    if not any(event.kind is ClockEvent.START for event in events):
        return ReviewState.PREPARING
    ordered = sorted(events, key=lambda e: e.at)
    phases = [event for event in ordered if event.kind is ClockEvent.PHASE]
    closed = bool(phases) and phases[-1].phase is Phase.CLOSE
    ends = [event for event in ordered if event.kind in (ClockEvent.END, ClockEvent.RESUME)]
    ended = bool(ends) and ends[-1].kind is ClockEvent.END
    return ReviewState.HELD if closed or ended else ReviewState.IN_MEETING


def suggested_per_moment(reading: ClockReading, budgets: Mapping[Phase, int], undiscussed: int) -> dt.timedelta | None:
    """During the timeline phase: the timeline budget left shared by the marked moments not yet discussed."""
    if reading.phase is not Phase.TIMELINE or undiscussed <= 0:
        return None
    return max(ZERO, reading.phase_remaining(budgets, Phase.TIMELINE)) / undiscussed


def clock_text(span: dt.timedelta) -> str:
    """'12:05' for time left, '-3:10' once over; hours shown past sixty minutes."""
    seconds = int(span.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
