"""Shared pieces of the benchmarks: a table row, and one measured child process."""

from __future__ import annotations

import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[2]


class Row(NamedTuple):
    """One line of the bench table: the app's value against a baseline from the same run.

    A cost row (time, memory) passes when its ratio to the baseline is at most `target`; a rate row
    (entries per second, higher is better) passes when its value is at least `target`.
    """

    name: str
    value: float
    baseline: float
    ratio: float
    target: float
    higher_is_better: bool = False

    @classmethod
    def of(cls, name: str, value: float, baseline: float, target: float) -> Row:
        return cls(name, value, baseline, value / baseline, target)

    @classmethod
    def minimum(cls, name: str, value: float, baseline: float, minimum: float) -> Row:
        """A rate row: the value must reach `minimum`; the ratio to the baseline is shown for scale."""
        return cls(name, value, baseline, value / baseline, minimum, higher_is_better=True)

    @classmethod
    def at_most(cls, name: str, value: float, baseline: float, maximum: float) -> Row:
        """A cost row with an absolute bound: passes when the value is at most `maximum` (the target
        column shows that bound as a ratio to this run's baseline)."""
        return cls(name, value, baseline, value / baseline, maximum / baseline)

    @classmethod
    def info(cls, name: str, value: float, baseline: float) -> Row:
        """A cost row shown for scale only: it has no target, so it always passes."""
        return cls(name, value, baseline, value / baseline, math.inf)

    @property
    def passed(self) -> bool:
        return self.value >= self.target if self.higher_is_better else self.ratio <= self.target


class BenchmarkFailed(Exception):
    """A measured process did not finish cleanly, so its numbers mean nothing."""


FIRST_PAINT = "first-paint "
"""The line a process run with FACILITATOR_QUIT_AFTER_FIRST_PAINT prints on stderr: its CLOCK_MONOTONIC when painted."""


@dataclass(frozen=True)
class Sample:
    """What one child process cost: wall time from spawn to exit, from spawn to its first paint
    (None if it printed none), and its peak RSS."""

    seconds: float
    peak_mib: float
    first_paint: float | None = None


@dataclass(frozen=True)
class Command:
    """A process to measure, started with the interpreter running the benchmarks."""

    label: str
    args: Sequence[str]
    env: Mapping[str, str]

    def argv(self) -> list[str]:
        return [sys.executable, *self.args]


def child_env(home: str, **extra: str) -> dict[str, str]:
    """This environment, offscreen, with settings and data kept under the throwaway `home`.

    Bytecode caching is left on whatever the calling shell says: an installed app runs from its
    compiled .pyc files (pip writes them), so a start-up measured while recompiling every module
    would not be the start-up users see. The warm-up run writes the cache."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=os.path.join(home, "config"),
        XDG_DATA_HOME=os.path.join(home, "data"),
    )
    env.update(extra)
    return env


def measure(command: Command, timeout: float = 60.0) -> Sample:
    """Run the command once; wall time and ru_maxrss come from os.wait4 on its pid."""
    with tempfile.TemporaryFile() as errors:
        spawned = time.monotonic()
        started = time.perf_counter()
        process = subprocess.Popen(
            command.argv(), cwd=REPO, env=dict(command.env), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors
        )
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            os.kill(process.pid, signal.SIGKILL)

        watchdog = threading.Timer(timeout, kill)
        watchdog.start()
        # Wait for the exit without reaping, so the watchdog can never hit a reused pid.
        os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        elapsed = time.perf_counter() - started
        watchdog.cancel()
        watchdog.join()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if timed_out.is_set() or process.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip().splitlines()[-5:]
            why = f"killed after {timeout:.0f} s" if timed_out.is_set() else f"exit status {process.returncode}"
            raise BenchmarkFailed(f"{command.label}: {why}: {' '.join(command.argv())}\n  " + "\n  ".join(tail))
        errors.seek(0)
        painted = _first_paint(errors.read().decode(errors="replace"))
    first_paint = painted - spawned if painted is not None else None
    return Sample(seconds=elapsed, peak_mib=usage.ru_maxrss / 1024, first_paint=first_paint)  # ru_maxrss is KiB on Linux


def _first_paint(stderr: str) -> float | None:
    """CLOCK_MONOTONIC (the same clock in every process) of the first paint the process reported."""
    for line in stderr.splitlines():
        if line.startswith(FIRST_PAINT):
            return float(line[len(FIRST_PAINT):])
    return None


def alternate(commands: Sequence[Command], runs: int, warmups: int = 1) -> dict[str, list[Sample]]:
    """Run the commands in turn, warm-ups first (discarded), swapping the order each round."""
    for _ in range(warmups):
        for command in commands:
            measure(command)
    samples: dict[str, list[Sample]] = {command.label: [] for command in commands}
    for round_ in range(runs):
        for command in commands if round_ % 2 == 0 else reversed(commands):
            samples[command.label].append(measure(command))
    return samples


def median(samples: Sequence[Sample], field: str) -> float:
    return statistics.median(getattr(sample, field) for sample in samples)
