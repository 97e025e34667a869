"""How closely each entry's time is known is stored with it, and entries stored before that was kept read as exact."""

import datetime as dt
from dataclasses import replace

from facilitator.domain.review import Review
from facilitator.domain.timeline import TimelineEntry, TimePrecision

AT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _review(store):
    return store.create(Review(incident_ref="INC-8", title="Disk full", incident_date=dt.date(2026, 3, 2), timezone="UTC"))


def test_each_precision_reads_back_as_imported(store):
    """Exact, approximate and date-only entries come back from the store as they went in."""
    review = _review(store)
    store.timeline.add(review.id, [
        TimelineEntry(AT, "", "exact"),
        TimelineEntry(AT, "", "roughly", precision=TimePrecision.APPROXIMATE),
        TimelineEntry(AT, "", "that day", precision=TimePrecision.DATE_ONLY),
    ])
    assert {e.text: e.precision for e in store.timeline.entries(review.id)} == {
        "exact": TimePrecision.EXACT, "roughly": TimePrecision.APPROXIMATE, "that day": TimePrecision.DATE_ONLY,
    }


def test_a_row_written_without_a_precision_is_exact(store):
    """Rows from before migration 0008 (and any writer that leaves it out) read as exact times."""
    review = _review(store)
    store.db.execute(
        "INSERT INTO timeline_entries (review_id, at_utc, actor, text) VALUES (?, ?, '', 'old row')",
        [review.id, AT.isoformat(timespec="microseconds")],
    )
    (entry,) = store.timeline.entries(review.id)
    assert entry.precision is TimePrecision.EXACT


def test_an_edited_entry_keeps_its_precision(store):
    """Saving new words for a rough entry keeps it rough."""
    review = _review(store)
    store.timeline.add(review.id, [TimelineEntry(AT, "", "roughly", precision=TimePrecision.APPROXIMATE)])
    (entry,) = store.timeline.entries(review.id)
    assert store.timeline.update(replace(entry, text="about then")).precision is TimePrecision.APPROXIMATE
