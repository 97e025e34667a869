"""A process's way into the review database: the store every use case reads and writes, opened once per process,
and how it notices that another process wrote (on a team server: its notices, and what was last read while the
server cannot be reached)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..storage.changes import ChangeWatch
from ..storage.database import open_database
from ..storage.reviews import ReviewStore

if TYPE_CHECKING:
    from ..storage.server_offline import OfflineServerConnection

__all__ = ["ChangeWatch", "ReviewStore", "kept_while_offline", "open_store"]


def open_store(path: Path | str) -> ReviewStore:
    """The review database at path (made, or brought to this version, if need be)."""
    return ReviewStore(open_database(path))


def kept_while_offline(store: ReviewStore) -> OfflineServerConnection:
    """The store's server connection, made to keep its last answers for the windows while the server is out of
    reach. The server's modules are loaded here, the first time a server is used: a file never needs them."""
    from ..storage.server_offline import OfflineServerConnection

    return OfflineServerConnection.keeping(store.db)  # type: ignore[arg-type]
