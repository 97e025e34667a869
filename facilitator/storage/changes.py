"""Noticing, cheaply, that another connection or process changed the database."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, NamedTuple

from .connection import Database

if TYPE_CHECKING:
    from .server import ServerConnection


class Change(NamedTuple):
    """One committed write announced by a server: the tables it wrote and the reviews it named (may be empty)."""

    tables: tuple[str, ...]
    reviews: tuple[int, ...]


class ChangeWatch:
    """Polls SQLite's own data_version, which moves when any other connection commits; on a server it reads the
    notifications already arrived (ServerChangeWatch), never asking the network."""

    def __init__(self, db: Database):
        self.db = db
        self.server = ServerChangeWatch(db) if db.dialect != "sqlite" else None  # type: ignore[arg-type]
        self._seen = self._version() if self.server is None else 0

    def _version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """True once for each batch of changes made through other connections."""
        if self.server is not None:
            return bool(self.server.drain())
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


class ServerChangeWatch:
    """A second connection to the server that LISTENs for the NOTIFY every committed write sends (server.py).

    fileno() is its socket, for a QSocketNotifier or select(); drain() takes what has arrived without waiting and
    without sending anything. Writes made through the watched connection itself are left out, as with SQLite."""

    def __init__(self, db: ServerConnection):
        from .dialect import CHANNEL
        from .server_database import connect_again

        self.own_pid = db.backend_pid
        self.listener = connect_again(db)
        self.listener.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The socket the notices arrive on (a ServerError once the connection is lost)."""
        with self.listener.errors_said():
            return self.listener.raw.pgconn.socket

    def drain(self) -> list[Change]:
        """The changes other connections committed since the last call; [] at once when there are none.
        A lost connection comes as a ServerError."""
        pgconn = self.listener.raw.pgconn
        with self.listener.errors_said():
            pgconn.consume_input()
            pgconn.consume_input()  # a server that ended the connection sends its reason, then closes: see both
        changes = []
        while (notice := pgconn.notifies()) is not None:
            if notice.be_pid == self.own_pid:
                continue
            changes.append(_change(notice.extra.decode("utf-8", "replace")))
        return changes

    def close(self) -> None:
        self.listener.close()


def _change(payload: str) -> Change:
    try:
        data = json.loads(payload)
        return Change(tuple(data.get("tables", ())), tuple(int(r) for r in data.get("reviews", ())))
    except (ValueError, TypeError, AttributeError):
        return Change((), ())
