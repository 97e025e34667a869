"""Reading a file someone chose to import or restore: a regular file only, read once, and never past a limit.

A FIFO, a device such as /dev/zero or a socket is refused before anything is read (opening does not wait
for a writer); a file that grows past the limit while it is read is refused rather than read without end.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from . import ImportProblem

MAX_INPUT_BYTES = 1 << 28
"""The largest file read whole: far beyond any timeline, Slack export or review archive."""
_CHUNK = 1 << 20


def read_input(path: Path, limit: int = MAX_INPUT_BYTES, follow_links: bool = True) -> bytes:
    """The file's bytes; ImportProblem for anything that is not a regular file or is larger than `limit`.

    With follow_links False a symbolic link is refused too (a file inside a Slack export must be the export's own).
    Raises OSError when the file cannot be opened or read."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (0 if follow_links else os.O_NOFOLLOW)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if not follow_links and os.path.islink(path):
            raise ImportProblem(f"{_named(path)}: it is a link, and only the export's own files are read") from None
        raise error
    with os.fdopen(handle, "rb", buffering=0) as file:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise ImportProblem(f"{_named(path)}: it is {_kind(mode)}, not a file (only regular files are read)")
        os.set_blocking(handle, True)
        chunks: list[bytes] = []
        size = 0
        wanted = max(os.fstat(handle).st_size + 1, _CHUNK)  # a regular file says its size: most are read in one go
        while chunk := file.read(min(wanted if not chunks else _CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise ImportProblem(f"{_named(path)}: it is larger than {limit >> 20} MiB, more than can be read")
        return b"".join(chunks)


def is_regular_file(path: Path) -> bool:
    """Whether the path itself (not a link's target) is a regular file."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _named(path: Path) -> str:
    return Path(path).name or str(path)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
