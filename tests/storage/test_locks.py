"""Two processes writing one database: a transaction that reads before it writes never fails on a stale read,
and how long a command waits for another's lock can be set."""

import datetime as dt
import subprocess
import sys

import pytest

from facilitator.domain.review import Review
from facilitator.domain.timeline import TimelineEntry
from facilitator.storage import database
from facilitator.storage.busy import lock_holder, used_elsewhere
from facilitator.storage.database import LOCK_WAIT_ENV, lock_wait_s, open_database
from facilitator.storage.reviews import ReviewStore

pytestmark = pytest.mark.sqlite_only  # about the database file itself (a server: tests/storage/test_server_*.py)

WRITE_WHEN_TOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
sys.stdin.readline()
try:
    conn.execute("INSERT INTO reviews (incident_ref, title, incident_date, slot_minutes, timezone, state, major)"
                 " VALUES ('INC-OTHER', 'other', '2026-01-01', 90, 'UTC', 'preparing', 0)")
    print("written", flush=True)
except sqlite3.OperationalError as e:
    print("waiting:", e, flush=True)
sys.stdin.readline()
"""


def test_a_transaction_that_reads_then_writes_survives_another_process_writing_in_between(store, db_path):
    """The import's pattern (read what is there, then add) keeps its turn: another process's write waits for it
    instead of making it fail at once on a stale read (it failed with 'database is locked', retrying nothing)."""
    review = store.create(Review(incident_ref="INC-1", title="t", incident_date=dt.date(2026, 1, 1)))
    other = subprocess.Popen(
        [sys.executable, "-c", WRITE_WHEN_TOLD, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        with store.db.atomic():
            assert store.timeline.count(review.id) == 0
            other.stdin.write("go\n")
            other.stdin.flush()
            other_said = other.stdout.readline()
            store.timeline.add(review.id, [TimelineEntry(at=dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC), actor="Ana", text="Alert")])
    finally:
        other.communicate("\n", timeout=60)
    assert other_said.startswith("waiting:")
    assert store.timeline.count(review.id) == 1


HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
"""


def test_the_process_holding_the_write_lock_is_named_and_seen_using_the_file(db_path):
    """Linux says which process holds the lock: its PID and command line."""
    open_database(db_path).close()
    assert used_elsewhere(db_path) in (False, None)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        said = lock_holder(db_path)
        if said is None:
            pytest.skip("this system does not say who holds a lock")
        assert said.startswith(f"process {holder.pid} (") and "BEGIN IMMEDIATE" in said
        assert used_elsewhere(db_path) is True
    finally:
        holder.communicate("\n", timeout=60)


@pytest.mark.parametrize(("set_to", "wait"), [(None, 30.0), ("0.25", 0.25), ("soon", 30.0), ("-1", 30.0)])
def test_the_wait_for_a_lock_is_thirty_seconds_unless_set(monkeypatch, set_to, wait):
    """Commands wait out a lock of up to 30 s; tests set a shorter wait through the environment."""
    if set_to is None:
        monkeypatch.delenv(LOCK_WAIT_ENV, raising=False)
    else:
        monkeypatch.setenv(LOCK_WAIT_ENV, set_to)
    assert lock_wait_s() == wait
    assert database.BUSY_TIMEOUT_S == 30.0


def test_a_database_waits_as_long_as_asked(db_path):
    """The busy timeout SQLite uses is the wait asked for."""
    db = open_database(db_path, lock_wait=2.5)
    try:
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 2500
    finally:
        db.close()
