"""Readable by you only, on every platform: the one place files and folders are made owner-only.

POSIX: mode 0600 for a file, 0700 for a folder. Windows, where chmod only sets read-only: an access
list that names the current user alone, with full control, and inherits nothing from the folder
above (`icacls PATH /inheritance:r /grant:r DOMAIN\\user:F`, the grant inherited by what is later
made inside a folder), written with the icacls tool every Windows ships, so no extra package.
Administrators of the machine can still take ownership of any file; that is outside an app's reach.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
ICACLS = "icacls"
NO_CONSOLE_WINDOW = 0x08000000  # subprocess.CREATE_NO_WINDOW, which exists only on Windows
ICACLS_TIMEOUT_S = 30

log = logging.getLogger(__name__)


def run(*args, **kwargs):
    """How icacls is started: subprocess.run, imported on Windows only when first needed; tests put a recorder here."""
    import subprocess

    return subprocess.run(*args, **kwargs)


def on_windows() -> bool:
    return sys.platform == "win32" or os.name == "nt"


def make_private(path: Path | str) -> Path:
    """Make an existing file or folder readable and writable by its owner only; returns the path.

    On Windows, when the access list cannot be set (no icacls, an unknown user), the file stays as
    the folder's rules leave it and a warning goes to the log: the user's work is never refused for it.
    """
    path = Path(path)
    if not on_windows():
        os.chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)
        return path
    import subprocess

    try:
        done = run(icacls_arguments(path, path.is_dir()), capture_output=True, text=True,
                   timeout=ICACLS_TIMEOUT_S, creationflags=NO_CONSOLE_WINDOW)
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("could not make %s private: icacls did not run (%s)", path, e)
        return path
    if done.returncode != 0:
        log.warning("could not make %s private: icacls said %s", path, (done.stderr or done.stdout or "").strip())
    return path


def icacls_arguments(path: Path, folder: bool) -> list[str]:
    """The icacls command line: inherited rules removed, the current user alone granted full control."""
    grant = f"{current_user()}:(OI)(CI)F" if folder else f"{current_user()}:F"
    return [ICACLS, str(path), "/inheritance:r", "/grant:r", grant]


def current_user() -> str:
    """DOMAIN\\user as Windows names the signed-in account (the domain is the machine's name for a local one)."""
    user = os.environ.get("USERNAME") or os.getlogin()
    domain = os.environ.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain else user
