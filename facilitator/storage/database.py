"""Opening the database file: checks, permissions, WAL, and migrations with a backup first."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

from .busy import used_elsewhere
from .connection import Connection, open_here
from .errors import NewerDatabaseError, NoDatabaseYet, NotADatabaseError, StorageError, explained, read_only
from .paths import private_file, remove_leftovers, temporary_name
from .schema import MIGRATION_SET, MIGRATIONS_TABLE, applied_migrations, known_migrations, load_schema
from .server_url import is_server_url

if TYPE_CHECKING:
    from sqlite_utils import Migrations

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
APPLICATION_ID = 0x46434C54
"""`PRAGMA application_id` of every review database ("FCLT"): how we know a file is ours."""
BUSY_TIMEOUT_S = 30.0
"""How long a command waits for another process's write lock before saying which process holds it."""
LOCK_WAIT_ENV = "FACILITATOR_LOCK_WAIT_S"
"""Seconds to wait for a lock instead of BUSY_TIMEOUT_S (tests use a short wait)."""
KEPT_BACKUPS = 3
"""Backups made before migrating that are kept beside the database; older ones still hold deleted reviews."""


def lock_wait_s() -> float:
    """How long to wait out another process's write lock: BUSY_TIMEOUT_S, or what LOCK_WAIT_ENV says."""
    with contextlib.suppress(KeyError, ValueError):
        wait = float(os.environ[LOCK_WAIT_ENV])
        if 0 <= wait <= 3600:
            return wait
    return BUSY_TIMEOUT_S


def open_database(
    path: Path | str, migrations: Migrations | None = None, *, must_exist: bool = False, lock_wait: float | None = None
) -> Connection:
    """The review database at path, owner-only and at this version; sqlite-utils is loaded only to migrate.

    Refuses, leaving it untouched, a file that is not one of ours; with must_exist, a database that is not there
    yet (NoDatabaseYet). SQLite's own failures come as StorageError sentences. A server's address
    (postgresql://...) opens that database instead (server_database.py)."""
    if is_server_url(path):
        from .server_database import open_server

        return open_server(str(path), must_exist=must_exist, lock_wait=lock_wait_s() if lock_wait is None else lock_wait)  # type: ignore[return-value]
    path = Path(path)
    if path.parts and path.parts[0].lower() in ("postgresql:", "postgres:"):
        raise NotADatabaseError(f"{path} is a server's address made into a file path (it lost its '//'); nothing was created")
    wait = lock_wait_s() if lock_wait is None else lock_wait
    if must_exist and not os.path.lexists(path):
        raise NoDatabaseYet(f"there is no review database at {path} (nothing was created)")
    _refuse_foreign_file(path)
    try:
        private_file(path)
    except OSError as e:
        raise (read_only(path) if isinstance(e, PermissionError) else StorageError(f"cannot create {path}: {e.strerror or e}")) from None
    remove_leftovers(path.parent)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise read_only(path)
    db = Connection(path, timeout=wait)
    try:
        _read_schema(db, path)
        known = known_migrations() if migrations is None else _names(migrations)
        pending = _pending(db, path, known, MIGRATION_SET if migrations is None else migrations.name)
        _refuse_newer_user_version(db, path, len(known))
        new_file = not db.table_names()
        _set_pragmas(db, wait, new_file)
        if pending and migrations is None and new_file:
            load_schema(db)
        elif pending:
            _migrate(db, path, migrations or _app_migrations(), pending[0])
        _mark_ours(db, len(known))
        if new_file:
            db.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    except sqlite3.Error as e:
        db.close()
        tidy_after_closing(path)
        raise explained(e, path, wait) from None
    except BaseException:
        db.close()
        tidy_after_closing(path)
        raise
    return db


def _refuse_foreign_file(path: Path) -> None:
    """Anything but an empty file or one of our databases is refused before SQLite writes to it: a folder, a device
    or pipe, another program's SQLite file. A file this process already has open was checked then, and must not
    be opened here again (see connection.open_here)."""
    if not os.path.lexists(path):
        return
    try:
        status = os.stat(path)
    except OSError as e:
        raise StorageError(f"{path} cannot be read: {e.strerror or e}") from None
    if stat.S_ISDIR(status.st_mode):
        raise NotADatabaseError(f"{path} is a folder, not a review database.")
    if not stat.S_ISREG(status.st_mode):
        raise NotADatabaseError(f"{path} is not a review database (it is a device, pipe or socket, not a file).")
    if open_here(path) or status.st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(HEADER_SIZE)
    except OSError as e:
        raise StorageError(f"{path} cannot be read: {e.strerror or e}") from None
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabaseError(f"{path} is not a review database (it is not an SQLite file).")
    if len(header) < HEADER_SIZE:
        raise NotADatabaseError(f"{path} is damaged and cannot be read (it ends inside its header).")
    application_id = int.from_bytes(header[68:72], "big", signed=True)
    if application_id == APPLICATION_ID:
        return
    if application_id != 0 or not _holds_our_migrations(path):
        raise NotADatabaseError(
            f"{path} is another program's SQLite database, not a review database; it was left untouched."
        )


def _holds_our_migrations(path: Path) -> bool:
    """Whether the file records our migrations, as ours did before they carried APPLICATION_ID; read without
    writing anything (immutable unless a write-ahead log beside it may hold newer pages)."""
    wal = Path(f"{path}-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "immutable=1"
    uri = f"file:{urllib.parse.quote(os.path.abspath(path))}?{mode}"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if MIGRATIONS_TABLE not in tables:
                return False
            sql = f'SELECT 1 FROM "{MIGRATIONS_TABLE}" WHERE migration_set = ? LIMIT 1'
            return conn.execute(sql, [MIGRATION_SET]).fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise NotADatabaseError(f"{path} is damaged and cannot be read ({e}).") from None


def _read_schema(db: Connection, path: Path) -> None:
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        if isinstance(e, sqlite3.OperationalError):
            raise
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


def _refuse_newer_user_version(db: Connection, path: Path, known: int) -> None:
    """Our files keep the number of migrations applied in `user_version`; a higher one was set by something else."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > known:
        raise NewerDatabaseError(
            f"{path} says it is at schema version {version}, beyond the {known} this version of Facilitator knows: "
            "a newer Facilitator or another program changed it (the file was left untouched)."
        )


def _mark_ours(db: Connection, known: int) -> None:
    """Set APPLICATION_ID and the schema version on a new or migrated database, and on ours from before them."""
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if (application_id, version) != (APPLICATION_ID, known):
        with db.atomic():
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {int(known)}")


def _app_migrations() -> Migrations:
    from .migrations import MIGRATIONS

    return MIGRATIONS


def _names(migrations: Migrations) -> list[str]:
    from sqlite_utils import Database

    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]


SYNCHRONOUS = "NORMAL"
"""In write-ahead mode: a commit is not waited for on disk, a checkpoint is; nothing is lost to a crash of the app."""


def _set_pragmas(db: Connection, lock_wait: float = BUSY_TIMEOUT_S, new_file: bool = False) -> None:
    """A new file, which holds nothing anyone typed, is set up (write-ahead mode, its tables) without waiting for
    the disk at each step, a few milliseconds of every first start; SYNCHRONOUS holds from then on."""
    db.execute("PRAGMA recursive_triggers = ON")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(lock_wait * 1000)}")
    db.execute(f"PRAGMA synchronous = {'OFF' if new_file else SYNCHRONOUS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA secure_delete = ON")


def _migrate(db: Connection, path: Path, migrations: Migrations, first_pending: str) -> None:
    """Apply the pending migrations through sqlite-utils, after a backup if the file holds anything."""
    from sqlite_utils import Database

    if db.table_names():
        backup_before_migrating(db, path, first_pending)
    migrations.apply(Database(db.conn, execute_plugins=False))


def backup_before_migrating(db: Connection, path: Path, first_pending: str) -> Path:
    """A full copy of the database next to it, owner-only, before its schema changes; written under a hidden
    temporary name and renamed when complete, so a crash never leaves a half copy that looks like a backup.
    Only the last KEPT_BACKUPS are kept."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{first_pending}.{stamp}.sqlite3")
    temporary = private_file(temporary_name(target))
    try:
        copy = sqlite3.connect(temporary, isolation_level=None)
        try:
            copy.execute("PRAGMA journal_mode = OFF")
            db.conn.backup(copy)
        finally:
            copy.close()
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _keep_last_backups(path)
    return target


def _keep_last_backups(path: Path) -> None:
    backups = sorted(path.parent.glob(f"{path.stem}.before-*.sqlite3"), key=lambda p: (p.stat().st_mtime, p.name))
    for old in backups[:-KEPT_BACKUPS]:
        with contextlib.suppress(OSError):
            old.unlink()



def tidy_after_closing(path: Path | str) -> None:
    """Once this process has closed its last connection: remove an empty write-ahead log (and its index) that no
    other process uses, as SQLite leaves them when a full disk stopped it. A log holding anything is kept."""
    if is_server_url(path):
        return
    path = Path(path)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if open_here(path) or not wal.exists() or used_elsewhere(path) is not False:
        return
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0:
            wal.unlink()
            shm.unlink(missing_ok=True)
