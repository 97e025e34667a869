"""Writing exported files: readable by their owner only, and never left half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


class NotAnExport(OSError):
    """What is at the path is not a file an export may replace: a device, a pipe, a folder or a database."""

    def __init__(self, path: Path, what: str):
        super().__init__(f"{path} is {what}; it was left as it was.")
        self.errno = errno.EEXIST
        self.strerror = f"it is {what}, which an export never replaces"
        self.filename = str(path)


_SQLITE_HEADER = b"SQLite format 3\0"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")


def _refuse_what_is_no_export(path: Path) -> None:
    """Raise NotAnExport when path holds something replacing would destroy or that is no file: a device such as
    /dev/null (root may replace it), a pipe, a socket, a folder, or an SQLite database or its log (the review
    database itself, given as --out). A symbolic link is replaced itself; what it points to is never touched."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return
    if stat.S_ISLNK(mode):
        return
    if stat.S_ISDIR(mode):
        raise NotAnExport(path, "a folder")
    if not stat.S_ISREG(mode):
        raise NotAnExport(path, "a device, pipe or socket, not a file")
    try:
        with open(path, "rb") as existing:
            head = existing.read(len(_SQLITE_HEADER))
    except OSError:
        return
    companion = next((end for end in _DATABASE_COMPANIONS if path.name.endswith(end)), None)
    if (
        head == _SQLITE_HEADER
        or head[:4] in _WAL_MAGIC
        or (companion and Path(str(path)[: -len(companion)]).is_file())
    ):
        raise NotAnExport(path, "a database or part of one")


def check_target(path: Path) -> None:
    """Raise, before anything is written or remembered, what write_private would for a missing folder or for
    something at path that is not a file to replace."""
    if not path.parent.is_dir():
        raise FolderMissing(path.parent)
    _refuse_what_is_no_export(path)


def write_private(path: Path, text: str) -> Path:
    """Write UTF-8 text to path, replacing any file there in one step; readable by its owner only (storage.private).

    The text goes to a temporary file beside it first, so a failure leaves any old file as it was
    and no partial file behind (one a kill leaves has a name storage.paths.remove_leftovers knows).
    Raises FolderMissing when the folder is not there, FolderNotWritable when it may not be written in,
    NotAnExport when what is at path is not a file to replace (a device, a pipe, a database), else OSError.
    """
    path = Path(path)
    folder = path.parent
    check_target(path)
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
