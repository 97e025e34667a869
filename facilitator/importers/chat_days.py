"""The days a chat app writes over its messages: Slack's dividers ('Today', 'Yesterday', 'Monday, October 14th',
'October 14th, 2024') and the day before a message's time ('Today at 7:20 PM', 'Yesterday at 11:58 PM').

'Today' is the day the copy is imported (ImportContext.today, else the computer's date); a day without its year is
the latest one on or before it that falls on the weekday written, as Slack leaves the year out for this year's days.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_NAMED_DAY = (
    rf"(?i:today|yesterday|(?P<weekday>{_WEEKDAY}),?\s+(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}}))"
)
DAY = re.sub(r"\(\?P<\w+>", "(?:", _NAMED_DAY)
"""'Today', 'Yesterday', 'Monday, October 14th', 'October 14th, 2024', in any case (a pattern without groups)."""
_DAY = re.compile(_NAMED_DAY)
_DIVIDER = re.compile(rf"[-—–\s]*(?P<said>{DAY})[-—–\s]*")
_YEARS_BACK = 7
"""How many years back a day without its year is looked for on the weekday written (a weekday comes back in 6 or 11)."""


def divider_day(line: str) -> str | None:
    """The day a divider line names ('Today', '—— Monday, October 14th ——'), as written; None for any other line."""
    found = _DIVIDER.fullmatch(line)
    return found["said"] if found else None


def day_named(said: str, today: dt.date) -> dt.date | None:
    """The date a divider or a message's time names, counted from today; None when it is no real date."""
    found = _DAY.fullmatch(said.strip())
    if found is None:
        return None
    word = found.group(0).lower()
    if word in ("today", "yesterday"):
        return today - dt.timedelta(days=word == "yesterday")
    month = _MONTHS.index((found["month"] or found["month2"])[:3].lower()) + 1
    number = int(found["day"] or found["day2"])
    year = found["year"] or found["year2"]
    try:
        if year:
            return dt.date(int(year), month, number)
    except ValueError:
        return None
    return _latest(month, number, found["weekday"], today)


def _latest(month: int, number: int, weekday: str | None, today: dt.date) -> dt.date | None:
    """The latest date on or before today with that month and day, on the weekday written if one falls on it."""
    candidates = []
    for year in range(today.year, today.year - _YEARS_BACK, -1):
        try:
            day = dt.date(year, month, number)
        except ValueError:  # 29 February in a year without one
            continue
        if day <= today:
            candidates.append(day)
    on_weekday = [day for day in candidates if weekday and day.weekday() == _WEEKDAYS.index(weekday[:3].lower())]
    found = on_weekday or candidates
    return found[0] if found else None
