"""The team server's clock as the meeting's one time: how far this machine's clock is from it.

Two laptops' clocks can be minutes apart; the facilitator's dates the phases and the note-taker's dates the notes.
Both windows read the server's clock instead (PostgreSQL's clock_timestamp()), so a phase begun on one is begun on
the other, and notes from both fall in one order. A file has one machine, so one clock: nothing to agree."""

from __future__ import annotations

import datetime as dt

from ..domain.clock import Clock
from .errors import ServerError


def server_shift(db, clock: Clock) -> dt.timedelta | None:
    """How far the server's clock is ahead of clock (negative: behind), read over one round trip and taken at its
    middle; None for a file, or when the server cannot be reached."""
    if db.dialect == "sqlite":
        return None
    before = clock.now()
    try:
        row = db.execute("SELECT clock_timestamp()").fetchone()
    except (ServerError, OSError):
        return None
    after = clock.now()
    server_now = row[0]
    if not isinstance(server_now, dt.datetime) or server_now.tzinfo is None:
        return None
    return server_now - (before + (after - before) / 2)
