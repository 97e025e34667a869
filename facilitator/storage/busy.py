"""Writes that wait their turn: another process holding the write lock is retried, never shown as an error."""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

ATTEMPTS = 8
FIRST_WAIT_S = 0.01

P = ParamSpec("P")
R = TypeVar("R")


def is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def retry_when_busy(write: Callable[P, R]) -> Callable[P, R]:
    """Run the write again, waiting a little longer each time, while SQLite says the database is busy.

    The connection's busy timeout already waits for a lock; this covers what it cannot, such as a
    read snapshot gone stale in WAL mode (SQLITE_BUSY_SNAPSHOT), which fails at once."""

    @functools.wraps(write)
    def retried(*args: P.args, **kwargs: P.kwargs) -> R:
        wait = FIRST_WAIT_S
        for _ in range(ATTEMPTS - 1):
            try:
                return write(*args, **kwargs)
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise
            time.sleep(wait)
            wait *= 2
        return write(*args, **kwargs)

    return retried
