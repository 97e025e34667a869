"""Which dates a person can mean: a year like 0001 or 9999 is a slip of the keyboard, refused with the range."""

from __future__ import annotations

import datetime as dt
import enum
from typing import ClassVar

from .review import ReviewError

INCIDENT_EARLIEST = dt.date(1990, 1, 1)
"""No incident this app reviews happened before this."""
INCIDENT_DAYS_AHEAD = 366
"""An incident date at most a year after today (a review set up ahead, a clock a little off)."""
DUE_DAYS_BEFORE = 366
"""Without an incident date, a due date at most a year before today."""
DUE_YEARS_AHEAD = 10


class DateKind(enum.StrEnum):
    INCIDENT = "incident"
    DUE = "due"


class DateOutOfRange(ReviewError):
    """A date outside the range it can be in; said in the user's words from [out_of_range] of dates.toml."""

    file = "dates"
    area = "out_of_range"
    sentences: ClassVar[dict[str, str]] = {
        "incident": "The incident date {day} cannot be right: type a date from {earliest} to {latest}.",
        "due": "The due date {day} cannot be right: type a date from {earliest} to {latest}, "
        "or leave it empty for no due date.",
    }
    kind: DateKind

    def __init__(self, kind: DateKind, day: dt.date, earliest: dt.date, latest: dt.date):
        super().__init__(kind, day=day.isoformat(), earliest=earliest.isoformat(), latest=latest.isoformat())
        self.day = day
        self.earliest = earliest
        self.latest = latest


def checked_date(kind: DateKind, day: dt.date, today: dt.date, incident_date: dt.date | None = None) -> dt.date:
    """The day when it is in the range of its kind, else DateOutOfRange (the one rule every form and reader uses).

    An incident date: 1990-01-01 to a year after today. A due date: from the incident date (else a year before
    today) to ten years after today."""
    if kind is DateKind.INCIDENT:
        earliest, latest = INCIDENT_EARLIEST, today + dt.timedelta(days=INCIDENT_DAYS_AHEAD)
    else:
        earliest = incident_date if incident_date is not None else today - dt.timedelta(days=DUE_DAYS_BEFORE)
        latest = _years_after(today, DUE_YEARS_AHEAD)
    if not earliest <= day <= latest:
        raise DateOutOfRange(kind, day, earliest, latest)
    return day


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
