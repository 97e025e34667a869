"""What the use cases may refuse with: each a sentence to show as it is (storage/errors.py says when each comes)."""

from __future__ import annotations

from ..storage.errors import DatabaseBusy, DatabaseFull, DatabaseReadOnly, ReviewNotFound, StorageError

__all__ = ["DatabaseBusy", "DatabaseFull", "DatabaseReadOnly", "ReviewNotFound", "StorageError"]
