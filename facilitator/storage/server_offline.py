"""A window's server connection that outlives the server going away: what was last read is read again while the
server cannot be reached, a write says it is held up (ServerLost) so it waits in the journal, and a new link is
made when the server is back (off the GUI thread: see reopened()).

Only the windows' own connection is made this way (ui/common/store_events.py); commands and worker threads use a
plain ServerConnection, whose errors stop them."""

from __future__ import annotations

import contextlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any, cast

from .connection import Params
from .server import ServerConnection, ServerCursor, ServerError

KEPT_READS = 2048
"""How many different reads are remembered to be shown again while offline (the most recent ones)."""
_READ = re.compile(r"^\s*(SELECT|PRAGMA\s+\w+\s*$|PRAGMA\s+[\w()]+\s*$|WITH)\b", re.IGNORECASE)


class ServerLost(ServerError):
    """The server cannot be reached now: what was asked is held up, not refused."""


class KeptCursor:
    """A read given again from memory: the rows and columns it had when the server last answered."""

    def __init__(self, rows: list[Any], description: list[tuple[str]] | None):
        self._rows = rows
        self.description = description
        self.lastrowid = None
        self.rowcount = len(rows)

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Any]:
        return list(self._rows)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


def is_lost(db: object) -> bool:
    """Whether db is a server connection whose link is gone (the server stopped, the network dropped)."""
    raw = getattr(db, "raw", None)
    return raw is not None and bool(raw.closed or raw.broken)


class OfflineServerConnection(ServerConnection):
    """A ServerConnection that keeps its last answers, so the windows go on showing them while offline."""

    def __init__(self, raw: Any, url: str):
        super().__init__(raw, url)
        self._kept: OrderedDict[tuple[str, str], KeptCursor] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def keeping(cls, db: ServerConnection) -> OfflineServerConnection:
        """The same link, now keeping what it reads; stores built on db keep working as they were."""
        if isinstance(db, cls):
            return db
        db.__class__ = cls  # the stores hold this very object: it gains the memory, not a copy of the link
        kept = cast(OfflineServerConnection, db)
        kept._kept = OrderedDict()
        kept._lock = threading.Lock()
        return kept

    @property
    def offline(self) -> bool:
        return is_lost(self)

    def execute(self, sql: str, params: Params = ()) -> Any:
        read = bool(_READ.match(sql))
        key = (sql, repr(params))
        if self.offline:
            return self._from_memory(sql, key, read)
        try:
            cursor = super().execute(sql, params)
        except ServerError:
            if not self.offline:
                raise
            return self._from_memory(sql, key, read)
        if read and isinstance(cursor, ServerCursor):
            rows = cursor.fetchall()
            kept = KeptCursor(rows, cursor.description)
            with self._lock:
                self._kept[key] = kept
                self._kept.move_to_end(key)
                while len(self._kept) > KEPT_READS:
                    self._kept.popitem(last=False)
            return KeptCursor(rows, kept.description)
        return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        if self.offline:
            raise self._lost()
        try:
            return super().executemany(sql, rows)
        except ServerError:
            if self.offline:
                raise self._lost() from None
            raise

    def _from_memory(self, sql: str, key: tuple[str, str], read: bool) -> KeptCursor:
        if not read:
            raise self._lost()
        with self._lock:
            kept = self._kept.get(key)
        if kept is None:
            raise self._lost()  # never read before: nothing to show again, so it waits like a write
        return KeptCursor(kept.fetchall(), kept.description)

    def _lost(self) -> ServerLost:
        return ServerLost(f"the database server at {self.location} cannot be reached now")

    def take_link(self, raw: Any) -> None:
        """A new link made after the server came back (reopened()), in place of the lost one."""
        old = self.raw
        self.raw = raw
        self._forget()
        with contextlib.suppress(Exception):
            old.close()


def reopened(db: ServerConnection, lock_wait_s: float) -> Any:
    """A new raw link to db's database (ServerError if it still cannot be reached); may wait up to the address's
    connect timeout, so it is called off the GUI thread."""
    from .server_database import connect_again

    again = connect_again(db)
    again.execute(f"SET lock_timeout = {max(1, int(lock_wait_s * 1000))}")
    return again.raw
