"""The demo's meeting in progress: clock events and discussed moments, timed back from now."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..domain.agenda import Phase
from ..domain.meeting_clock import ClockEvent, MeetingEvent


class DemoMeeting(NamedTuple):
    events: tuple[MeetingEvent, ...]
    discussed: tuple[tuple[int, int], ...]
    """(1-based number of the marked moment, seconds it was on screen)."""
    current_moment: int


def read_demo_meeting(data: dict, now: dt.datetime) -> DemoMeeting:
    events = tuple(
        MeetingEvent(
            at=now - dt.timedelta(minutes=item["minutes_ago"]),
            kind=ClockEvent(item["kind"]),
            phase=Phase(item["phase"]) if item.get("phase") else None,
        )
        for item in data["events"]
    )
    discussed = tuple((int(d["moment"]), int(d["seconds"])) for d in data.get("discussed_moments", ()))
    return DemoMeeting(events=events, discussed=discussed, current_moment=int(data.get("current_moment", 1)))
