"""The throwaway folder of a `--demo` run: marked with its process, removed at exit, and by a later run when killed."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .storage.private import make_private, on_windows

PREFIX = "facilitator-demo-"
MARKER = "demo.pid"
STILL_ACTIVE = 259  # GetExitCodeProcess's answer for a Windows process still running
QUERY_LIMITED_INFORMATION = 0x1000
ACCESS_DENIED = 5


@contextlib.contextmanager
def demo_folder() -> Iterator[Path]:
    """A new owner-only temporary folder marked with this process's ID, gone again when the block ends.

    The folders of demos that were killed are looked for as the block ends too, not as it starts: the scan of the
    temporary folder is work the demo's first paint need not wait for."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    try:
        (folder / MARKER).write_text(str(os.getpid()), encoding="ascii")
        make_private(folder)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        remove_stale_demo_folders()


def remove_stale_demo_folders() -> list[Path]:
    """Remove the demo folders whose process is no longer running (a demo killed, or the machine off); returns them."""
    removed = []
    for folder in _demo_folders():
        try:
            pid = int((folder / MARKER).read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue  # not ours to judge: no marker, or not readable
        if pid != os.getpid() and not process_running(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _demo_folders() -> list[Path]:
    """What in the temporary folder is named like a demo folder: a plain scan, which a crowded temporary folder
    (thousands of entries) reads ten times faster than a glob, on every start."""
    prefix = os.path.normcase(PREFIX)
    with os.scandir(tempfile.gettempdir()) as entries:
        return [Path(entry.path) for entry in entries if os.path.normcase(entry.name).startswith(prefix)]


def process_running(pid: int) -> bool:
    """Whether a process with this ID runs now (another user's counts as running)."""
    if on_windows():
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_process_running(pid: int) -> bool:
    """OpenProcess and GetExitCodeProcess: os.kill(pid, 0) would end the process on Windows."""
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return ctypes.get_last_error() == ACCESS_DENIED  # type: ignore[attr-defined]  # Windows only
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
