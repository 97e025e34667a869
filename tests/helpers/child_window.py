"""The test side of window_driver.py: start a window in its own process, send it lines, read what it saw."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

DRIVER = Path(__file__).with_name("window_driver.py")
REPO = Path(__file__).resolve().parents[2]


class ChildWindow:
    """Reports arrive as (monotonic time, text) pairs on a queue, read by a thread so nothing blocks."""

    def __init__(self, db: Path | str, review_id: int, window: str, env: dict[str, str] | None = None, clock_off: float = 0.0):
        """clock_off: the child's laptop clock is this many seconds ahead of this machine's (negative: behind)."""
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), "--db", str(db), "--review", str(review_id), "--window", window, "--clock-off", str(clock_off)],
            cwd=REPO,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self.reports: queue.Queue[tuple[float, str]] = queue.Queue()
        self.seen: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            at, _, text = line.rstrip("\n").partition(" ")
            self.reports.put((float(at), text))

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def latest(self, prefix: str) -> tuple[float, str] | None:
        """The newest report starting with prefix, taking in everything that has arrived."""
        while True:
            try:
                self.seen.append(self.reports.get_nowait())
            except queue.Empty:
                break
        return next(((at, text) for at, text in reversed(self.seen) if text.startswith(prefix)), None)

    def has(self, text: str) -> bool:
        found = self.latest(text)
        return found is not None and found[1] == text

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            stream.close()
