"""The write queue's storage side: the journal on disk that keeps the windows' writes while the database is held,
the journals other processes left behind, and writing what waits (the Qt side is ui/common/write_queue.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.clock import SYSTEM_CLOCK, Clock
from ..storage.busy import is_busy
from ..storage.database import open_database
from ..storage.errors import ServerError, ServerLost, StorageError, is_lost
from ..storage.queued_writes import write_batch, write_now, written_marks
from ..storage.reviews import ReviewStore
from ..storage.write_journal import Journal, Orphan, Waiting, journal_folder, take_orphans

__all__ = [
    "WRITE_ERRORS",
    "Journal",
    "Orphan",
    "ServerLost",
    "Waiting",
    "held_by_another",
    "journal_folder_of",
    "journal_of",
    "lost_server",
    "still_waiting",
    "take_orphans",
    "worker_store",
    "write_batch",
    "write_now",
]

WRITE_ERRORS = (sqlite3.Error, StorageError, OSError)
"""What writing the waiting writes may meet: a lock, a read-only file, a full disk, a folder gone."""


def journal_folder_of(store: ReviewStore) -> Path | None:
    """Where this database's journals are kept (None for a database in memory, which cannot keep any)."""
    path = store.path
    return journal_folder(path) if str(path) else None  # a server's address as it is: Path() would spoil its //


def journal_of(folder: Path | None) -> Journal | None:
    """This process's own journal in that folder, made on first use."""
    return Journal(folder) if folder else None


def still_waiting(store: ReviewStore, orphans: list[Orphan]) -> list[Waiting]:
    """What these journals left by other processes hold that their marks say is not written yet."""
    try:
        marks = written_marks(store.db, [orphan.name for orphan in orphans])
    except (sqlite3.OperationalError, StorageError):  # held, or a server out of reach: all of it waits
        marks = {}
    return [w for orphan in orphans for w in orphan.waiting if w.seq > marks.get(orphan.name, 0)]


def lost_server(error: Exception, store: ReviewStore | None) -> bool:
    """True when a write failed because the server went away (not for what it said): wait for it, with a new link."""
    return isinstance(error, ServerError) and (store is None or is_lost(store.db))


def held_by_another(error: Exception) -> bool:
    """True when the write failed only because another process holds the database's lock."""
    return isinstance(error, sqlite3.OperationalError) and is_busy(error)


def worker_store(path: Path | str, wait_ms: int, clock: Clock = SYSTEM_CLOCK) -> ReviewStore:
    """The write queue's own connection, for its worker thread: it waits this long for a lock before saying so."""
    store = ReviewStore(open_database(path), clock)
    store.db.execute(f"PRAGMA busy_timeout = {wait_ms}")
    return store
