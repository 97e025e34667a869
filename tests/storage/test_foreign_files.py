"""Files that are not ours are refused before anything is written to them; ours are known by their application id."""

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database

from facilitator.storage.database import APPLICATION_ID, open_database
from facilitator.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError
from facilitator.storage.migrations import MIGRATIONS
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.schema import known_migrations

pytestmark = pytest.mark.sqlite_only  # about the database file itself (a server: tests/storage/test_server_*.py)


def _checksum(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _other_app(path, *statements: str, wal: bool = False) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    for statement in statements:
        conn.execute(statement)
    conn.close()


OTHER_APPS = {
    "bookmarks": ("CREATE TABLE bookmarks (url TEXT, title TEXT)", "INSERT INTO bookmarks VALUES ('https://example.org', 'x')"),
    "own reviews table": ("CREATE TABLE reviews (id INTEGER PRIMARY KEY, stars INTEGER)", "INSERT INTO reviews VALUES (1, 5)"),
    "other application id": ("PRAGMA application_id = 1234", "CREATE TABLE things (x)"),
    "someone else's migrations": (
        "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)",
        "INSERT INTO _sqlite_migrations VALUES ('their-app', '0001_init', '2026-01-01')",
    ),
}


@pytest.mark.parametrize("wal", [False, True], ids=["rollback journal", "wal"])
@pytest.mark.parametrize("statements", OTHER_APPS.values(), ids=OTHER_APPS.keys())
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path, statements, wal):
    """`--db other-app.sqlite` says it is another program's file; its bytes and its folder stay exactly as they were."""
    path = tmp_path / "other-app.sqlite"
    _other_app(path, *statements, wal=wal)
    before, beside = _checksum(path), sorted(os.listdir(tmp_path))

    with pytest.raises(NotADatabaseError, match="another program") as caught:
        open_database(path)

    assert str(path) in str(caught.value)
    assert _checksum(path) == before
    assert sorted(os.listdir(tmp_path)) == beside


def test_a_new_database_carries_our_application_id_and_schema_version(db_path):
    """Every database we create says it is ours, and which schema it has, in its header."""
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(known_migrations())
    finally:
        conn.close()


def test_an_older_database_of_ours_is_known_by_its_migrations_and_marked_when_migrated(db_path):
    """A file from before the application id, known by our migrations table, is migrated and marked as ours."""
    older = Database(db_path, execute_plugins=False)
    MIGRATIONS.apply(older, stop_before=known_migrations()[-1])
    older["reviews"].insert({"incident_ref": "INC-OLD", "title": "t", "incident_date": "2026-01-01", "slot_minutes": 90,
                             "timezone": "UTC", "state": "preparing", "major": 0})
    older.close()

    db = open_database(db_path)
    try:
        assert [r.incident_ref for r in ReviewStore(db).all()] == ["INC-OLD"]
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        db.close()


def test_a_current_database_from_before_the_application_id_is_marked(db_path):
    """Ours at the current schema but written before the application id existed opens and is marked."""
    open_database(db_path).close()
    _other_app(db_path, "PRAGMA application_id = 0", "PRAGMA user_version = 0")
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_a_user_version_raised_by_another_tool_is_refused_untouched(db_path):
    """A schema version beyond what this version knows is noticed, said, and nothing is written."""
    open_database(db_path).close()
    _other_app(db_path, "PRAGMA user_version = 999")
    before, beside = _checksum(db_path), sorted(os.listdir(db_path.parent))

    with pytest.raises(NewerDatabaseError, match="999"):
        open_database(db_path)

    assert _checksum(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == beside


def test_a_device_is_refused_before_sqlite_sees_it():
    """`--db /dev/null` is not a file: refused without opening it."""
    with pytest.raises(NotADatabaseError, match="device, pipe or socket"):
        open_database("/dev/null")


OPEN_FIFO = """
import sys
from facilitator.storage.database import open_database
from facilitator.storage.errors import StorageError
try:
    open_database(sys.argv[1])
except StorageError as e:
    print(e)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    """A FIFO given as the database is refused at once rather than waiting forever for a writer."""
    fifo = tmp_path / "reviews.sqlite3"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-c", OPEN_FIFO, str(fifo)], capture_output=True, text=True, timeout=60)
    assert "device, pipe or socket" in done.stdout, done.stderr


def test_a_broken_link_is_an_error_sentence(tmp_path):
    """A database path that is a link to nowhere is said to be unreadable, not created through."""
    link = tmp_path / "reviews.sqlite3"
    link.symlink_to(tmp_path / "gone" / "reviews.sqlite3")
    with pytest.raises(StorageError, match="cannot be read"):
        open_database(link)
    assert not (tmp_path / "gone").exists()
