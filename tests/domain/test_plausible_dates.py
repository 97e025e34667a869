"""Which dates a person can mean: one rule for the set-up form, the action dialog, the command line and restore."""

import datetime as dt

import pytest

from facilitator.domain.plausible_dates import DateKind, DateOutOfRange, checked_date
from facilitator.domain.review import ReviewError

TODAY = dt.date(2026, 11, 3)


@pytest.mark.parametrize("day", [dt.date(1990, 1, 1), TODAY, dt.date(2027, 11, 4)])
def test_an_incident_date_from_1990_to_a_year_after_today_is_taken(day):
    assert checked_date(DateKind.INCIDENT, day, TODAY) == day


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1989, 12, 31), dt.date(2027, 11, 5), dt.date(9999, 12, 31)])
def test_an_incident_date_outside_is_refused_with_the_range(day):
    with pytest.raises(DateOutOfRange) as refused:
        checked_date(DateKind.INCIDENT, day, TODAY)
    assert (refused.value.earliest, refused.value.latest) == (dt.date(1990, 1, 1), dt.date(2027, 11, 4))
    assert isinstance(refused.value, ReviewError)


def test_a_due_date_runs_from_the_incident_to_ten_years_ahead():
    incident = dt.date(2026, 10, 14)
    assert checked_date(DateKind.DUE, incident, TODAY, incident) == incident
    assert checked_date(DateKind.DUE, dt.date(2036, 11, 3), TODAY, incident) == dt.date(2036, 11, 3)
    for day in (dt.date(2026, 10, 13), dt.date(2036, 11, 4), dt.date(9999, 12, 31)):
        with pytest.raises(DateOutOfRange):
            checked_date(DateKind.DUE, day, TODAY, incident)


def test_without_an_incident_a_due_date_can_be_a_year_back_and_a_leap_day_has_its_ten_years():
    with pytest.raises(DateOutOfRange) as refused:
        checked_date(DateKind.DUE, dt.date(2025, 11, 1), TODAY)
    assert refused.value.earliest == dt.date(2025, 11, 2)
    assert checked_date(DateKind.DUE, dt.date(2034, 2, 28), dt.date(2024, 2, 29)) == dt.date(2034, 2, 28)
