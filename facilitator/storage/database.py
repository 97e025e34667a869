"""Opening the database file: checks, permissions, WAL, and migrations with a backup first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .connection import Connection, open_here
from .errors import NewerDatabaseError, NotADatabaseError
from .paths import private_file
from .schema import MIGRATION_SET, applied_migrations, known_migrations, load_schema

if TYPE_CHECKING:
    from sqlite_utils import Migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


def open_database(path: Path | str, migrations: Migrations | None = None) -> Connection:
    """The review database at path, owner-only and at this version; sqlite-utils is loaded only to migrate."""
    path = Path(path)
    _refuse_foreign_file(path)
    private_file(path)
    db = Connection(path, timeout=BUSY_TIMEOUT_S)
    try:
        _read_schema(db, path)
        if migrations is None:
            pending = _pending(db, path, known_migrations(), MIGRATION_SET)
        else:
            pending = _pending(db, path, _names(migrations), migrations.name)
        _set_pragmas(db)
        if pending and migrations is None and not db.table_names():
            load_schema(db)
        elif pending:
            _migrate(db, path, migrations or _app_migrations(), pending[0])
    except BaseException:
        db.close()
        raise
    return db


def _refuse_foreign_file(path: Path) -> None:
    """A folder or a file of another kind is refused before SQLite touches it; a file this process already
    has open was checked then, and must not be opened here again (see connection.open_here)."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a review database.")
    if open_here(path):
        return
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(f"{path} is not a review database (it is not an SQLite file).")


def _read_schema(db: Connection, path: Path) -> None:
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise NotADatabaseError(f"{path} is damaged and cannot be read ({e}).") from None


def _pending(db: Connection, path: Path, known: list[str], migration_set: str) -> list[str]:
    """The known migrations not yet applied; NewerDatabaseError, touching nothing, if some applied one is unknown."""
    applied = applied_migrations(db, migration_set)
    if set(applied) - set(known):
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Facilitator; "
            "update the app to open it (the file was left untouched)."
        )
    return [name for name in known if name not in applied]


def _app_migrations() -> Migrations:
    from .migrations import MIGRATIONS

    return MIGRATIONS


def _names(migrations: Migrations) -> list[str]:
    from sqlite_utils import Database

    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]


def _set_pragmas(db: Connection) -> None:
    db.execute("PRAGMA recursive_triggers = ON")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA secure_delete = ON")


def _migrate(db: Connection, path: Path, migrations: Migrations, first_pending: str) -> None:
    """Apply the pending migrations through sqlite-utils, after a backup if the file holds anything."""
    from sqlite_utils import Database

    if db.table_names():
        backup_before_migrating(db, path, first_pending)
    migrations.apply(Database(db.conn, execute_plugins=False))


def backup_before_migrating(db: Connection, path: Path, first_pending: str) -> Path:
    """A full copy of the database next to it, owner-only, before its schema changes."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = private_file(path.with_name(f"{path.stem}.before-{first_pending}.{stamp}.sqlite3"))
    with sqlite3.connect(target) as copy:
        db.conn.backup(copy)
    copy.close()
    return target
