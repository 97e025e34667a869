"""Which database the app works on: this computer's own file, or a team server's address (never with a password)."""

from __future__ import annotations

from pathlib import Path

from ..storage.errors import StorageError
from ..storage.paths import default_db_path
from ..storage.server_url import DATABASE_ENV, checked_url, is_server_url, without_password

__all__ = ["DATABASE_ENV", "checked_url", "default_db_path", "is_server_url", "tried", "without_password"]


def tried(location: Path | str) -> str:
    """'' when the database at location can be used (a server's schema made if it was empty), else why not, in one
    sentence; slow for a server: call it off the GUI thread."""
    from ..storage.database import open_database

    try:
        open_database(location).close()
    except StorageError as e:
        return str(e)
    return ""
