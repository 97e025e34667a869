"""The team server chosen in the library, remembered in the settings: where a window command's database is when --db
does not say (a module of its own, so a command that opens a window does not load the library's server dialog)."""

from __future__ import annotations

import os
from pathlib import Path

from ...app.databases import DATABASE_ENV, is_server_url, without_password
from ..common import settings

SERVER_KEY = "database/server"
"""The team server's address the app opens on (never with a password); empty: this computer's file."""


def remembered_server() -> str:
    """The team server chosen in the library, or '' for this computer's own file."""
    url = settings.value(SERVER_KEY).strip()
    return url if is_server_url(url) else ""


def remember_server(url: str) -> None:
    settings.set_value(SERVER_KEY, without_password(url.strip()) if url else "")


def database_for_windows(given: Path | str | None) -> Path | str | None:
    """What --db names for a window command: as given, else (unless FACILITATOR_DB names one) the team server
    chosen in the library; None leaves the choice to FACILITATOR_DB or this computer's file."""
    if given is not None or os.environ.get(DATABASE_ENV, "").strip():
        return given
    return remembered_server() or None
