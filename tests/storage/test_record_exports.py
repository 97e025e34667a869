"""Remembering each record file written and a hash of what was written, per review."""

import datetime as dt

from facilitator.domain.review import Review

NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


def _review(store, ref="INC-1"):
    return store.create(Review(ref, "Checkout errors", dt.date(2026, 10, 14), recording="recording.mp4"))


def test_the_last_hash_written_to_each_path_is_remembered(store):
    """Each path keeps the hash of the latest write; other reviews have their own."""
    first, second = _review(store), _review(store, "INC-2")
    store.exports.remember(first.id, "/f/r.md", "aaa", NOW)
    store.exports.remember(first.id, "/f/r.md", "bbb", NOW)
    store.exports.remember(first.id, "/f/r-2.md", "ccc", NOW)
    assert store.exports.written(first.id) == {"/f/r.md": "bbb", "/f/r-2.md": "ccc"}
    assert store.exports.written(second.id) == {}


def test_purging_a_review_forgets_its_files(store):
    """A review purged for good leaves no trace of where its records went."""
    review = _review(store)
    store.exports.remember(review.id, "/f/r.md", "aaa", NOW)
    store.delete(review.id)
    store.purge_deleted()
    assert store.db.count("record_exports") == 0


def test_the_recording_link_is_stored_with_the_review(store):
    """Where the recording is comes back with the review, trimmed."""
    review = _review(store)
    assert store.get(review.id).recording == "recording.mp4"
    store.update(review.with_changes(recording="  https://example.com/rec  "))
    assert store.get(review.id).recording == "https://example.com/rec"
