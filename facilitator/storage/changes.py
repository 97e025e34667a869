"""Noticing, cheaply, that another connection or process changed the database."""

from __future__ import annotations

from .connection import Connection


class ChangeWatch:
    """Polls SQLite's own data_version, which moves when any other connection commits."""

    def __init__(self, db: Connection):
        self.db = db
        self._seen = self._version()

    def _version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """True once for each batch of changes made through other connections."""
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True
