"""A process's way into the review database: the store every use case reads and writes, opened once per process,
and how it notices that another process wrote."""

from __future__ import annotations

from pathlib import Path

from ..storage.changes import ChangeWatch
from ..storage.database import open_database
from ..storage.reviews import ReviewStore

__all__ = ["ChangeWatch", "ReviewStore", "open_store"]


def open_store(path: Path | str) -> ReviewStore:
    """The review database at path (made, or brought to this version, if need be)."""
    return ReviewStore(open_database(path))
