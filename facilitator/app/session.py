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

__all__ = ["ChangeWatch", "ReviewStore", "agree_again", "agree_with_server", "kept_while_offline", "open_store"]


def open_store(path: Path | str) -> ReviewStore:
    """The review database at path (made, or brought to this version, if need be)."""
    return ReviewStore(open_database(path))


def kept_while_offline(store: ReviewStore) -> OfflineServerConnection:
    """The store's server connection, made to keep its last answers for the windows while the server is out of
    reach. The server's modules are loaded here, the first time a server is used: a file never needs them."""
    from ..storage.server_offline import OfflineServerConnection

    return OfflineServerConnection.keeping(store.db)  # type: ignore[arg-type]


def agree_with_server(store: ReviewStore) -> None:
    """On a team server, the store's clock (and so every window's) reads the server's time from now on: the
    facilitator's and the note-taker's laptops may be minutes apart, the server is one clock for both."""
    if store.db.dialect == "sqlite":
        return
    from ..domain.clock import ShiftedClock
    from ..storage.server_time import server_shift

    shift = server_shift(store.db, store.clock)
    if shift is not None:
        store.clock = ShiftedClock(store.clock, shift)


def agree_again(store: ReviewStore, link) -> None:
    """The link to the server is back (the laptop woke, its network returned): its clock may have been set meanwhile,
    so how far it is from the server's is read again, over the new link. Slow: called off the GUI thread."""
    from ..domain.clock import ShiftedClock
    from ..storage.server import ServerConnection
    from ..storage.server_time import server_shift

    agreed = store.clock
    if not isinstance(agreed, ShiftedClock):
        return
    shift = server_shift(ServerConnection(link, ""), agreed.clock)
    if shift is not None:
        agreed.shift = shift
