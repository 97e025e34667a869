"""Walking the timeline as prompts: the marked moments, in order, and where to go next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .timeline import TimelineEntry


def next_prompt(entries: Sequence[TimelineEntry], current: int | None, marked_only: bool = True) -> int | None:
    """Index of the prompt after current (or the first), or None at the end."""
    start = 0 if current is None else current + 1
    return next((i for i in range(start, len(entries)) if _counts(entries[i], marked_only)), None)


def previous_prompt(entries: Sequence[TimelineEntry], current: int | None, marked_only: bool = True) -> int | None:
    """Index of the prompt before current (or the last), or None at the start."""
    start = len(entries) - 1 if current is None else current - 1
    return next((i for i in range(start, -1, -1) if _counts(entries[i], marked_only)), None)


def first_prompt(entries: Sequence[TimelineEntry], marked_only: bool = True) -> int | None:
    return next_prompt(entries, None, marked_only)


def last_prompt(entries: Sequence[TimelineEntry], marked_only: bool = True) -> int | None:
    return previous_prompt(entries, None, marked_only)


def find_prompt(
    entries: Sequence[TimelineEntry],
    words: str,
    zone: dt.tzinfo,
    after: int | None = None,
    marked_only: bool = False,
) -> int | None:
    """The next entry whose time, actor or text contains all the typed words, wrapping round."""
    needles = words.casefold().split()
    if not needles:
        return None
    start = 0 if after is None else after + 1
    order = [*range(start, len(entries)), *range(0, start)]
    for i in order:
        entry = entries[i]
        if marked_only and not entry.marked:
            continue
        local = entry.at.astimezone(zone)
        haystack = f"{local:%H:%M} {entry.actor} {entry.text} {entry.detail}".casefold()
        if all(n in haystack for n in needles):
            return i
    return None


def undiscussed_moments(entries: Sequence[TimelineEntry]) -> int:
    return sum(1 for e in entries if e.marked and not e.discussed)


def _counts(entry: TimelineEntry, marked_only: bool) -> bool:
    return entry.marked or not marked_only
