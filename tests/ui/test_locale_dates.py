"""Issue 18: the windows show days, dates and clock times in the user's locale, not strftime's English."""

import datetime as dt
import zoneinfo

import pytest

from facilitator.content import use_language
from facilitator.domain.timeline import TimelineEntry
from facilitator.ui.common.locale_dates import DAY, LONG_DAY, clock, day
from facilitator.ui.prep.comments_panel import moment_label

AT = dt.datetime(2026, 3, 3, 14, 5, tzinfo=zoneinfo.ZoneInfo("UTC"))


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    use_language("en")


def test_german_names_the_day_and_month_in_german_on_a_24_hour_clock():
    use_language("de")
    assert day(AT, DAY) == "Di. 03 März"
    assert day(AT, LONG_DAY) == "Dienstag 3 März 2026"
    assert clock(AT) == "14:05"
    assert moment_label(TimelineEntry(id=1, at=AT, actor="Sam", text="Rollback"), AT.tzinfo).startswith("Di. 14:05 ")


def test_a_12_hour_locale_shows_the_afternoon_as_pm():
    use_language("en_US")
    assert clock(AT).replace("\u202f", " ") == "2:05 PM"
    assert day(AT, DAY) == "Tue 03 Mar"
