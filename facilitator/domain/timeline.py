"""Timeline entries, and the moments the facilitator marked as worth discussing."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import field
from operator import attrgetter

from .record import record


class MomentKind(enum.StrEnum):
    DETECTION = "detection"
    DECISION = "decision"
    COMMUNICATION = "communication"
    OBSERVATION = "observation"
    DEEP_DIVE = "deep_dive"


class TimePrecision(enum.StrEnum):
    """How closely the source gave an entry's time: to the minute, roughly ('about 17:20'), or only its day."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    DATE_ONLY = "date_only"


APPROXIMATE_MARK = "~"
"""Written before an approximate time: '~17:20'."""


def time_as_written(clock: str, precision: TimePrecision, date_only: str) -> str:
    """The clock time as the prompt and the record show it: '17:20', '~17:20', or the words for a day without a time."""
    if precision is TimePrecision.DATE_ONLY:
        return date_only
    return f"{APPROXIMATE_MARK}{clock}" if precision is TimePrecision.APPROXIMATE else clock


_AT = attrgetter("at")


def sorted_entries(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Entries in time order; equal times keep the order they came in."""
    return sorted(entries, key=_AT)


@record
class TimelineEntry:
    at: dt.datetime
    actor: str
    text: str
    detail: str = ""
    moment: MomentKind | None = None
    prep_note: str = ""
    discussed: bool = False
    seconds_on_screen: int = 0
    questions: tuple[str, ...] = ()
    precision: TimePrecision = TimePrecision.EXACT
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("A timeline entry's time must carry its offset.")

    @property
    def marked(self) -> bool:
        return self.moment is not None
