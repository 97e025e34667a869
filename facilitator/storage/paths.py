"""Where the database lives, created readable by its owner only."""

from __future__ import annotations

import os
from pathlib import Path

from .private import FILE_MODE, FOLDER_MODE, make_private

APP_NAME = "facilitator"
DB_FILENAME = "reviews.sqlite3"


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def private_dir(path: Path) -> Path:
    """Make the folder (and missing parents) owner-only if we create it."""
    if not path.exists():
        path.mkdir(mode=FOLDER_MODE, parents=True)
        make_private(path)
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
