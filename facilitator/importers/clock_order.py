"""Which way a file's clock times run, so that a time without a date moves to the right day when the clock jumps."""

from __future__ import annotations

import datetime as dt
import itertools
import re

ORDER_EVIDENCE = 200
"""How many of a file's clock times show which way its times run: enough to tell, few enough to stay quick."""
WIDE_EVIDENCE = 2
"""How many more wide steps one way than the other show the order of a file whose times are all far apart."""
_LINE_CLOCK = re.compile(r"(?:\A|\n)[ \t>*_#|`~+-]{0,8}(\d{1,2}):(\d{2})(?::\d{2})?(?:\s?([AaPp])\.?[Mm])?")
"""A clock time at the start of a line (after a bullet, a quote or emphasis), to see which way a file's times run."""


def newer_first_steps(text: str, gap: float) -> int:
    """How many more steps back in time than forward the first ORDER_EVIDENCE clock times that start the text's
    lines take (steps of at most `gap` seconds): above 0 when the text lists the newest first.

    When no two times are that close (a status history updated every few hours), steps of up to twice `gap` count
    instead, once at least WIDE_EVIDENCE more of them go one way than the other: a single one could as well be a
    night between two days."""
    steps, wide, close, previous = 0, 0, False, None
    for match in itertools.islice(_LINE_CLOCK.finditer(text), ORDER_EVIDENCE):
        hour = int(match.group(1)) % 12 + (12 if (match.group(3) or "").lower() == "p" else 0)
        now = (hour if match.group(3) else int(match.group(1))) * 60 + int(match.group(2))
        if previous is not None:
            step, way = abs(now - previous) * 60, 1 if now < previous else -1
            if 0 < step <= gap:
                steps, close = steps + way, True
            elif gap < step <= 2 * gap:
                wide += way
        previous = now
    return wide if not close and abs(wide) >= WIDE_EVIDENCE else steps


def day_change(step: float, newer_first: bool, gap: float) -> dt.timedelta:
    """The day a clock time without a date moves to, `step` seconds after the one before it: the next day when it
    goes back more than `gap` seconds, or in a file listing the newest first (a status page), the day before when it
    goes forward more."""
    if newer_first:
        return dt.timedelta(days=-1) if step > gap else dt.timedelta()
    return dt.timedelta(days=1) if -step > gap else dt.timedelta()
