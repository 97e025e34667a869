"""The windows' watch on a team server: another process's write arrives as a report saying what it changed,
by LISTEN/NOTIFY, with nothing polled over the network."""

import datetime as dt

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.server_link import reports
from facilitator.domain.notes import Note, Place
from facilitator.domain.review import Review
from facilitator.storage.changes import Change as Notice
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.ui.common.store_events import StoreEvents


@pytest.fixture
def server_store(server_database):
    store = ReviewStore(open_database(server_database))
    yield store
    store.db.close()


def test_a_note_written_by_another_process_is_reported_as_notes_of_its_review(qapp, qtbot, server_store, server_database):
    """Another connection keeps a note: the window's events report NOTES for that review, without a poll timer."""
    review = server_store.create(Review(incident_ref="INC-9", title="Cache", incident_date=dt.date(2026, 10, 14)))
    events = StoreEvents(server_store)
    try:
        assert events.server is not None
        other = ReviewStore(open_database(server_database))
        try:
            heard = []
            events.reported.connect(heard.append)
            other.notes.keep(review.id, Note("From the other laptop", dt.datetime.now(dt.UTC), Place(None)))
            qtbot.waitUntil(lambda: any(r.touches(Change.NOTES, review.id) for r in heard))
            assert all(r.review_id == review.id and not r.touches(Change.PEOPLE) for r in heard)
        finally:
            other.db.close()
    finally:
        events.stop()


def test_notices_become_one_report_per_review_and_an_unnamed_table_means_everything():
    """Notes and parking of review 3 are one report; a notice naming no review covers every review."""
    assert reports([Notice(("notes",), (3,)), Notice(("parked_items",), (3,))]) == [Changed(Change.NOTES | Change.PARKING, 3)]
    assert reports([Notice(("write_queues",), (3,))]) == []
    assert reports([Notice((), ()), Notice(("notes",), (3,))]) == [Changed(Change.EVERYTHING, None)]
