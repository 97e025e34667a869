"""How a line of a Markdown or text timeline starts: a time (exact or rough), a date alone, a date or zone note.

A time may follow 'Update' or 'Edit' ('Update 6:14pm UTC: back online'), as in a live incident post.

'- **± 17:20 UTC:** ...', 'At 2017/01/31 18:00 UTC, ...', 'Around 23:00-ish ...', '- 2023-03-03: ...',
'2015-10-21 *(all times UTC)*', '**Wednesday 21 October (times in PDT)**', '*(all times UTC)*'.
"""

from __future__ import annotations

import datetime as dt
import re

from ..domain.record import record
from ..domain.timeline import TimePrecision
from .times import leading_date, leading_time, leading_zone, offset_lead, written_zone

OPENERS = ("**", "__", "`", "[", "*", "_")
_CLOSERS = ("**", "__", "`", "]", "*", "_")
_ROUGHLY_BEFORE = re.compile(
    r"(?:(?:at|by|on|(?:update[ds]?|edit(?:ed)?)(?:\s?[:-]|\s+at)?)\s+)?"
    r"(?P<roughly>(?:±|\+/-|~|≈|about|around|approx(?:\.|imately)?|roughly|circa|ca?\."
    r"|(?:shortly|just|soon)\s+(?:after|before))\s*)?",
    re.IGNORECASE,
)
_ROUGHLY_AFTER = re.compile(r"(?:-?ish\b|\s*\(?(?:approx(?:\.|imately)?|or so)\)?(?!\w))", re.IGNORECASE)
_BEFORE_CLOSER = re.compile(r"\s*[:,.]?\s*")
_RANGE_TO = re.compile(r"\s?(?:[-–—]|to|until|till)\s?(?=\d)", re.IGNORECASE)
"""Between the two times of a range: '14:02–14:30', '1:14 p.m. - 2:30 p.m.', '14:02 to 14:30'."""
_LABEL = re.compile(r"(?:update[ds]?|edit(?:ed)?)(?:\s?[:-]|\s+on)?\s+", re.IGNORECASE)
"""'Update: ' before the date of a day's update ('Update: April 18, 2022')."""
_SEPARATOR = re.compile(r"\s*(?:[-–—:|]+\s+|,\s*)?")
_AFTER_TIME = re.compile(r"\s?(?:[-–—,]|(?:to|until|till|on)\s)", re.IGNORECASE)
"""What may follow a time that starts a range or is followed by its date."""
_DATE_AFTER = re.compile(r"(?:,\s?|\son\s)(?=\w)", re.IGNORECASE)
"""Between a time and the date written after it: '22:52 UTC, 21st Oct', '8:13 a.m. PST on January 4, 2021'."""
_LINK_TARGET = re.compile(r"\((?P<url>[^)\s]*)\)")
_DATE_SEPARATOR = re.compile(r"\s*(?:[:|]|[-–—](?=\s))\s*(?=\S)")
_NUMERIC_DATE = re.compile(r"[\d/.-]+")
_EMPHASIS = re.compile(r"[*_]+")
_NOTE_PUNCTUATION = re.compile(r"[\s()\[\]:,.;–—-]*")
_ZONE_NOTE = re.compile(
    r"\(?\s*(?:all\s+)?(?:times?|timestamps?)\s+(?:(?:below|above|here|listed|given|shown|are)\s+){0,3}(?:in\s+)?"
    r"(?P<zone>[^()]{1,40}?(?:\s*\([^()]{1,20}\))?)\s*\)?\s*\.?",
    re.IGNORECASE,
)
_UNKNOWN = re.compile(
    r"(?P<unknown>(?:\d{4}|YYYY|XXXX)[-/.](?:\d{1,2}|MM|XX|\?\?)[-/.](?:\d{1,2}|DD|XX|\?\?)"
    r"|(?:HH|XX|\?\?):(?:MM|XX|\?\?))(?!\w)",
    re.IGNORECASE,
)


@record
class Lead:
    """The time or date a line starts with, how closely it is given, and what follows it."""

    stamp: str
    precision: TimePrecision
    rest: str
    link: str = ""
    span: str = ""
    """A range as written ('14:02–14:30 UTC'): the entry is at its start, and keeps its words."""


def time_lead(body: str) -> Lead | None:
    """The time a line starts with, inside emphasis or a link or after 'At', 'About', '±'; None when it has none."""
    opener = next((mark for mark in OPENERS if body.startswith(mark)), "")
    inner = body[len(opener) :]
    before = _ROUGHLY_BEFORE.match(inner)
    assert before is not None  # every part of the pattern may be empty: it matches any text
    found = leading_time(inner[before.end() :])
    if found is None:
        return None
    stamp, rest = found
    after = _ROUGHLY_AFTER.match(rest)
    rest = rest[after.end() :] if after else rest
    zone = leading_zone(rest) if after else None
    if zone is not None:
        stamp, rest = f"{stamp} {zone[0].strip()}", zone[1]
    span = ""
    if _AFTER_TIME.match(rest):  # one quick look first: most times are followed by their words
        stamp, rest, span = _range(stamp, rest)
        stamp, rest = _date_after(stamp, rest)
    closer = _CLOSERS[OPENERS.index(opener)] if opener else ""
    if closer:
        closing = _BEFORE_CLOSER.match(rest)
        assert closing is not None  # it may match nothing, so it matches any text
        if not rest[closing.end() :].startswith(closer):
            return None
        rest = rest[closing.end() + len(closer) :]
    link = _LINK_TARGET.match(rest) if closer == "]" else None
    if link is not None:
        rest = rest[link.end() :]
    roughly = bool(before.group("roughly")) or after is not None
    precision = TimePrecision.APPROXIMATE if roughly else TimePrecision.EXACT
    return Lead(stamp, precision, rest, link.group("url") if link else "", span)


def _range(stamp: str, rest: str) -> tuple[str, str, str]:
    """A time that starts a range: the start, in the zone written after the end when it names none of its own;
    what follows the range; and the range as written, or '' when the time is not the start of one."""
    between = _RANGE_TO.match(rest)
    end = leading_time(rest[between.end() :]) if between else None
    if between is None or end is None:
        return stamp, rest, ""
    span = f"{stamp}{rest[: len(rest) - len(end[1])]}".strip()
    zone = written_zone(end[0])
    if zone and not written_zone(stamp):
        stamp = f"{stamp} {zone}"
    return stamp, end[1], span


def _date_after(stamp: str, rest: str) -> tuple[str, str]:
    """A time followed by its date ('22:52 UTC, 21st Oct: ...') as one stamp, and what follows the date."""
    after = _DATE_AFTER.match(rest)
    found = leading_date(rest[after.end() :]) if after and leading_date(stamp) is None else None
    if found is None:
        return stamp, rest
    return f"{found[0]} {stamp}", found[1]


def date_lead(body: str) -> Lead | None:
    """A date and then the words of an event known only by its day ('2023-03-03: deploy'); None for any other line."""
    opener = next((mark for mark in OPENERS if body.startswith(mark) and mark != "["), "")
    found = leading_date(body[len(opener) :])
    if found is None:
        return None
    stamp, rest = found
    if opener and rest.startswith(opener):
        rest = rest[len(opener) :]
    separator = _DATE_SEPARATOR.match(rest)
    if separator is None and not (_NUMERIC_DATE.fullmatch(stamp) and rest[:1].isspace() and rest.strip()):
        return None
    return Lead(stamp, TimePrecision.DATE_ONLY, rest[separator.end() :] if separator else rest)


def day_line(body: str) -> tuple[str, str] | None:
    """A line that is only a date, perhaps with a note of the zone: ('Wednesday 21 October', 'times in PDT')."""
    plain = _EMPHASIS.sub("", body).strip()
    label = _LABEL.match(plain)
    found = leading_date(plain[label.end() :] if label else plain)
    if found is None:
        return None
    stamp, rest = found
    note = rest.strip()
    return stamp, ("" if _NOTE_PUNCTUATION.fullmatch(note) else note)


def zone_note(body: str, bare: bool = False) -> str | None:
    """The zone a line that only says it names: '*(all times UTC)*', 'All times are in PDT.' -> 'UTC', 'PDT'.

    `bare`: a zone alone counts too ('(UTC)', '— Pacific Time'), as it does after a date."""
    plain = _EMPHASIS.sub("", body).strip().lstrip(":,;–—- ")
    note = _ZONE_NOTE.fullmatch(plain)
    if note is not None:
        return note.group("zone")
    alone = plain.strip("()[]:,.;–—- ")
    one_zone = len(alone.split()) == 1 or alone.lower().endswith(" time")
    return alone if bare and alone and one_zone else None


def unknown_time(body: str) -> str | None:
    """A date or time written as a placeholder at the start of the line ('2023-MM-DD', 'HH:MM'), or None."""
    opener = next((mark for mark in OPENERS if body.startswith(mark)), "")
    unknown = _UNKNOWN.match(body[len(opener) :])
    if unknown is None or not re.search(r"[A-Za-z?]", unknown.group()):
        return None
    return unknown.group()


def offset_of(body: str) -> tuple[dt.timedelta, str] | None:
    """The offset a line starts with, perhaps inside emphasis ('**T+15m**: ...'), and what follows it."""
    opener = next((mark for mark in OPENERS if body.startswith(mark) and mark != "["), "")
    found = offset_lead(body[len(opener) :])
    if found is None or not opener:
        return found
    rest = found[1].lstrip(":")
    return (found[0], rest[len(opener) :]) if rest.startswith(opener) else None


def after_separator(rest: str) -> str:
    """The text after the dash, colon or bar that parts a time from its words (none is needed)."""
    separator = _SEPARATOR.match(rest)
    assert separator is not None  # every part of the pattern is optional: it matches any text
    return rest[separator.end() :]


def update_day(body: str) -> str | None:
    """The date of a line that only says a day's update follows ('Update: April 18, 2022'), or None."""
    plain = _EMPHASIS.sub("", body).strip()
    label = _LABEL.match(plain)
    day = day_line(plain) if label else None
    return day[0] if day is not None and not day[1] else None
