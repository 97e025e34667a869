"""Quiet stretches: where a timeline falls silent for longer than the incident's own pace, so nothing was
recorded of what people were doing, seeing or waiting for. Each is worth asking about ('what was happening
here?') while preparing the review."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable

from .record import record
from .timeline import TimelineEntry, sorted_entries

FLOOR = dt.timedelta(minutes=15)
"""No silence shorter than this is worth a question, however brisk the incident."""
PACE_FACTOR = 4
"""A silence counts when it is longer than this many times the timeline's usual (median) gap between entries."""


@record
class QuietStretch:
    after: TimelineEntry
    """The last entry before the silence."""
    until: dt.datetime
    """When the next entry came."""

    @property
    def start(self) -> dt.datetime:
        return self.after.at

    @property
    def length(self) -> dt.timedelta:
        return self.until - self.after.at


def quiet_threshold(entries: Iterable[TimelineEntry], floor: dt.timedelta = FLOOR, factor: int = PACE_FACTOR) -> dt.timedelta:
    """How long a silence must be to count: the floor, or the factor times the median gap if that is longer."""
    ordered = sorted_entries(list(entries))
    gaps = [b.at - a.at for a, b in itertools.pairwise(ordered)]
    return max(floor, factor * _median(gaps)) if gaps else floor


def _median(gaps: list[dt.timedelta]) -> dt.timedelta:
    """The middle gap, or the mean of the two middle ones (statistics.median, for time spans)."""
    ordered = sorted(gaps)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def quiet_stretches(
    entries: Iterable[TimelineEntry], floor: dt.timedelta = FLOOR, factor: int = PACE_FACTOR
) -> list[QuietStretch]:
    """The silences longer than the threshold, in time order. One that follows a marked moment is left out:
    the room will be talking about that moment, and marking the silence itself makes such a moment."""
    ordered = sorted_entries(list(entries))
    limit = quiet_threshold(ordered, floor, factor)
    return [
        QuietStretch(a, b.at)
        for a, b in itertools.pairwise(ordered)
        if b.at - a.at > limit and not a.marked
    ]
