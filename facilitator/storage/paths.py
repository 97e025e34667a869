"""Where the database lives, created readable by its owner only; temporary files named so we know ours."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

from .private import FILE_MODE, FOLDER_MODE, make_private

APP_NAME = "facilitator"
DB_FILENAME = "reviews.sqlite3"

TEMPORARY_MARK = f".{APP_NAME}-"
"""Between a file's name and the writing process's id in the hidden name a file is written under first."""
_LEFTOVER = re.compile(r"^\..+\." + re.escape(APP_NAME) + r"-(\d+)-[A-Za-z0-9_]+\.tmp(-journal)?$")
LEFTOVER_AGE_S = 24 * 3600
"""Where a process cannot be asked whether it still runs, a temporary file this old is taken as left over."""


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def private_dir(path: Path) -> Path:
    """Make the folder, and every missing parent, owner-only if we create it, whatever the umask."""
    missing = []
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=FOLDER_MODE)
            make_private(folder)
    return path


def private_file(path: Path) -> Path:
    """Create an empty owner-only file if there is none; leave an existing one as it is."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        return path
    os.close(fd)
    return make_private(path)


def temporary_prefix(path: Path) -> str:
    """The start of the hidden name a file is written under before it is renamed into place (tempfile adds the rest)."""
    return f".{Path(path).name}{TEMPORARY_MARK}{os.getpid()}-"


def temporary_name(path: Path) -> Path:
    """A hidden name beside path for writing it first, which remove_leftovers knows as ours."""
    import secrets  # here, not at start-up: it loads the system's cryptography library

    return Path(path).with_name(f"{temporary_prefix(path)}{secrets.token_hex(4)}.tmp")


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete our temporary files in the folder that no running process is still writing (a crash or a kill left
    them); only names we give, only regular files of this user. Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None or not _abandoned(entry, int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _abandoned(entry: os.DirEntry, pid: int) -> bool:
    try:
        status = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode) or (hasattr(os, "getuid") and status.st_uid != os.getuid()):
        return False
    if os.name != "posix":
        return time.time() - status.st_mtime > LEFTOVER_AGE_S
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
