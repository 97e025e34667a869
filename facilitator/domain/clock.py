"""Where time comes from: one clock, made by the program's composition root and handed to whatever reads the time.

Wall time (`now`, an aware UTC datetime) dates what is stored and runs the meeting clock; elapsed time (`elapsed`,
monotonic seconds) measures how long something has been on screen. Tests hand in a ManualClock and advance it
instead of sleeping."""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol

MANUAL_START = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)
"""Where a manual clock starts unless told otherwise: a Monday afternoon."""


class Clock(Protocol):
    """What reads the time asks of the clock it was given."""

    def now(self) -> dt.datetime:
        """The wall time now, an aware datetime in UTC."""
        ...

    def elapsed(self) -> float:
        """Seconds from an arbitrary start that never go backwards (for measuring spans, not for dates)."""
        ...


class SystemClock:
    """The computer's own clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def elapsed(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that stands still until it is advanced: wall time and elapsed time move together."""

    def __init__(self, start: dt.datetime = MANUAL_START) -> None:
        if start.tzinfo is None:
            raise ValueError("A manual clock starts at an aware time.")
        self._now = start.astimezone(dt.UTC)
        self._elapsed = 0.0

    def now(self) -> dt.datetime:
        return self._now

    def elapsed(self) -> float:
        return self._elapsed

    def advance(self, minutes: float = 0.0, seconds: float = 0.0) -> None:
        """Move the clock on; it never goes back."""
        step = minutes * 60 + seconds
        if step < 0:
            raise ValueError("A clock only moves on.")
        self._now += dt.timedelta(seconds=step)
        self._elapsed += step


class ShiftedClock:
    """Another clock's wall time moved by a set amount: this laptop's clock set to the team server's (both windows
    of a meeting then read one time), or, in a test, a laptop whose clock is minutes out. Elapsed time is unmoved."""

    def __init__(self, clock: Clock, shift: dt.timedelta = dt.timedelta(0)) -> None:
        self.clock = clock
        self.shift = shift

    def now(self) -> dt.datetime:
        return self.clock.now() + self.shift

    def elapsed(self) -> float:
        return self.clock.elapsed()


class Stopwatch:
    """Measures a span on a clock's elapsed time: started, read, restarted or stopped."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        self._since = self.clock.elapsed()

    def stop(self) -> None:
        self._since = None

    def seconds(self) -> float:
        """Seconds since it started (0 when it is not running)."""
        return 0.0 if self._since is None else self.clock.elapsed() - self._since

    def restart(self) -> float:
        """The seconds so far, and it starts again from now."""
        seconds = self.seconds()
        self.start()
        return seconds


SYSTEM_CLOCK = SystemClock()
"""The one system clock a composition root hands out when nothing else is given."""
