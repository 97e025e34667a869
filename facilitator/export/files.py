"""Writing exported files: readable by their owner only, and never left half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from ..storage.paths import temporary_prefix
from ..storage.private import make_private


class FolderMissing(FileNotFoundError):
    """The folder a file was to be written into does not exist."""

    def __init__(self, folder: Path):
        super().__init__(f"The folder {folder} does not exist.")
        self.errno = errno.ENOENT
        self.strerror = "the folder does not exist"
        self.filename = str(folder)


class FolderNotWritable(PermissionError):
    """The folder is there, but this user may not write in it."""

    def __init__(self, folder: Path):
        super().__init__(f"You may not write in the folder {folder}.")
        self.errno = errno.EACCES
        self.strerror = "you may not write in that folder"
        self.filename = str(folder)


def write_private(path: Path, text: str) -> Path:
    """Write UTF-8 text to path, replacing any file there in one step; readable by its owner only (storage.private).

    The text goes to a temporary file beside it first, so a failure leaves any old file as it was
    and no partial file behind (one a kill leaves has a name storage.paths.remove_leftovers knows).
    Raises FolderMissing when the folder is not there, FolderNotWritable when it may not be written in,
    else OSError.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise FolderMissing(folder)
    try:
        handle, temporary = tempfile.mkstemp(prefix=temporary_prefix(path), suffix=".tmp", dir=folder)
    except PermissionError:
        raise FolderNotWritable(folder) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            make_private(temporary)
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)
    return path


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows opening a folder."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
