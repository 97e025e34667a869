"""Opening the database file: checks, permissions, WAL, and migrations with a backup first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

from .errors import NewerDatabaseError, NotADatabaseError
from .migrations import MIGRATIONS
from .paths import private_file

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


def open_database(path: Path | str, migrations: Migrations = MIGRATIONS) -> Database:
    """The review database at path, created owner-only and migrated to this version."""
    path = Path(path)
    _refuse_foreign_file(path)
    private_file(path)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        db = Database(conn, execute_plugins=False)
        _read_schema(db, path)
        _refuse_newer(db, path, migrations)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA secure_delete = ON")
        _migrate(db, path, migrations)
    except BaseException:
        conn.close()
        raise
    return db


def _refuse_foreign_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a review database.")
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(f"{path} is not a review database (it is not an SQLite file).")


def _read_schema(db: Database, path: Path) -> None:
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise NotADatabaseError(f"{path} is damaged and cannot be read ({e}).") from None


def _refuse_newer(db: Database, path: Path, migrations: Migrations) -> None:
    known = {m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Facilitator; "
            "update the app to open it (the file was left untouched)."
        )


def _migrate(db: Database, path: Path, migrations: Migrations) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    if db.table_names():
        backup_before_migrating(db, path, pending[0].name)
    migrations.apply(db)


def backup_before_migrating(db: Database, path: Path, first_pending: str) -> Path:
    """A full copy of the database next to it, owner-only, before its schema changes."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = private_file(path.with_name(f"{path.stem}.before-{first_pending}.{stamp}.sqlite3"))
    with sqlite3.connect(target) as copy:
        db.conn.backup(copy)
    copy.close()
    return target
