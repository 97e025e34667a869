"""Many rows written at once (an import of a long timeline), on both backends: a server gets them in batches."""

import datetime as dt

from facilitator.domain.review import Review
from facilitator.domain.timeline import TimelineEntry
from facilitator.storage.dialect import many_rows, postgres_sql
from facilitator.storage.timeline import _INSERT_IMPORTED

START = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def _entries(count: int, offset: int = 0) -> list[TimelineEntry]:
    return [TimelineEntry(at=START + dt.timedelta(seconds=i + offset), actor="ops", text=f"line {i + offset}") for i in range(count)]


def test_a_long_import_is_stored_whole_and_once_however_often_it_is_repeated(store):
    review_id = store.create(Review(incident_ref="INC-5", title="Backlog", incident_date=dt.date(2026, 3, 1))).id
    assert store.timeline.add(review_id, _entries(1500)) == 1500
    version = store.timeline.version()
    assert store.timeline.add(review_id, _entries(1500, offset=1000)) == 1000  # 500 already there
    assert store.timeline.version() > version
    texts = [entry.text for entry in store.timeline.entries(review_id)]
    assert texts == [f"line {i}" for i in range(2500)]


def test_a_batched_insert_puts_every_row_in_order_once():
    batched = many_rows(postgres_sql(_INSERT_IMPORTED))
    assert batched is not None
    rows = [{name: f"{name}{i}" for name in batched.names} for i in range(1000)]
    statements = list(batched.batches(rows))
    assert len(statements) > 1
    assert all(len(sql) <= 4096 for sql, _ in statements)
    assert [value for _, values in statements for value in values] == [row[name] for row in rows for name in batched.names]
    assert all(sql.endswith(" ON CONFLICT DO NOTHING") and sql.count("%s") == len(values) for sql, values in statements)


def test_an_upsert_that_updates_is_not_batched():
    upsert = "INSERT INTO write_queues (name, written) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET written = excluded.written"
    assert many_rows(postgres_sql(upsert)) is None
