"""Days, dates and clock times in the windows, in the user's locale (QLocale): names, order, 12- or 24-hour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from ...content import language
from ...text_language import ENGLISH

SHORT_DAY = "ddd"
"""Tue / Di."""
DAY = "ddd dd MMM"
"""Tue 03 Mar / Di. 03 März"""
LONG_DAY = "dddd d MMMM yyyy"
"""Tuesday 3 March 2026 / Dienstag 3 März 2026"""
DAY_MONTH = "dd MMM"


def user_locale() -> QLocale:
    """The chosen language's locale (de shows German names), else the computer's own (its 12- or 24-hour clock)."""
    chosen = language()
    return QLocale() if chosen == ENGLISH else QLocale(chosen)


def clock(at: dt.datetime | dt.time) -> str:
    """14:05, or 2:05 PM where the locale keeps a 12-hour clock."""
    locale = user_locale()
    return locale.toString(QTime(at.hour, at.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))


def day(at: dt.date, form: str = DAY) -> str:
    """The day in one of the forms above, with the locale's day and month names."""
    return user_locale().toString(QDate(at.year, at.month, at.day), form)


def day_and_clock(at: dt.datetime, form: str = DAY) -> str:
    return f"{day(at, form)} {clock(at)}"
