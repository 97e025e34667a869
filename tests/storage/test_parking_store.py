"""Parked items, actions and comments in the database; an anonymous comment's author is nowhere on disk."""

import datetime as dt

import pytest

from facilitator.domain.actions import Action, Priority
from facilitator.domain.comments import Comment
from facilitator.domain.parking import Fate, ParkCategory, ParkedItem, with_fate
from facilitator.domain.review import Review

NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


def _review(store):
    return store.create(Review(incident_ref="INC-5", title="Cert expiry", incident_date=dt.date(2026, 11, 1), timezone="UTC"))


def test_parked_items_read_back_with_their_fate(store):
    """An item parked, then given a fate, reads back with category, who raised it and the reason."""
    review = _review(store)
    item = store.parking.add(review.id, ParkedItem("Alert 14 days before expiry", ParkCategory.PREVENTION, NOW, raised_by="Bo"))
    store.parking.update(with_fate(item, Fate.DROPPED, "already on the roadmap"))
    again = store.parking.items(review.id)[0]
    assert (again.text, again.category, again.raised_by) == ("Alert 14 days before expiry", ParkCategory.PREVENTION, "Bo")
    assert (again.fate, again.fate_reason) == (Fate.DROPPED, "already on the roadmap")


def test_removed_items_and_actions_come_back_exactly(store):
    """Removing returns what restore() needs to put the same row back."""
    review = _review(store)
    item = store.parking.add(review.id, ParkedItem("Runbook for rollback", ParkCategory.ACTION_IDEA, NOW))
    store.parking.restore(store.parking.remove(item.id))
    assert store.parking.get(item.id) == item
    action = store.parking.add_action(review.id, Action("Write the rollback runbook", "Ada"))
    store.parking.restore_action(store.parking.remove_action(action.id))
    assert store.parking.get_action(action.id) == action


def test_actions_are_added_at_the_bottom_and_reranked(store):
    """New actions go last; set_ranks reorders them."""
    review = _review(store)
    first = store.parking.add_action(review.id, Action("One", "Ada", priority=Priority.HIGH, due=dt.date(2026, 12, 1)))
    second = store.parking.add_action(review.id, Action("Two", "Bo", isms_impact=True, tracker_ref="FOLLOW-12"))
    assert [a.title for a in store.parking.actions(review.id)] == ["One", "Two"]
    store.parking.set_ranks([(second.id, 0), (first.id, 1)])
    actions = store.parking.actions(review.id)
    assert [a.title for a in actions] == ["Two", "One"]
    assert actions[0].isms_impact and actions[0].tracker_ref == "FOLLOW-12"
    assert actions[1].due == dt.date(2026, 12, 1) and actions[1].priority is Priority.HIGH


@pytest.mark.sqlite_only  # the bytes of the SQLite files
def test_an_anonymous_comments_author_is_nowhere_in_the_database_files(store, db_path):
    """A comment first saved with its author and then made anonymous leaves no trace of the name on disk,
    in the database file or its write-ahead log, even while the database is still open."""
    review = _review(store)
    comment = store.comments.add(review.id, Comment("I did not feel able to say no to the change", author="Zephyrine Quill"))
    store.comments.update(Comment(comment.text, author=None, id=comment.id))
    assert store.comments.get(comment.id).anonymous
    files = [path for path in db_path.parent.iterdir() if path.name.startswith(db_path.name)]
    assert files
    for path in files:
        assert b"Zephyrine" not in path.read_bytes(), path.name


def test_an_anonymous_comments_author_is_in_no_export(store, tmp_path):
    """Neither the record, the archive nor the follow-ups of a review name the sender of an anonymous comment."""
    from facilitator.domain.actions import Action
    from facilitator.export.follow_ups import follow_ups_csv, follow_ups_json
    from facilitator.app.record_files import FileFormat, review_text

    review = _review(store)
    comment = store.comments.add(review.id, Comment("Nobody asked the on-call engineer first", author="Zephyrine Quill"))
    store.comments.update(Comment(comment.text, author=None, id=comment.id))
    store.parking.add_action(review.id, Action("Ask on-call before changes", "Ada"))
    texts = [
        review_text(store, review.id, FileFormat.MARKDOWN),
        review_text(store, review.id, FileFormat.JSON),
        follow_ups_csv(review, store.parking.actions(review.id)),
        follow_ups_json(review, store.parking.actions(review.id)),
    ]
    assert texts[0].startswith("---") and "Nobody asked the on-call engineer first" in texts[0]
    for text in texts:
        assert "Zephyrine" not in text
