"""A window's server connection that outlives the server going away: what was last read is read again while the
server cannot be reached, a write says it is held up (ServerLost) so it waits in the journal, and a new link is
made when the server is back (off the GUI thread: see reopened()).

While the link is up, a read whose tables no notice has named since it was made is answered from memory too, so a
key press does not wait for the network: the change watch calls forget() with every notice's tables (another
process's writes, and this process's own worker's), and a write on this link forgets everything.

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
from .errors import ServerError, ServerLost, is_lost
from .server import ServerConnection, ServerCursor

KEPT_READS = 2048
"""How many different reads are remembered to be shown again while offline (the most recent ones)."""
_TABLES = re.compile(r'\b(?:FROM|JOIN)\s+"?(\w+)"?', re.IGNORECASE)
_READ = re.compile(r"^\s*(SELECT|PRAGMA\s+\w+\s*$|PRAGMA\s+[\w()]+\s*$|WITH)\b", re.IGNORECASE)


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


class OfflineServerConnection(ServerConnection):
    """A ServerConnection that keeps its last answers, so the windows go on showing them while offline."""

    def __init__(self, raw: Any, url: str):
        super().__init__(raw, url)
        self._kept: OrderedDict[tuple[str, str], KeptCursor] = OrderedDict()
        self._lock = threading.Lock()
        self._fresh: dict[tuple[str, str], frozenset[str]] = {}

    @classmethod
    def keeping(cls, db: ServerConnection) -> OfflineServerConnection:
        """The same link, now keeping what it reads; stores built on db keep working as they were."""
        if isinstance(db, cls):
            return db
        db.__class__ = cls  # the stores hold this very object: it gains the memory, not a copy of the link
        kept = cast(OfflineServerConnection, db)
        kept._kept = OrderedDict()
        kept._lock = threading.Lock()
        kept._fresh = {}
        return kept

    @property
    def offline(self) -> bool:
        return is_lost(self)

    def execute(self, sql: str, params: Params = ()) -> Any:
        read = bool(_READ.match(sql))
        key = (sql, repr(params))
        if self.offline:
            self._fresh.clear()
            return self._from_memory(sql, key, read)
        if read and key in self._fresh and not self.in_transaction:
            return self._from_memory(sql, key, read)
        if not read:
            self._fresh.clear()
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
                    self._fresh.pop(self._kept.popitem(last=False)[0], None)
            tables = frozenset(name.lower() for name in _TABLES.findall(sql))
            if tables and not self.in_transaction:
                self._fresh[key] = tables
            return KeptCursor(rows, kept.description)
        return cursor

    def forget(self, tables: frozenset[str] | set[str] | tuple[str, ...] = ()) -> None:
        """Reads of these tables (of every table, if none is named) are asked of the server again."""
        if not tables:
            self._fresh.clear()
            return
        named = {table.lower() for table in tables}
        for key in [key for key, read in self._fresh.items() if read & named]:
            del self._fresh[key]

    def executemany(self, sql: str, rows: Any) -> Any:
        self._fresh.clear()
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
        self._fresh.clear()
        with contextlib.suppress(Exception):
            old.close()


def reopened(db: ServerConnection, lock_wait_s: float) -> Any:
    """A new raw link to db's database (ServerError if it still cannot be reached); may wait up to the address's
    connect timeout, so it is called off the GUI thread."""
    from .server_database import connect_again

    again = connect_again(db)
    again.execute(f"SET lock_timeout = {max(1, int(lock_wait_s * 1000))}")
    return again.raw
