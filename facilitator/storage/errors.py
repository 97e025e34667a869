"""Storage failures a user can be told about in one sentence."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class StorageError(Exception):
    """A problem with the database file, said in a sentence that names it."""


class NotADatabaseError(StorageError):
    pass


class NewerDatabaseError(StorageError):
    pass


class ReviewNotFound(StorageError):
    pass


class DatabaseBusy(StorageError):
    """Another process kept the write lock for longer than we wait."""


class DatabaseReadOnly(StorageError):
    """The file, or the folder it keeps its journal in, may not be written."""


class DatabaseFull(StorageError):
    """The disk (or the file's size limit) has no room for the change."""


class NoDatabaseYet(StorageError):
    """A command that only reads was pointed at a database that does not exist."""


class ServerError(StorageError):
    """The server could not be reached, refused us, or failed a statement: said in one sentence, no password."""


class ServerLost(ServerError):
    """The server cannot be reached now: what was asked is held up, not refused."""


def is_lost(db: object) -> bool:
    """Whether db is a server connection whose link is gone (the server stopped, the network dropped)."""
    raw = getattr(db, "raw", None)
    return raw is not None and bool(raw.closed or raw.broken)


SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26


def explained(error: sqlite3.Error, path: Path | str, waited_s: float | None = None) -> StorageError:
    """What an SQLite error on the database at path means for the user, in one sentence that names the file."""
    from .busy import lock_holder

    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(error).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        holder = lock_holder(path)
        waited = f" for {waited_s:g} s" if waited_s is not None else ""
        # the holder's command line comes last: however long it is, a cut line keeps what happened and what to do
        return DatabaseBusy(
            f"{path} is in use by another program, which kept it locked{waited}; nothing was changed, "
            "try again when it is done" + (f" (held by {holder})" if holder else "")
        )
    if code == SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return read_only(Path(path))
    if code == SQLITE_FULL or "full" in text or (code == SQLITE_IOERR and _nearly_full(Path(path).parent)):
        return DatabaseFull(f"there is no room left on the disk for {path}; nothing was changed")
    if code == SQLITE_CANTOPEN or "unable to open" in text:
        return read_only(Path(path)) if _unwritable(Path(path)) else StorageError(f"{path} cannot be opened ({error})")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return NotADatabaseError(f"{path} is damaged and cannot be read ({error})")
    return StorageError(f"{path} could not be used ({error})")


def read_only(path: Path) -> DatabaseReadOnly:
    """The sentence for a database that may not be written, saying whether the file or its folder is why."""
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return DatabaseReadOnly(f"{path} is read-only: you may not change it, so nothing was done")
    return DatabaseReadOnly(
        f"you may not write in the folder {path.parent}, where the database {path.name} keeps its journal; nothing was done"
    )


NEARLY_FULL_BYTES = 1 << 20
"""Free space under which a disk I/O error is taken to mean the disk is full (SQLite says only 'I/O error' when
growing its shared-memory file fails for want of room)."""


def _nearly_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _unwritable(path: Path) -> bool:
    return (os.path.exists(path) and not os.access(path, os.W_OK)) or not os.access(path.parent, os.W_OK | os.X_OK)
