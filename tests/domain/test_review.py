"""Review details as a user types them: trimmed, checked, and refused with a sentence."""

import datetime as dt

import pytest

from facilitator.domain.review import (
    SLOT_MINUTES_MAX,
    SLOT_MINUTES_MIN,
    Review,
    ReviewError,
    ReviewState,
    checked,
    copy_title,
    timezone_names,
)


def _review(**changes) -> Review:
    fields = {
        "incident_ref": "INC-2417",
        "title": "Checkout errors",
        "incident_date": dt.date(2026, 10, 14),
        **changes,
    }
    return Review(**fields)


def test_checked_trims_the_text_a_user_typed():
    """Stray spaces around typed fields are dropped before the review is kept."""
    review = checked(
        _review(
            incident_ref="  INC-2417 ",
            title="\tCheckout errors \n",
            severity=" SEV2 ",
            client=" Harbour & Lane ",
            folder=" /srv/incidents/2417 ",
        )
    )
    assert review.incident_ref == "INC-2417"
    assert review.title == "Checkout errors"
    assert review.severity == "SEV2"
    assert review.client == "Harbour & Lane"
    assert review.folder == "/srv/incidents/2417"


def test_checked_keeps_everything_else_as_given():
    """Checking a review changes nothing but surrounding spaces."""
    review = _review(major=True, slot_minutes=45, timezone="Europe/London", state=ReviewState.HELD)
    assert checked(review) == review


@pytest.mark.parametrize("ref", ["", "   ", "\t\n"])
def test_empty_incident_reference_is_refused(ref):
    """A review cannot be saved without an incident reference."""
    with pytest.raises(ReviewError, match="incident reference"):
        checked(_review(incident_ref=ref))


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_empty_title_is_refused(title):
    """A review cannot be saved without a title."""
    with pytest.raises(ReviewError, match="title"):
        checked(_review(title=title))


@pytest.mark.parametrize("minutes", [SLOT_MINUTES_MIN, 31, 90, 239, SLOT_MINUTES_MAX])
def test_slot_within_bounds_is_accepted(minutes):
    """Meeting slots from 30 to 240 minutes, both ends included, are accepted."""
    assert (SLOT_MINUTES_MIN, SLOT_MINUTES_MAX) == (30, 240)
    assert checked(_review(slot_minutes=minutes)).slot_minutes == minutes


@pytest.mark.parametrize("minutes", [-90, 0, 29, 241, 10_000])
def test_slot_out_of_bounds_is_refused_with_the_range(minutes):
    """A slot shorter than 30 or longer than 240 minutes is refused, saying the allowed range."""
    with pytest.raises(ReviewError, match=f"between 30 and 240 minutes, not {minutes}"):
        checked(_review(slot_minutes=minutes))


@pytest.mark.parametrize(
    "zone",
    [
        "",
        "Mars/Olympus",
        "utc",
        "UTC ",
        "Europe",
        "Europe/",
        "America",
        "/etc/passwd",
        "../../etc/passwd",
        "zone.tab",
        "a\x00b",
        "x" * 300,
    ],
)
def test_bad_time_zone_name_is_refused_with_a_sentence(zone):
    """A name that is not a time zone is refused with a hint rather than crashing the app."""
    with pytest.raises(ReviewError, match="is not a time zone name"):
        checked(_review(timezone=zone))


@pytest.mark.parametrize("zone", ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata"])
def test_real_time_zone_names_are_accepted(zone):
    """Ordinary IANA time zone names are accepted."""
    assert checked(_review(timezone=zone)).timezone == zone


def test_with_changes_is_checked_like_a_new_review():
    """Editing a review refuses the same bad input as creating one."""
    review = _review()
    assert review.with_changes(title=" New title ").title == "New title"
    with pytest.raises(ReviewError):
        review.with_changes(slot_minutes=SLOT_MINUTES_MAX + 1)


def test_time_zone_choices_start_with_utc_and_include_london():
    """The time zone list offers UTC first and contains Europe/London, once each."""
    names = timezone_names()
    assert names[0] == "UTC"
    assert "Europe/London" in names
    assert names.count("UTC") == 1
    assert list(names[1:]) == sorted(names[1:])


def test_every_time_zone_choice_is_accepted():
    """Every zone the list offers can be saved on a review."""
    for name in timezone_names():
        checked(_review(timezone=name))


def test_copy_title_marks_the_copy():
    """A duplicated review's title says it is a copy."""
    assert copy_title("Checkout errors") == "Checkout errors (copy)"
