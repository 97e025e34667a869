"""What a kill leaves half-written (a backup, an export) is never taken for the real thing and is removed at the
next start; only the last few backups are kept."""

import os
import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database

from facilitator.storage.connection import Connection
from facilitator.storage.database import KEPT_BACKUPS, backup_before_migrating, open_database
from facilitator.storage.migrations import MIGRATIONS
from facilitator.storage.paths import remove_leftovers
from facilitator.storage.schema import known_migrations

pytestmark = pytest.mark.sqlite_only  # about the database file itself (a server: tests/storage/test_server_*.py)


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait(timeout=60)
    return process.pid


def test_only_our_abandoned_temporary_files_are_removed(tmp_path):
    """Our hidden temporary names whose writer is gone are removed; a live writer's, and anyone else's files, stay."""
    dead = _dead_pid()
    ours = [f".review.md.facilitator-{dead}-k2j4x_9a.tmp", f".db.before-0011.sqlite3.facilitator-{dead}-0a1b2c3d.tmp-journal"]
    kept = [
        f".review.md.facilitator-{os.getpid()}-abcdefgh.tmp",
        ".review.md.k2j4x_9a.tmp",
        ".notes.md.swp",
        "review.md",
        f"review.md.facilitator-{dead}-abcdefgh.tmp",
    ]
    for name in ours + kept:
        (tmp_path / name).write_text("x")
    (tmp_path / f".folder.facilitator-{dead}-abcdefgh.tmp").mkdir()

    removed = remove_leftovers(tmp_path)

    assert sorted(p.name for p in removed) == sorted(ours)
    assert sorted(os.listdir(tmp_path)) == sorted(kept + [f".folder.facilitator-{dead}-abcdefgh.tmp"])


def test_opening_the_database_removes_a_backup_a_kill_left_half_written(db_path):
    """A backup interrupted by a kill is removed when the database is next opened."""
    open_database(db_path).close()
    dead = _dead_pid()
    half = db_path.with_name(f".reviews.before-0011_x.20260101-000000.sqlite3.facilitator-{dead}-0a1b2c3d.tmp")
    half.write_bytes(b"SQLite format 3\x00")
    half.with_name(half.name + "-journal").write_bytes(b"\0" * 512)

    open_database(db_path).close()

    assert sorted(os.listdir(db_path.parent)) == ["reviews.sqlite3"]


KILLED_WHILE_BACKING_UP = """
import os, signal, sys
from facilitator.storage import database

database.os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
database.open_database(sys.argv[1])
"""


def test_a_kill_during_the_backup_before_migrating_leaves_no_false_backup(db_path):
    """Killed while copying the database before a migration: nothing named like a backup is left, the database is
    untouched, and the next start removes the half copy, backs up and migrates."""
    older = Database(db_path, execute_plugins=False)
    MIGRATIONS.apply(older, stop_before=known_migrations()[-1])
    older.close()

    killed = subprocess.run([sys.executable, "-c", KILLED_WHILE_BACKING_UP, str(db_path)], capture_output=True, timeout=60)

    assert killed.returncode == -9, killed.stderr
    assert list(db_path.parent.glob("*.before-*.sqlite3")) == []
    db = open_database(db_path)
    db.close()
    names = os.listdir(db_path.parent)
    assert not [name for name in names if name.endswith((".tmp", ".tmp-journal"))], names
    backups = list(db_path.parent.glob("*.before-*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert "reviews" in {name for (name,) in copy.execute("SELECT name FROM sqlite_master")}
    finally:
        copy.close()


def test_only_the_last_backups_are_kept(db_path):
    """Old backups still hold reviews deleted since: only the last KEPT_BACKUPS stay beside the database."""
    open_database(db_path).close()
    db = Connection(db_path)
    try:
        made = []
        for number in range(KEPT_BACKUPS + 2):
            made.append(backup_before_migrating(db, db_path, f"{9000 + number}_next"))
            os.utime(made[-1], (1_700_000_000 + number, 1_700_000_000 + number))
    finally:
        db.close()
    assert sorted(db_path.parent.glob("*.before-*.sqlite3")) == sorted(made[-KEPT_BACKUPS:])
