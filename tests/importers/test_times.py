"""Times as files write them land on the right instant of the review's calendar."""

import datetime as dt

import pytest
from importer_data import BST, INCIDENT_DATE

from facilitator.importers import ImportContext, ImportProblem
from facilitator.importers.times import TimePlacer, leading_time


def _placed(context, *stamps):
    placer = TimePlacer(context)
    return [placer.place(stamp, f"line {number}") for number, stamp in enumerate(stamps, start=1)]


def test_time_of_day_takes_the_incident_date_in_the_review_zone(context):
    """'18:42' alone is 18:42 London time on the incident date."""
    (at,) = _placed(context, "18:42")
    assert at == dt.datetime(2026, 10, 14, 18, 42, tzinfo=BST)
    assert at.astimezone(dt.UTC).hour == 17


def test_times_of_day_roll_over_midnight(context):
    """A clock that jumps back from late evening to just after midnight has moved to the next day."""
    placed = _placed(context, "23:10", "23:58", "00:20", "01:05", "09:30")
    assert [at.date() for at in placed] == [INCIDENT_DATE] * 2 + [dt.date(2026, 10, 15)] * 3
    assert placed == sorted(placed)


def test_a_slightly_earlier_time_is_out_of_order_not_the_next_day(context):
    """An entry noted a few minutes before the previous one stays on the same day."""
    placed = _placed(context, "18:47", "18:42", "18:50")
    assert [at.date() for at in placed] == [INCIDENT_DATE] * 3


def test_a_long_incident_rolls_over_twice(context):
    """Each midnight crossed moves the following times one more day on."""
    placed = _placed(context, "22:00", "02:00", "23:30", "00:30")
    assert [at.day for at in placed] == [14, 15, 15, 16]


def test_a_dated_time_moves_the_day_for_the_times_after_it(context):
    """After '2026-10-16 08:00', a bare '09:00' is on the 16th too."""
    placed = _placed(context, "18:42", "2026-10-16 08:00", "09:00")
    assert [at.day for at in placed] == [14, 16, 16]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2026-10-14T17:42:05Z", dt.datetime(2026, 10, 14, 17, 42, 5, tzinfo=dt.UTC)),
        ("2026-10-14 18:42:05.250+01:00", dt.datetime(2026, 10, 14, 18, 42, 5, 250_000, tzinfo=BST)),
        ("18:42 UTC", dt.datetime(2026, 10, 14, 18, 42, tzinfo=dt.UTC)),
        ("13:42 -04:00", dt.datetime(2026, 10, 14, 13, 42, tzinfo=dt.timezone(dt.timedelta(hours=-4)))),
        ("2026-10-14T13:42-04:00", dt.datetime(2026, 10, 14, 13, 42, tzinfo=dt.timezone(dt.timedelta(hours=-4)))),
        ("18:42 GMT+2", dt.datetime(2026, 10, 14, 18, 42, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
    ],
)
def test_explicit_offsets_are_respected(context, stamp, expected):
    """A time that names its offset or UTC keeps it instead of the review's zone."""
    (at,) = _placed(context, stamp)
    assert at == expected
    assert at.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "stamp",
    [
        "14/10/2026 18:42",
        "10/14/2026 18:42",
        "14.10.26 18:42",
        "2026/10/14 6:42 PM",
        "14 Oct 2026 18:42",
        "Oct 14, 2026 6:42 pm",
        "Wednesday 14 October 18:42",
        "Oct 14th at 18:42",
        "**18:42**",
        "`18:42:00`",
    ],
)
def test_the_ways_people_write_a_time_all_mean_the_same_moment(context, stamp):
    """Spreadsheet, US, European, month-name and Markdown-wrapped forms all read as 18:42 BST on the 14th."""
    (at,) = _placed(context, stamp)
    assert at == dt.datetime(2026, 10, 14, 18, 42, tzinfo=BST)


def test_an_ambiguous_date_is_read_nearest_the_incident():
    """'03/04/2026' is 3 April for an April incident and 4 March for a March one."""
    april = ImportContext(dt.date(2026, 4, 2), "UTC")
    march = ImportContext(dt.date(2026, 3, 5), "UTC")
    assert _placed(april, "03/04/2026 10:00")[0].date() == dt.date(2026, 4, 3)
    assert _placed(march, "03/04/2026 10:00")[0].date() == dt.date(2026, 3, 4)


def test_a_date_without_a_year_takes_the_year_nearest_the_incident():
    """'Jan 2' during a New Year's Eve incident is the following January."""
    new_year = ImportContext(dt.date(2026, 12, 31), "UTC")
    assert _placed(new_year, "Jan 2 10:00")[0].date() == dt.date(2027, 1, 2)


def test_a_heading_date_sets_the_day_of_the_times_under_it(context):
    """After 'Thursday 15 October', a bare '09:00' is on the 15th."""
    placer = TimePlacer(context)
    assert placer.set_day("Thursday 15 October")
    assert placer.place("09:00", "line 3").date() == dt.date(2026, 10, 15)
    assert not placer.set_day("What went well")


@pytest.mark.parametrize(
    ("stamp", "message"),
    [
        ("soon", 'line 1: no time found in "soon"'),
        ("25:61", 'line 1: not a real date or time "25:61"'),
        ("2026-02-30 10:00", 'line 1: not a real date or time "2026-02-30 10:00"'),
        ("13:00 PM", 'line 1: not a real date or time "13:00 PM"'),
        ("0226-10-14 18:40", 'line 1: "0226-10-14 18:40" is in the year 226, which cannot be right'),
    ],
)
def test_a_bad_time_is_an_import_problem_that_says_where_and_what(context, stamp, message):
    """A time that is missing or impossible is reported with its line and the text found."""
    with pytest.raises(ImportProblem) as raised:
        _placed(context, stamp)
    assert str(raised.value) == message


def test_an_unknown_review_zone_is_an_import_problem():
    """A review whose zone is not a real one cannot place times, and says so."""
    with pytest.raises(ImportProblem, match='unknown time zone "Mars/Olympus"'):
        TimePlacer(ImportContext(INCIDENT_DATE, "Mars/Olympus"))


@pytest.mark.parametrize("written", ["15:20-15:45", "2025-01-06 15:20-15:45", "15:20-15:45 UTC"])
def test_a_range_written_with_a_hyphen_is_no_offset(context, written):
    """'15:20-15:45' is a quarter of an hour from 15:20, not 15:20 at UTC-15:45: the time ends before the hyphen."""
    found = leading_time(written)
    assert found is not None and found[1].startswith("-15:45")
    with pytest.raises(ImportProblem, match="no time found"):
        TimePlacer(context).place(written, "line 2")
