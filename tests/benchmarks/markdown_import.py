"""Reading a 20,000-entry Markdown postmortem, in entries per second, beside the least a line reader could do.

The document is synthetic but written the ways people publish timelines: sections with a date and
zone on a line of their own, timed bullets with bold, code and links, sub-bullets, rough times
('~18:42', 'about 18:42'), zone words after the time ('7:09 AM Eastern'), prose paragraphs led by a
time, and date-only events. The baseline reads the same text with one regular expression per line
and makes a datetime for each timed line, as the simplest bullet reader would.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import statistics
import sys
import time
from collections.abc import Callable

from measure import Row

from facilitator.importers import ImportContext
from facilitator.importers.markdown_timeline import read_markdown

ENTRIES = 20_000
MINIMUM_RATE = 20_000.0
"""Entries per second the Markdown read must reach."""
PER_DAY = 400
FIRST_DAY = dt.date(2026, 10, 14)
CONTEXT = ImportContext(incident_date=FIRST_DAY, timezone="Europe/London")
WORDS = (
    "checkout errors rising after the certificate rotation rollback canary deploy latency p99 pool "
    "load balancer chain intermediate retry queue backlog database failover paging customer impact"
).split()
_BASELINE_LINE = re.compile(r"\s*(?:[-*+]\s+)?(?:\*\*)?(\d{1,2}):(\d{2})\S*\s+(.*)")


def markdown_import(runs: int) -> list[Row]:
    """Median rates over `runs` alternating rounds after one warm-up of each side."""
    text = write_postmortem(ENTRIES)
    entries = len(read_markdown(text, CONTEXT))
    sides: dict[str, Callable[[], object]] = {"read": lambda: read_markdown(text, CONTEXT), "baseline": lambda: _baseline(text)}
    taken: dict[str, list[float]] = {label: [] for label in sides}
    for side in sides.values():
        side()
    for round_ in range(runs):
        for label in list(sides) if round_ % 2 == 0 else list(reversed(sides)):
            started = time.perf_counter()
            sides[label]()
            taken[label].append(time.perf_counter() - started)
    print(f"  markdown import: {len(text):,} characters give {entries:,} entries", file=sys.stderr)
    for label, seconds in taken.items():
        print(f"  markdown import {label:9}  s: {' '.join(f'{s:.3f}' for s in seconds)}", file=sys.stderr)
    rate = {label: entries / statistics.median(seconds) for label, seconds in taken.items()}
    return [Row.minimum("Markdown postmortem read, entries/s", rate["read"], rate["baseline"], MINIMUM_RATE)]


def _baseline(text: str) -> list[tuple[dt.datetime, str]]:
    """One regular expression per line and a datetime per timed line: the least a Markdown reader could do."""
    found = []
    for line in text.splitlines():
        match = _BASELINE_LINE.match(line)
        if match is not None:
            at = dt.datetime.combine(FIRST_DAY, dt.time(int(match[1]) % 24, int(match[2]) % 60), tzinfo=dt.UTC)
            found.append((at, match[3]))
    return found


def write_postmortem(entries: int, seed: int = 2417) -> str:
    """A postmortem of about `entries` entries over days of PER_DAY, the same for the same seed."""
    rng = random.Random(seed)
    lines = ["# INC-2417: Checkout errors", "", "## Summary", "", "Checkout failed for some customers.", "", "## Timeline"]
    for number in range(0, entries, PER_DAY):
        day = FIRST_DAY + dt.timedelta(days=number // PER_DAY)
        lines += ["", f"**{day:%A} {day.day} {day:%B} {day.year} (times in UTC)**", ""]
        clock = dt.datetime.combine(day, dt.time(0, 5))
        for _ in range(min(PER_DAY, entries - number)):
            clock += dt.timedelta(seconds=rng.randint(60, 200))
            lines += _entry(rng, clock)
    return "\n".join(lines) + "\n"


def _entry(rng: random.Random, at: dt.datetime) -> list[str]:
    words = " ".join(rng.choices(WORDS, k=rng.randint(4, 16)))
    roll = rng.random()
    who = rng.choice(["Ada", "Cyd Marr", "Bo", "Dee"])
    if roll < 0.5:
        return [f"- {at:%H:%M} {who}: {words}"]
    if roll < 0.65:
        return [f"- **{at:%H:%M}** — **{words.upper()}** on `checkout-api`, see [graph](https://grafana.example.com/d/{rng.randrange(10**6)})",
                f"  - {who} acknowledged", "  - paged the database team"]
    if roll < 0.75:
        return [f"- ~{at:%H:%M} {words}"]
    if roll < 0.85:
        return ["", f"At {at:%Y/%m/%d %H:%M} UTC, {who.lower()} saw {words}", "and wrote it down.", ""]
    if roll < 0.95:
        return [f"- {at:%H:%M} Z {who}: {words}"]
    return [f"- {at:%H:%M} UTC about {words}"]
