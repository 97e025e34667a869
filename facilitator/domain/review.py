"""A review: the incident under discussion and how the meeting slot is set up."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import zoneinfo
from dataclasses import field, replace
from pathlib import Path
from typing import ClassVar

from .record import record
from .refusals import Refused

SLOT_MINUTES_DEFAULT = 90
SLOT_MINUTES_MIN = 30
SLOT_MINUTES_MAX = 240
TIMEZONE_DEFAULT = "UTC"


class ReviewError(Refused):
    """A review detail a user typed that cannot be accepted, said in one sentence."""

    area = "review"
    sentences: ClassVar[dict[str, str]] = {
        "no_reference": "The incident reference cannot be empty.",
        "no_title": "The review needs a title.",
        "slot_out_of_range": "The slot must be between {low} and {high} minutes, not {minutes}.",
        "not_a_time_zone": '"{name}" is not a time zone name (try e.g. Europe/London).',
    }


class ReviewState(enum.StrEnum):
    PREPARING = "preparing"
    IN_MEETING = "in meeting"
    HELD = "held"


@record
class Review:
    incident_ref: str
    title: str
    incident_date: dt.date
    severity: str = ""
    major: bool = False
    client: str = ""
    folder: str = ""
    slot_minutes: int = SLOT_MINUTES_DEFAULT
    timezone: str = TIMEZONE_DEFAULT
    state: ReviewState = ReviewState.PREPARING
    recording: str = ""
    """Where the meeting's recording is: a link, or a file name in the incident folder."""
    summary: str = ""
    """What happened, in a few sentences: the record and the pre-read open with it."""
    impact: str = ""
    """Who and what was affected, for how long and how much, one point a line."""
    meeting_date: dt.date | None = None
    meeting_time: dt.time | None = None
    """When the review meeting is, in the review's time zone (for the pre-read)."""
    meeting_place: str = ""
    meeting_link: str = ""
    """The video call's address, for those joining from elsewhere."""
    id: int | None = field(default=None, compare=False)

    def with_changes(self, **changes) -> Review:
        """A copy with the given fields changed, checked like a new review."""
        return checked(replace(self, **changes))


def checked(review: Review) -> Review:
    """The review with its text trimmed, or ReviewError naming what is wrong."""
    ref = review.incident_ref.strip()
    title = review.title.strip()
    if not ref:
        raise ReviewError("no_reference")
    if not title:
        raise ReviewError("no_title")
    check_slot(review.slot_minutes)
    check_timezone(review.timezone)
    return replace(
        review,
        incident_ref=ref,
        title=title,
        severity=review.severity.strip(),
        client=review.client.strip(),
        folder=review.folder.strip(),
        recording=review.recording.strip(),
        summary=_paragraphs(review.summary),
        impact=_paragraphs(review.impact),
        meeting_time=review.meeting_time.replace(second=0, microsecond=0, tzinfo=None) if review.meeting_time else None,
        meeting_place=review.meeting_place.strip(),
        meeting_link=review.meeting_link.strip(),
    )


def _paragraphs(text: str) -> str:
    """Typed text of several lines kept as typed, without trailing spaces on a line or blank lines around it."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def check_slot(minutes: int) -> int:
    if not SLOT_MINUTES_MIN <= minutes <= SLOT_MINUTES_MAX:
        raise ReviewError("slot_out_of_range", low=SLOT_MINUTES_MIN, high=SLOT_MINUTES_MAX, minutes=minutes)
    return minutes


def check_timezone(name: str) -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ReviewError("not_a_time_zone", name=name) from None
    return name


@functools.cache
def timezone_names() -> tuple[str, ...]:
    """Every time zone name a review can use, sorted, UTC first."""
    return ("UTC", *sorted(_zone_names() - {"UTC"}))


def _zone_names() -> set[str]:
    """The tzdata package's own list (one small file), else a scan of the system's zone folders."""
    try:
        import tzdata

        listed = (Path(tzdata.__file__).parent / "zones").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return zoneinfo.available_timezones()
    return {line.strip() for line in listed.splitlines() if line.strip()}


def copy_title(title: str) -> str:
    """The title a duplicated review gets."""
    return f"{title} (copy)"
