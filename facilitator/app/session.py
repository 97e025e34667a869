"""A process's way into the review database: the store every use case reads and writes, opened once per process,
and how it notices that another process wrote (on a team server: its notices, and what was last read while the
server cannot be reached)."""

from __future__ import annotations

from pathlib import Path

from ..storage.changes import ChangeWatch
from ..storage.database import open_database
from ..storage.reviews import ReviewStore
from ..storage.server_offline import OfflineServerConnection

__all__ = ["ChangeWatch", "OfflineServerConnection", "ReviewStore", "open_store"]


def open_store(path: Path | str) -> ReviewStore:
    """The review database at path (made, or brought to this version, if need be)."""
    return ReviewStore(open_database(path))
