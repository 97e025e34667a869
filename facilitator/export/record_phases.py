"""The record's side of the meeting's phases: each phase's section, and the review-wide sections that follow it.

The record is written phase by phase in the agenda's order (domain/agenda.py), so a new phase needs only its
section here (and its words in resources/text/record.toml)."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable, Mapping

from ..domain.agenda import Phase
from ..domain.key_questions import KeyQuestion
from ..domain.meeting_clock import ClockReading
from ..domain.questions import QuestionLibrary
from ..domain.record import record
from ..domain.whole_review import WholeReview, record_time
from .preread import long_date
from .record_blocks import fill, heading, note_list, quote
from .record_meeting import (
    Places,
    actions_section,
    close_section,
    comments_section,
    key_questions_section,
    parking_section,
    perspectives_section,
    timings_section,
)
from .record_notes import FiledNotes
from .record_timeline import EntryTimes, timeline_section


@record
class RecordParts:
    """What every section of the record may draw on, read once for the whole record."""

    whole: WholeReview
    notes: FiledNotes
    words: Mapping
    """resources/text/record.toml"""
    meeting: Mapping
    """resources/text/meeting.toml"""
    tags: Mapping[str, str]
    questions: tuple[KeyQuestion, ...]
    library: QuestionLibrary
    places: Places
    times: EntryTimes
    reading: ClockReading | None
    budgets: Mapping[Phase, int]
    zone: zoneinfo.ZoneInfo
    parking: Mapping
    """resources/text/parking.toml"""


Section = Callable[[RecordParts], list[str]]


def opening_section(parts: RecordParts) -> list[str]:
    """The opening statement and the Prime Directive: as read to the room, or as prepared before the meeting."""
    whole, opening, words = parts.whole, parts.meeting["opening"], parts.words["opening"]
    text = whole.opening_text or opening["text"].strip()
    directive = f"“{opening['prime_directive'].strip()}”\n— {opening['prime_directive_by'].strip()}"
    started = parts.reading is not None
    intro, reminded = (words["intro"], words["prime_directive"]) if started else (words["intro_before"], words["prime_directive_before"])
    blocks = [heading(2, words["heading"]), intro, quote(text.split("\n\n")), reminded, quote([directive])]
    said = parts.notes.by_phase.get(Phase.OPENING, [])
    return blocks + ([words["notes"], note_list(said, parts.tags)] if said else [])


def _timeline(parts: RecordParts) -> list[str]:
    whole, words = parts.whole, parts.words
    return timeline_section(
        whole.entries, parts.notes, parts.times, {**words["timeline"], "units": words["units"]},
        parts.library, parts.tags, parts.reading is not None, whole.current_entry_id,
    )


def _key_questions(parts: RecordParts) -> list[str]:
    return key_questions_section(parts.questions, parts.whole.key_questions, parts.notes, parts.words["key_questions"], parts.tags)


def _actions(parts: RecordParts) -> list[str]:
    return actions_section(parts.whole.actions, parts.notes, parts.words["actions"], parts.tags)


def _close(parts: RecordParts) -> list[str]:
    whole = parts.whole
    return close_section(whole.pulse_learned, whole.pulse_would_return, parts.notes, parts.words["close"], parts.tags)


def _perspectives(parts: RecordParts) -> list[str]:
    return perspectives_section(parts.notes, parts.places, parts.words["perspectives"])


def _comments(parts: RecordParts) -> list[str]:
    return comments_section(parts.whole.comments, parts.places, parts.words["comments"])


def _parking(parts: RecordParts) -> list[str]:
    return parking_section(parts.whole.parked, parts.words["parking"], parts.parking)


def _timings(parts: RecordParts) -> list[str]:
    words = parts.words
    return timings_section(
        parts.reading, parts.budgets, parts.whole.review.slot_minutes, still_running(parts),
        words["timings"], parts.meeting["phases"], words["units"],
    )


def still_running(parts: RecordParts) -> str:
    """Said when the record is written while the meeting clock still runs."""
    if parts.reading is None or not parts.reading.running:
        return ""
    last = record_time(parts.whole.events, parts.whole.notes)
    if last is None:
        return ""
    at = last.astimezone(parts.zone)
    return fill(parts.words["still_running"], time=f"{long_date(at.date())}, {at:%H:%M}")


PHASE_SECTIONS: Mapping[Phase, Section] = {
    Phase.OPENING: opening_section,
    Phase.TIMELINE: _timeline,
    Phase.KEY_QUESTIONS: _key_questions,
    Phase.ACTIONS: _actions,
    Phase.CLOSE: _close,
}
"""Each phase's own section of the record."""

AFTER_PHASE: Mapping[Phase, tuple[Section, ...]] = {
    Phase.KEY_QUESTIONS: (_perspectives, _comments, _parking),
    Phase.ACTIONS: (_timings,),
}
"""Sections about the whole review, placed after a phase's own: what was said across the meeting and outside it,
before the actions; the time spent, before the close."""
