"""An exclusive lock on an open file, released when the file is closed or its process ends: flock on POSIX,
msvcrt's lock of the file's first byte on Windows (which has no fcntl)."""

from __future__ import annotations

import os
import sys

BINARY = getattr(os, "O_BINARY", 0)
"""Windows opens files as text unless asked, turning each '\\n' written into '\\r\\n'."""
RENAMES_OPEN_FILES = sys.platform != "win32"
"""Whether a file may be renamed while it is open (Windows refuses)."""

if sys.platform == "win32":
    import msvcrt

    def lock(fd: int, wait: bool = True) -> None:
        """Lock the open file for this process alone; BlockingIOError when another holds it and wait is False."""
        os.lseek(fd, 0, os.SEEK_SET)  # the first byte stands for the whole file
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError as error:
            raise BlockingIOError(str(error)) from error

else:
    import fcntl

    def lock(fd: int, wait: bool = True) -> None:
        """Lock the open file for this process alone; BlockingIOError when another holds it and wait is False."""
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
