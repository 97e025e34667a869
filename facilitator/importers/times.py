"""Placing the times an imported file gives, however it writes them, on the review's calendar."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from . import ImportContext, ImportProblem

INPUT_ERRORS = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    OverflowError,
    RecursionError,
    UnicodeError,
)
"""What malformed input can make the standard library raise while it is being read."""

_DATE = (
    r"(?:(?P<y>\d{4})(?P<s1>[-/])(?P<mo>\d{1,2})(?P=s1)(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?P<s2>[/.])(?P<mo2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2}))"
)
_CLOCK = (
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<frac>\d{1,9}))?)?"
    r"(?:\s?(?P<ampm>[AaPp])\.?[Mm]\.?)?"
)
_ZONE = r"(?P<tz>Z|\s?(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|\s?[+-]\d{2}:?\d{2})"
_STAMP = rf"(?:{_DATE}(?:T|,?\s+))?{_CLOCK}{_ZONE}?(?![\w:])"

_WHOLE = re.compile(rf"\s*{_STAMP}\s*")
_LEADING = re.compile(_STAMP)
_EPOCH = re.compile(r"\s*(\d{10}(?:\.\d+)?)\s*")
_TIME_OF_DAY = re.compile(rf"\s*{_CLOCK}{_ZONE}?\s*")
_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?")
_WRAPPERS = (("**", "**"), ("__", "__"), ("`", "`"), ("[", "]"), ("(", ")"), ("*", "*"), ("_", "_"))


def unwrapped(text: str) -> str:
    """The text without surrounding spaces and Markdown emphasis, code marks or brackets."""
    text = text.strip()
    changed = True
    while changed:
        changed = False
        for opening, closing in _WRAPPERS:
            if len(text) > len(opening) + len(closing) and text.startswith(opening) and text.endswith(closing):
                text = text[len(opening) : -len(closing)].strip()
                changed = True
    return text


def leading_time(text: str) -> tuple[str, str] | None:
    """The time written at the very start of the text and what follows it, or None."""
    match = _LEADING.match(text)
    if match is None:
        return None
    return match.group(0), text[match.end() :]


def is_time_of_day(text: str) -> bool:
    """Whether the text gives a clock time and no date."""
    return _TIME_OF_DAY.fullmatch(unwrapped(text)) is not None


def zone_named(name: str) -> dt.tzinfo:
    """The zone with that IANA name (or UTC, GMT, Z), as an ImportProblem if there is none."""
    if name.strip().upper() in {"UTC", "GMT", "Z"}:
        return dt.timezone.utc
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, TypeError, OSError) as error:
        raise ImportProblem(f'unknown time zone "{str(name)[:60]}"') from error


class TimePlacer:
    """Turns the times of one file into aware datetimes, carrying clock-only times past midnight."""

    def __init__(self, context: ImportContext) -> None:
        self._zone = zone_named(context.timezone)
        self._day = context.incident_date
        self._previous_clock: dt.time | None = None

    def place(self, text: str, where: str, zone: dt.tzinfo | None = None) -> dt.datetime:
        """The moment the text names; times without an offset are in `zone`, else the review's zone."""
        cleaned = unwrapped(text)
        epoch = _EPOCH.fullmatch(cleaned)
        match = _WHOLE.fullmatch(cleaned)
        if epoch is None and match is None:
            raise ImportProblem(f'{where}: no time found in "{text[:60]}"')
        try:
            if epoch is not None:
                return dt.datetime.fromtimestamp(float(epoch.group(1)), tz=zone or self._zone)
            return self._placed(match, zone or self._zone)
        except (ValueError, OverflowError, OSError) as error:
            raise ImportProblem(f'{where}: not a real date or time "{text[:60]}"') from error

    def _placed(self, match: re.Match[str], zone: dt.tzinfo) -> dt.datetime:
        clock = _clock(match)
        if match.group("tz"):
            zone = _offset_zone(match.group("tz"))
        day = _date(match)
        if day is None:
            if self._previous_clock is not None and clock < self._previous_clock:
                self._day += dt.timedelta(days=1)
            self._previous_clock = clock
            day = self._day
        return dt.datetime.combine(day, clock, tzinfo=zone)


def _clock(match: re.Match[str]) -> dt.time:
    hour = int(match.group("h"))
    if match.group("ampm"):
        if not 1 <= hour <= 12:
            raise ValueError("a 12-hour clock runs from 1 to 12")
        hour = hour % 12 + (12 if match.group("ampm") in "Pp" else 0)
    micro = int((match.group("frac") or "0").ljust(6, "0")[:6])
    return dt.time(hour, int(match.group("mi")), int(match.group("s") or 0), micro)


def _date(match: re.Match[str]) -> dt.date | None:
    if match.group("y"):
        return dt.date(int(match.group("y")), int(match.group("mo")), int(match.group("d")))
    if not match.group("y2"):
        return None
    year = int(match.group("y2"))
    year += 2000 if year < 100 else 0
    first, second = int(match.group("d2")), int(match.group("mo2"))
    if second > 12 >= first:
        return dt.date(year, first, second)
    return dt.date(year, second, first)


def _offset_zone(text: str) -> dt.tzinfo:
    text = text.strip()
    offset = _OFFSET.fullmatch(text)
    if offset is None:
        return dt.timezone.utc
    sign = -1 if offset.group(1) == "-" else 1
    delta = dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
    return dt.timezone(sign * delta)
