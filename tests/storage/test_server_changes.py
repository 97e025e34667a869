"""Live changes on a server: every committed write is announced (NOTIFY), a watch reads what arrived without
asking the network, and two processes writing notes to one review each see the other's."""

import datetime as dt
import json
import select
import subprocess
import sys

import psycopg
import pytest

from facilitator.domain.notes import Note
from facilitator.domain.review import Review
from facilitator.storage.changes import Change, ChangeWatch, ServerChangeWatch
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
        _wait_readable(watch.server)
        assert watch.changed() is False  # our own notice came, and was left out
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


def test_a_connection_the_server_drops_says_so_in_one_sentence(server_database, postgres_server):
    """The base the offline journal builds on: a lost server is a ServerError sentence, for a write and a watch."""
    from facilitator.storage.errors import ServerError

    store = ReviewStore(open_database(server_database))
    watch = ServerChangeWatch(store.db)
    with psycopg.connect(postgres_server.url("postgres"), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [store.db.backend_pid])
        admin.execute("SELECT pg_terminate_backend(%s)", [watch.listener.backend_pid])
    with pytest.raises(ServerError, match=r"^the database server at postgresql://\S+ could not be used \(.+\); nothing more was written$") as lost:
        _review(store)
    assert "\n" not in str(lost.value)
    with pytest.raises(ServerError, match="could not be used"):  # at the latest when the socket says so again
        for _ in range(3):
            _wait_readable(watch)
            watch.drain()
    store.db.close()
    watch.close()


def test_a_row_locked_longer_than_the_wait_is_busy_at_once_not_waited_out_again(server_database):
    """The server's lock timeout comes out as SQLite's plain busy error, which retry_when_busy raises at once."""
    import sqlite3

    from facilitator.storage.busy import ATTEMPTS

    store = ReviewStore(open_database(server_database, lock_wait=0.05))
    holder = ReviewStore(open_database(server_database))
    review_id = _review(store)
    store.notes.save_draft(review_id, "first", NOW)
    tries = []
    original = store.db.execute

    def counted(sql, params=()):
        if sql.startswith("INSERT INTO note_drafts"):
            tries.append(sql)
        return original(sql, params)

    store.db.execute = counted
    try:
        with holder.db.atomic():
            holder.notes.save_draft(review_id, "the other window's", NOW)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                store.notes.save_draft(review_id, "mine", NOW)
        assert len(tries) == 1 < ATTEMPTS
    finally:
        store.db.close()
        holder.db.close()


def test_an_export_goes_ahead_when_the_server_cannot_note_its_folder(server_database, postgres_server, tmp_path):
    store = ReviewStore(open_database(server_database))
    with psycopg.connect(postgres_server.url("postgres"), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [store.db.backend_pid])
    assert store.exports.note_folder(str(tmp_path), NOW) is False
    store.db.close()


def test_a_write_the_server_refuses_sends_no_notice_and_a_review_change_names_its_review(two_stores):
    import sqlite3

    first, second = two_stores
    review_id = _review(first)
    watch = ServerChangeWatch(second.db)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            first.db.execute("INSERT INTO notes (review_id, text, tag, wall_utc) VALUES (?, ?, ?, ?)", [999999, "x", "fact", "t"])
        first.meeting.set_current_key_question(review_id, "what-surprised-us")
        _wait_readable(watch)
        assert watch.drain() == [Change(("reviews",), (review_id,))]
    finally:
        watch.close()
