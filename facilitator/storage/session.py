"""A command's use of the database from start to end: opened, cleared of what a crash left half-written, SQLite's
failures said in a sentence, and closed leaving no empty log behind."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..domain.clock import SYSTEM_CLOCK, Clock
from .database import lock_wait_s, open_database, tidy_after_closing
from .errors import explained
from .paths import remove_leftovers
from .reviews import ReviewStore
from .server_url import is_server_url


@contextlib.contextmanager
def command_store(path: Path | str, must_exist: bool = False, clock: Clock = SYSTEM_CLOCK) -> Iterator[ReviewStore]:
    """The review store at path (or a server's address) for one command, dating what it keeps by clock; any
    sqlite3.Error inside comes out as a StorageError sentence."""
    store = ReviewStore(open_database(path, must_exist=must_exist), clock)
    try:
        for folder in store.exports.folders():
            remove_leftovers(Path(folder))
        yield store
    except sqlite3.Error as e:
        raise explained(e, store.db.location if is_server_url(path) else path, lock_wait_s()) from None
    finally:
        store.db.close()
        tidy_after_closing(path)
