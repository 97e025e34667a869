"""Writes that wait their turn: another process holding the write lock is retried, never shown as an error."""

from __future__ import annotations

import contextlib
import functools
import os
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


SQLITE_BUSY_SNAPSHOT = 5 | (2 << 8)


def _stale(error: sqlite3.OperationalError) -> bool:
    """A stale read snapshot, worth trying again; an error without SQLite's code is judged by its words."""
    code = getattr(error, "sqlite_errorcode", None)
    return is_busy(error) if code is None else code == SQLITE_BUSY_SNAPSHOT


def retry_when_busy(write: Callable[P, R]) -> Callable[P, R]:
    """Run the write again, waiting a little longer each time, while SQLite says its read snapshot went stale.

    The connection's busy timeout already waits for a lock: a plain SQLITE_BUSY means that wait ran out, and
    waiting it out again and again would freeze the caller for minutes, so it is raised at once. This covers what
    the timeout cannot: a read snapshot gone stale in WAL mode (SQLITE_BUSY_SNAPSHOT), which fails at once."""

    @functools.wraps(write)
    def retried(*args: P.args, **kwargs: P.kwargs) -> R:
        wait = FIRST_WAIT_S
        for _ in range(ATTEMPTS - 1):
            try:
                return write(*args, **kwargs)
            except sqlite3.OperationalError as error:
                if not _stale(error):
                    raise
            time.sleep(wait)
            wait *= 2
        return write(*args, **kwargs)

    return retried


def lock_holder(path: str | os.PathLike) -> str | None:
    """Which other process holds the database's write lock, as `process 123 (its command line)`, where the
    system says (Linux's /proc/locks); None when it cannot tell."""
    holders = _lockers(path, writers_only=True)
    if not holders:
        return None
    pid = holders[0]
    return f"process {pid}" + (f" ({command})" if (command := _command_line(pid)) else "")


def used_elsewhere(path: str | os.PathLike) -> bool | None:
    """Whether another process holds any lock on the database or its shared-memory file (so has it open);
    None where the system does not say."""
    holders = _lockers(path, writers_only=False)
    return None if holders is None else bool(holders)


def _lockers(path: str | os.PathLike, writers_only: bool) -> list[int] | None:
    """Other processes' PIDs holding (write) locks on the database or its -shm file, by /proc/locks; None without it."""
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as locks:
            lines = locks.read().splitlines()
    except OSError:
        return None
    inodes = {}
    for name in (os.fspath(path), os.fspath(path) + "-shm"):
        with contextlib.suppress(OSError):
            status = os.stat(name)
            inodes[status.st_ino] = (os.major(status.st_dev), os.minor(status.st_dev))
    pids = []
    for line in lines:
        pid = _locker_of(line.split(), inodes, writers_only)
        if pid is not None and pid != os.getpid() and pid not in pids:
            pids.append(pid)
    return pids


def _locker_of(fields: list[str], inodes: dict[int, tuple[int, int]], writers_only: bool) -> int | None:
    """The PID in a /proc/locks line that holds a (write) lock on one of these files (`-> ` lines are waiters)."""
    if "->" in fields:
        return None
    kinds = ("WRITE",) if writers_only else ("WRITE", "READ")
    at = next((i for i, field in enumerate(fields) if field in kinds), None)
    if at is None or len(fields) < at + 3 or not fields[at + 1].lstrip("-").isdigit():
        return None
    device = fields[at + 2].split(":")
    if len(device) != 3 or not device[2].isdigit() or int(device[2]) not in inodes:
        return None
    with contextlib.suppress(ValueError):
        if (int(device[0], 16), int(device[1], 16)) != inodes[int(device[2])]:
            return None
    pid = int(fields[at + 1])
    return pid if pid > 0 else None


def _command_line(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            words = cmdline.read(4096).split(b"\0")
    except OSError:
        return ""
    text = " ".join(word.decode("utf-8", "replace") for word in words if word)
    return "".join(c if c.isprintable() else "?" for c in text)[:200]
