"""Placing the times an imported file gives, however it writes them, on the review's calendar."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

from . import ImportContext, ImportProblem
from .clock_order import day_change, newer_first_steps
from .zone_words import ZONE_WORD_PATTERN, zone_of_word, zone_word_in

ROLLOVER_GAP = dt.timedelta(hours=6)
"""A clock time this much earlier than the one before it is taken as the next day; less is just out of order."""
MILLISECONDS_FROM = 10**11
"""Epoch numbers this large count milliseconds, as JavaScript writes them."""
PLAUSIBLE_YEARS = range(1970, 3000)
"""Years a timeline entry can be in: outside them is a typo (0226 for 2026), and too near datetime's limits."""

_ROLLOVER_SECONDS = ROLLOVER_GAP.total_seconds()
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|nesday|urday)?\.?,?\s+)"
_DATE = (
    rf"{_WEEKDAY}?(?:(?P<y>\d{{4}})(?P<s1>[-/])(?P<mo>\d{{1,2}})(?P=s1)(?P<d>\d{{1,2}})"
    r"|(?P<d2>\d{1,2})(?P<s2>[/.])(?P<mo2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2})"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon3>{_MONTH})(?:,?\s+(?P<y3>\d{{4}}))?"
    rf"|(?P<mon4>{_MONTH})\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y4>\d{{4}}))?"
    rf"|(?P<d5>\d{{1,2}})(?P<s5>[/-])(?P<mon5>{_MONTH})(?P=s5)(?P<y5>\d{{4}}|\d{{2}})"
    r"|(?P<wy>\d{4})-?W(?P<ww>\d{2})-?(?P<wd>[1-7])"
    rf"|(?P<y6>\d{{4}})\s+(?P<mon6>{_MONTH})\s+(?P<d6>\d{{1,2}}))"
)
_CLOCK = (
    r"(?P<h>\d{1,2})(?:(?::|h(?=\d{2}))(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<frac>\d{1,9}))?)?"
    r"|(?=\s?[AaPp]\.?[Mm](?![A-Za-z])))"
    r"(?:\s?(?P<ampm>[AaPp])\.?[Mm]\.?)?"
)
"""'14:05', '9:58 PM', '14h05', and an hour alone before am or pm ('6pm', '11 a.m.')."""
_ZONE = rf"(?P<tz>Z|\s?(?:UTC|GMT)(?:\s?[+-]\d{{1,2}}(?::?\d{{2}})?)?|\s?[+-]\d{{2}}:?\d{{2}}|\s{ZONE_WORD_PATTERN})"
_STAMP = rf"(?:{_DATE}(?:T|,?\s+(?:at\s+)?|\s[-–—]\s))?{_CLOCK}{_ZONE}?(?!\w|:\d)"

_WHOLE = re.compile(rf"\s*{_STAMP}\s*", re.IGNORECASE)
_LEADING = re.compile(_STAMP, re.IGNORECASE)
_DATE_ONLY = re.compile(rf"\s*(?:{_DATE})\s*", re.IGNORECASE)
_LEADING_DATE = re.compile(rf"{_DATE}(?!\w|[/.-]\d)", re.IGNORECASE)
_DATE_WITHIN = re.compile(rf"(?<![\w/.-]){_DATE}(?!\w|[/.-]\d|:\d)", re.IGNORECASE)
_YEARS = ("y", "y2", "y3", "y4", "y5", "wy", "y6")
"""The groups of _DATE that hold a year: a date with one is a date a reader can place without guessing."""
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})(?![\d/.])")
_STAMP_WITHIN = re.compile(rf"(?<![\w/.:-]){_STAMP}", re.IGNORECASE)
_OFFSET_LEAD = re.compile(
    r"T\s?\+\s?(?=\d)(?:(?P<h>\d{1,3})\s?h(?:rs?|ours?)?)?\s?(?:(?P<m>\d{1,4})\s?m(?:ins?|inutes?)?)?"
    r"\s?(?:(?P<s>\d{1,5})\s?s(?:ecs?|econds?)?)?(?!\w)"
)
_LEADING_ZONE = re.compile(_ZONE + r"(?!\w)", re.IGNORECASE)
_EPOCH = re.compile(r"\s*(\d{10}(?:\.\d+)?)\s*")
_TIME_OF_DAY = re.compile(rf"\s*{_CLOCK}{_ZONE}?\s*", re.IGNORECASE)
_OFFSET = re.compile(r"(?:UTC|GMT)?\s?([+-])(\d{1,2}):?(\d{2})?", re.IGNORECASE)
_ZONE_WORD = re.compile(
    r"\b(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?(?![\w/])|\b[A-Z][A-Za-z_]+(?:/[A-Za-z_+-]+)+"
)
_WRAPPERS = (("**", "**"), ("__", "__"), ("`", "`"), ("[", "]"), ("(", ")"), ("*", "*"), ("_", "_"))
_WRAPPER_STARTS = {opening[0] for opening, _ in _WRAPPERS}
_WRAPPER_ENDS = {closing[-1] for _, closing in _WRAPPERS}


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
    if match is not None and _range_end(match, text):
        match = _LEADING.match(text, 0, match.start("tz"))
    if match is None:
        return None
    return match.group(0), text[match.end() :]


def _range_end(match: re.Match[str], text: str) -> bool:
    """Whether the '-15:45' the match took for an offset ends a range ('15:20-15:45'): after a clock without seconds,
    other than ISO's 'T15:20-05:00'."""
    tz = match.group("tz") or ""
    return tz[:1] == "-" and ":" in tz and match.group("s") is None and text[match.start("h") - 1 : match.start("h")] not in ("T", "t")


def written_zone(stamp: str) -> str:
    """The zone a time names after its clock ('14:30 UTC' -> 'UTC', '9:58 PM EDT' -> 'EDT'), or ''."""
    match = _LEADING.match(stamp.strip())
    return (match.group("tz") or "").strip() if match else ""


def leading_date(text: str) -> tuple[str, str] | None:
    """The date written at the very start of the text and what follows it, or None."""
    match = _LEADING_DATE.match(text)
    if match is None:
        return None
    return match.group(0), text[match.end() :]


def leading_zone(text: str) -> tuple[str, str] | None:
    """A zone written at the very start of the text (' UTC the pager went off') and what follows it, or None."""
    match = _LEADING_ZONE.match(text)
    if match is None:
        return None
    return match.group(0), text[match.end() :]


def stamp_within(text: str) -> str | None:
    """The first time written with its date anywhere in the text ('Drill started 2025-06-10 09:00 UTC.'), or None."""
    for match in _STAMP_WITHIN.finditer(text):
        if any(match.group(name) for name in _YEARS):
            return match.group(0)
    return None


def offset_lead(text: str) -> tuple[dt.timedelta, str] | None:
    """An offset from the start written at the start of the text ('T+1h05m: region drained') and what follows it."""
    match = _OFFSET_LEAD.match(text)
    if match is None or not any(match.group(name) for name in ("h", "m", "s")):
        return None
    hours, minutes, seconds = (int(match.group(name) or 0) for name in ("h", "m", "s"))
    return dt.timedelta(hours=hours, minutes=minutes, seconds=seconds), text[match.end() :]


def dated_within(text: str) -> str | None:
    """A date with its year written anywhere in the text ('Day 1 — Monday 2 June 2025'), or None."""
    for match in _DATE_WITHIN.finditer(text):
        if any(match.group(name) for name in _YEARS):
            return match.group(0)
    return None


def is_time_of_day(text: str) -> bool:
    """Whether the text gives a clock time and no date."""
    return _TIME_OF_DAY.fullmatch(unwrapped(text)) is not None


def zone_named(name: str) -> dt.tzinfo:
    """The zone with that IANA name (or UTC, GMT, Z), as an ImportProblem if there is none."""
    if name.strip().upper() in {"UTC", "GMT", "Z"}:
        return dt.UTC
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, TypeError, OSError) as error:
        raise ImportProblem(f'unknown time zone "{str(name)[:60]}"') from error


class TimePlacer:
    """Turns the times of one file into aware datetimes, carrying clock-only times past midnight.

    A time without a date takes the day of the entry before it (at first the incident date), and
    the next day when the clock has gone back by more than ROLLOVER_GAP (the day before when it has gone forward
    by more in a file that lists the newest first, as status pages do). A time with a date moves
    the current day there; a date without a year is the one nearest the current day. A time without
    an offset is in the zone given, else the review's zone; a zone word after it ('EST', 'Eastern')
    is read as zone_words says, the review's zone and the user's answers settling words with several meanings.
    """

    def __init__(self, context: ImportContext, text: str = "") -> None:
        self._text = text
        self._order: str | None = None
        self._zone = zone_named(context.timezone)
        self._zone_name = context.timezone
        self._answers = context.zone_answers
        self._day = context.incident_date
        self._previous_clock: dt.time | None = None
        self._newer_first = 0
        """Steps of less than ROLLOVER_GAP back in time less steps forward: above 0, the file lists the newest first."""
        self._whole: str | None = text
        """The file, until the order its clock times run in is worked out from it (at the first jump of the clock)."""

    def place(self, text: str, where: str, zone: dt.tzinfo | None = None) -> dt.datetime:
        """The moment the text names; times without an offset are in `zone`, else the review's zone."""
        cleaned = unwrapped(text) if text[:1] in _WRAPPER_STARTS or text[-1:] in _WRAPPER_ENDS else text.strip()
        epoch = _EPOCH.fullmatch(cleaned)
        match = _WHOLE.fullmatch(cleaned)
        match = None if match is not None and _range_end(match, cleaned) else match
        if epoch is None and match is None:
            raise ImportProblem(f'{where}: no time found in "{text[:60]}"')
        try:
            if epoch is not None:
                at = dt.datetime.fromtimestamp(float(epoch.group(1)), tz=zone or self._zone)
            else:
                assert match is not None  # one of the two matched, else the problem above was raised
                at = self._placed(match, zone or self._zone, where)
        except ImportProblem:
            raise
        except (ValueError, OverflowError, OSError) as error:
            raise ImportProblem(f'{where}: not a real date or time "{text[:60]}"') from error
        return plausible(at, f'{where}: "{text[:60]}"')

    def at_epoch(self, number: float, where: str) -> dt.datetime:
        """The moment that many seconds (or, for numbers from MILLISECONDS_FROM up, milliseconds) after 1970."""
        try:
            seconds = number / 1000 if abs(number) >= MILLISECONDS_FROM else float(number)
            at = dt.datetime.fromtimestamp(seconds, tz=self._zone)
        except (ValueError, OverflowError, OSError) as error:
            raise ImportProblem(f"{where}: not a real time: {str(number)[:30]} seconds since 1970") from error
        return plausible(at, f"{where}: {str(number)[:30]} seconds since 1970")

    def place_day(self, text: str, where: str) -> dt.datetime:
        """The start of the day the text names, in the review's zone, for an event known only by its date.

        The day becomes the day of the clock times that follow."""
        if not self.set_day(text):
            raise ImportProblem(f'{where}: not a real date "{text[:60]}"')
        return plausible(dt.datetime.combine(self._day, dt.time(), tzinfo=self._zone), f'{where}: "{text[:60]}"')

    def order(self) -> str | None:
        """How the file writes its numeric dates (day_order), worked out the first time a date such as 03/04 needs it."""
        if self._text:
            self._order, self._text = day_order(self._text), ""
        return self._order

    @property
    def day(self) -> dt.date:
        """The day clock times without a date are placed on now."""
        return self._day

    def move_to(self, day: dt.date) -> None:
        """Make the day the day of the clock times that follow ('Day 2' under a 'Day 1' that gave its date)."""
        self._day, self._previous_clock = day, None

    def set_day(self, text: str) -> bool:
        """Make the date the text gives (a heading such as "15 October") the day of the times that follow."""
        match = _DATE_ONLY.fullmatch(unwrapped(text))
        if match is None:
            return False
        try:
            day = _date(match, self._day, self.order)
        except ValueError:
            return False
        if day is None:  # never so: a date-only match holds a whole date
            return False
        self._day, self._previous_clock = day, None
        return True

    def zone_in(self, text: str, where: str) -> dt.tzinfo | None:
        """The zone a heading or note names: a zone name or offset ('Europe/Paris', 'UTC+2') or a zone word ('PDT')."""
        word = zone_word_in(text)
        return zone_in(text) or (self.zone_of_word(word, where) if word else None)

    def zone_of_word(self, word: str, where: str) -> dt.tzinfo:
        """The zone a word such as 'Eastern' or 'CST' means here, or AmbiguousZone when nothing settles it."""
        return zone_of_word(word, self._zone_name, self._day, self._answers, where)

    def _placed(self, match: re.Match[str], zone: dt.tzinfo, where: str = "") -> dt.datetime:
        clock = _clock(match)
        day = _date(match, self._day, self.order)
        previous, self._previous_clock = self._previous_clock, clock
        step = _seconds(clock) - _seconds(previous) if previous is not None else 0
        if -_ROLLOVER_SECONDS <= step <= _ROLLOVER_SECONDS:
            self._newer_first += (step < 0) - (step > 0)
        elif day is None:
            if self._whole:
                self._newer_first, self._whole = newer_first_steps(self._whole, _ROLLOVER_SECONDS), None
            self._day += day_change(step, self._newer_first > 0, _ROLLOVER_SECONDS)
        if day is not None:
            self._day = day
        if match.group("zword"):
            zone = self.zone_of_word(match.group("zword"), where)
        elif match.group("tz"):
            zone = _offset_zone(match.group("tz"))
        return dt.datetime.combine(self._day, clock, tzinfo=zone)


def plausible(at: dt.datetime, said: str) -> dt.datetime:
    """The moment, or an ImportProblem that starts with what was said when its year is not in PLAUSIBLE_YEARS."""
    if at.year not in PLAUSIBLE_YEARS:
        raise ImportProblem(f"{said} is in the year {at.year}, which cannot be right")
    return at


def _seconds(clock: dt.time) -> int:
    return clock.hour * 3600 + clock.minute * 60 + clock.second


def _clock(match: re.Match[str]) -> dt.time:
    hour, minute = int(match.group("h")), match.group("mi")
    if minute is None and not match.group("ampm"):
        raise ValueError("an hour alone is a time only with am or pm")
    if match.group("ampm"):
        if not 1 <= hour <= 12:
            raise ValueError("a 12-hour clock runs from 1 to 12")
        hour = hour % 12 + (12 if match.group("ampm") in "Pp" else 0)
    micro = int((match.group("frac") or "0").ljust(6, "0")[:6])
    return dt.time(hour, int(minute or 0), int(match.group("s") or 0), micro)


def day_order(text: str) -> str | None:
    """How the text writes numeric dates, when one of them shows it: "dmy" (13/03/2025), "mdy" (03/13/2025), else None."""
    day_first = month_first = False
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        day_first = day_first or (12 < first <= 31 and second <= 12)
        month_first = month_first or (12 < second <= 31 and first <= 12)
    if day_first == month_first:
        return None
    return "dmy" if day_first else "mdy"


def _date(match: re.Match[str], near: dt.date, order: Callable[[], str | None] = lambda: None) -> dt.date | None:
    """The date the match gives, if any; an ambiguous one (03/04, a month without a year) is read the way the file's
    other dates show (`order`), else month first beside a 12-hour clock, else nearest `near`."""
    if match.group("y"):
        return dt.date(int(match.group("y")), int(match.group("mo")), int(match.group("d")))
    if match.group("y2"):
        year = int(match.group("y2"))
        year += 2000 if year < 100 else 0
        first, second = int(match.group("d2")), int(match.group("mo2"))
        if (written := order()) is not None:
            return _real_dates((year, second, first) if written == "dmy" else (year, first, second))[0]
        if _group(match, "ampm"):
            return _real_dates((year, first, second), (year, second, first))[0]
        return _nearest(near, *_real_dates((year, second, first), (year, first, second)))
    if match.group("wy"):
        return dt.date.fromisocalendar(int(match.group("wy")), int(match.group("ww")), int(match.group("wd")))
    if match.group("y5"):
        year = int(match.group("y5"))
        month = _MONTHS.index(match.group("mon5")[:3].lower()) + 1
        return dt.date(year + (2000 if year < 100 else 0), month, int(match.group("d5")))
    month_name = match.group("mon3") or match.group("mon4") or match.group("mon6")
    if not month_name:
        return None
    month = _MONTHS.index(month_name[:3].lower()) + 1
    day = int(match.group("d3") or match.group("d4") or match.group("d6"))
    written = match.group("y3") or match.group("y4") or match.group("y6")
    years = (int(written),) if written else (near.year - 1, near.year, near.year + 1)
    return _nearest(near, *_real_dates(*((y, month, day) for y in years)))


def _group(match: re.Match[str], name: str) -> str | None:
    """The group's text, or None also when the pattern has no such group (a date without a clock)."""
    return match.groupdict().get(name)


def _real_dates(*candidates: tuple[int, int, int]) -> list[dt.date]:
    """The candidates (year, month, day) that are dates, or a ValueError when none is."""
    found = []
    for year, month, day in candidates:
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not found:
        raise ValueError("no such date")
    return found


def _nearest(near: dt.date, *dates: dt.date) -> dt.date:
    """The date closest to `near`; the first given wins a tie."""
    return min(dates, key=lambda day: abs(day - near))


def _offset_zone(text: str) -> dt.tzinfo:
    text = text.strip()
    offset = _OFFSET.fullmatch(text)
    if offset is None:
        return dt.UTC
    sign = -1 if offset.group(1) == "-" else 1
    delta = dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
    return dt.timezone(sign * delta)


def zone_in(text: str) -> dt.tzinfo | None:
    """The zone a heading names anywhere in it: "Time (UTC)", "Timestamp [UTC+2]", "Times in Europe/Paris"."""
    for match in _ZONE_WORD.finditer(text):
        word = match.group(0).replace(" ", "")
        try:
            return _offset_zone(word) if word[:3].upper() in {"UTC", "GMT"} else ZoneInfo(word)
        except (KeyError, ValueError, OSError):
            continue
    return None
