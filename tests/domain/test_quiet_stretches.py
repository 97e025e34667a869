"""Quiet stretches: silences longer than the incident's pace, offered as 'what was happening here?'."""

import datetime as dt

from facilitator.domain.quiet_stretches import FLOOR, QuietStretch, quiet_stretches, quiet_threshold
from facilitator.domain.timeline import MomentKind, TimelineEntry

START = dt.datetime(2026, 10, 14, 18, 0, tzinfo=dt.UTC)


def _entries(*minutes: float, marked: tuple[float, ...] = ()) -> list[TimelineEntry]:
    return [
        TimelineEntry(START + dt.timedelta(minutes=m), "Priya", f"at {m}", moment=MomentKind.OBSERVATION if m in marked else None)
        for m in minutes
    ]


def test_a_silence_much_longer_than_the_usual_gap_is_found():
    """Entries every two minutes, then nothing for 40: that stretch is found, from its last entry to the next."""
    entries = _entries(0, 2, 4, 6, 8, 48, 50, 52)
    found = quiet_stretches(entries)
    assert [(s.after.text, s.until, s.length) for s in found] == [("at 8", START + dt.timedelta(minutes=48), dt.timedelta(minutes=40))]


def test_no_silence_under_fifteen_minutes_counts_however_brisk_the_incident():
    """A chat burst of entries every few seconds does not make a ten-minute pause a question."""
    entries = _entries(*(n / 10 for n in range(30)), 13)
    assert quiet_threshold(entries) == FLOOR
    assert quiet_stretches(entries) == []


def test_a_slow_incident_counts_only_what_is_slow_for_it():
    """Entries an hour apart: a two-hour silence is its usual pace, a five-hour one is asked about."""
    entries = _entries(0, 60, 120, 180, 300, 360, 660)
    assert quiet_threshold(entries) == dt.timedelta(hours=4)
    assert [s.after.text for s in quiet_stretches(entries)] == ["at 360"]


def test_a_silence_after_a_marked_moment_is_left_to_that_moment():
    """The room will discuss the marked moment (and what came after it); marking a silence makes such a moment,
    so it is not offered twice."""
    entries = _entries(0, 2, 4, 6, 8, 48, 50, 52, marked=(8,))
    assert quiet_stretches(entries) == []


def test_entries_in_any_order_and_too_few_to_have_a_pace():
    """Order does not matter; one entry, or none, has no silence to ask about."""
    entries = _entries(0, 2, 4, 6, 8, 48, 50, 52)
    assert quiet_stretches(list(reversed(entries))) == quiet_stretches(entries)
    assert quiet_stretches(entries[:1]) == [] and quiet_stretches([]) == []
    stretch = QuietStretch(entries[4], entries[5].at)
    assert stretch.start == entries[4].at
