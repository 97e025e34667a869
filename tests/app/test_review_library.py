"""The library's use cases: each write changes the library's list and says so to the hub, once."""

import datetime as dt

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.reviews import Reviews, new_review
from facilitator.domain.review import ReviewError
from facilitator.localzone import local_timezone_name


def test_a_new_review_is_about_an_incident_today_in_this_machines_zone():
    review = new_review("INC-1", "Queue backlog")
    assert (review.incident_date, review.timezone) == (dt.date.today(), local_timezone_name())


def test_a_new_reviews_details_override_the_defaults():
    review = new_review("INC-1", "T", dt.date(2026, 1, 2), "Asia/Tokyo", severity="SEV2", slot_minutes=60)
    assert (review.incident_date, review.timezone, review.severity, review.slot_minutes) == (
        dt.date(2026, 1, 2), "Asia/Tokyo", "SEV2", 60,
    )


def test_creating_a_review_stores_it_and_changes_the_library(store, hub, heard):
    made = Reviews(store, hub).create(new_review("INC-1", "Queue backlog"))
    assert store.get(made.review.id).title == "Queue backlog"
    assert heard == [made.changed] == [Changed(Change.LIBRARY, made.review.id)]


def test_a_review_that_is_not_valid_is_not_stored_and_nothing_is_said(store, hub, heard):
    with pytest.raises(ReviewError):
        Reviews(store, hub).create(new_review(" ", "No reference"))
    assert store.all() == [] and heard == []


def test_copy_delete_restore_and_purge_each_change_the_library(store, hub, heard, review):
    reviews = Reviews(store, hub)
    copy = reviews.duplicate(review.id)
    assert copy.review.id != review.id and copy.changed == Changed(Change.LIBRARY, copy.review.id)
    assert reviews.delete(review.id) == Changed(Change.LIBRARY, review.id)
    assert [r.id for r in reviews.all()] == [copy.review.id]
    assert reviews.restore(review.id).review == review
    reviews.delete(copy.review.id)
    assert reviews.purge_deleted() == Changed(Change.LIBRARY)
    assert [r.id for r in reviews.all()] == [review.id]
    assert [c.kinds for c in heard] == [Change.LIBRARY] * 5


def test_purging_with_nothing_set_aside_says_nothing(store, hub, heard, review):
    assert not Reviews(store, hub).purge_deleted()
    assert heard == []
