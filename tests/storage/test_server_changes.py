"""Live changes on a server: every committed write is announced (NOTIFY), a watch reads what arrived without
asking the network, and two processes writing notes to one review each see the other's."""

import datetime as dt
import json
import select
import subprocess
import sys

import pytest

from facilitator.domain.notes import Note
from facilitator.domain.review import Review
from facilitator.storage.changes import ChangeWatch, ServerChangeWatch
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def two_stores(server_database):
    first, second = ReviewStore(open_database(server_database)), ReviewStore(open_database(server_database))
    yield first, second
    first.db.close()
    second.db.close()


def _review(store) -> int:
    return store.create(Review(incident_ref="INC-7", title="Queue backlog", incident_date=dt.date(2026, 11, 1))).id


def _wait_readable(watch: ServerChangeWatch) -> None:
    """Block on the watch's socket (as a QSocketNotifier would) until the server sends something, 10 s at most."""
    readable, _, _ = select.select([watch.fileno()], [], [], 10)
    assert readable, "no notification arrived within 10 s"


def test_a_committed_note_is_announced_with_its_table_and_review(two_stores):
    first, second = two_stores
    review_id = _review(first)
    watch = ServerChangeWatch(second.db)
    try:
        assert watch.drain() == []
        first.notes.keep(review_id, Note("The alert fired late", NOW))
        _wait_readable(watch)
        changes = watch.drain()
        assert any("notes" in change.tables and review_id in change.reviews for change in changes)
        assert watch.drain() == []  # each change is read once
    finally:
        watch.close()


def test_nothing_is_announced_before_the_commit_nor_for_a_rolled_back_write(two_stores):
    first, second = two_stores
    review_id = _review(first)
    watch = ServerChangeWatch(second.db)
    try:
        with first.db.atomic():
            first.notes.add(review_id, Note("Inside the transaction", NOW))
            assert watch.drain() == []
            assert not select.select([watch.fileno()], [], [], 0)[0]
        _wait_readable(watch)
        assert watch.drain()
        with pytest.raises(RuntimeError), first.db.atomic():
            first.notes.add(review_id, Note("Taken back", NOW))
            raise RuntimeError("changed my mind")
        first.notes.add(review_id, Note("After", NOW))  # a later write's notice shows the one before never came
        _wait_readable(watch)
        (change,) = watch.drain()
        assert change.tables == ("notes",)
    finally:
        watch.close()


def test_the_change_watch_on_a_server_skips_its_own_connections_writes(two_stores):
    first, second = two_stores
    review_id = _review(first)
    watch = ChangeWatch(first.db)
    try:
        first.notes.add(review_id, Note("Mine", NOW))
        second.notes.add(review_id, Note("Theirs", NOW))
        _wait_readable(watch.server)
        if not watch.changed():  # what woke the socket was its own write's notice, skipped: the other's follows
            _wait_readable(watch.server)
            assert watch.changed() is True
        assert watch.changed() is False
    finally:
        watch.close()


WRITER = r"""
import datetime as dt, json, select, sys
from facilitator.domain.notes import Note
from facilitator.storage.changes import ServerChangeWatch
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

url, review_id, who, each = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
store = ReviewStore(open_database(url))
watch = ServerChangeWatch(store.db)
now = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)
for i in range(each):
    store.notes.keep(review_id, Note(f"{who} {i}", now + dt.timedelta(seconds=i)))
while len(store.notes.notes(review_id)) < 2 * each:  # the other's notes: wait for the server to say they came
    if not select.select([watch.fileno()], [], [], 20)[0]:
        break
    watch.drain()
print(json.dumps(sorted(note.text for note in store.notes.notes(review_id))))
"""


def test_two_processes_writing_notes_to_one_review_each_see_the_others(server_database):
    store = ReviewStore(open_database(server_database))
    review_id = _review(store)
    each = 15
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, server_database, str(review_id), who, str(each)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for who in ("facilitator", "note-taker")
    ]
    seen = []
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        seen.append(json.loads(out))
    expected = sorted([f"facilitator {i}" for i in range(each)] + [f"note-taker {i}" for i in range(each)])
    assert seen == [expected, expected]
    assert sorted(n.text for n in store.notes.notes(review_id)) == expected
    store.db.close()
