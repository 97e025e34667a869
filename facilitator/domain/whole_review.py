"""Everything one review holds, as one value: what the record and the review archive are made from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field

from .actions import Action
from .agenda import Phase
from .comments import Comment
from .meeting_clock import ClockEvent, ClockReading, MeetingEvent, read_clock
from .notes import Note
from .parking import ParkedItem
from .people import Person
from .record import record
from .review import Review
from .timeline import TimelineEntry


@record
class KeyQuestionState:
    covered: bool = False
    answer: str = ""
    """A short recorded answer, e.g. "not yet"; what was said is in the notes filed under the question."""


@record
class WholeReview:
    """A review with its people, timeline, meeting, notes, parking lot, actions and comments.

    Entries, notes, parked items, actions and comments carry ids, and the references between them
    (a note's entry, an action's parked item) use those ids: a store's ids, or an archive's numbering.
    """

    review: Review
    people: tuple[Person, ...] = ()
    entries: tuple[TimelineEntry, ...] = ()
    source_keys: Mapping[int, str] = field(default_factory=dict)
    """Each imported entry's import identity by entry id, so importing the same file again adds nothing."""
    events: tuple[MeetingEvent, ...] = ()
    budgets: Mapping[Phase, int] = field(default_factory=dict)
    key_questions: Mapping[str, KeyQuestionState] = field(default_factory=dict)
    opening_text: str | None = None
    """The review's own opening words; None means the default ones in resources/."""
    pulse_learned: int | None = None
    pulse_would_return: int | None = None
    current_entry_id: int | None = None
    current_key_question: str | None = None
    notes: tuple[Note, ...] = ()
    note_draft: str = ""
    parked: tuple[ParkedItem, ...] = ()
    actions: tuple[Action, ...] = ()
    comments: tuple[Comment, ...] = ()


def record_time(events: tuple[MeetingEvent, ...], notes: tuple[Note, ...]) -> dt.datetime | None:
    """The instant the record's clock is read at: the last clock event or, while the clock still runs,
    the last note taken after it if that is later. Never the time of exporting, so the same review
    always gives the same record; None before the meeting has any clock event."""
    if not events:
        return None
    last = max(event.at for event in events)
    if read_clock(events, last).running and notes:
        return max(last, max(note.wall for note in notes))
    return last


def record_clock(whole: WholeReview) -> ClockReading | None:
    """The meeting clock as the record tells it (see record_time); None if it never started."""
    at = record_time(whole.events, whole.notes)
    if at is None:
        return None
    reading = read_clock(whole.events, at)
    return reading if reading.started else None


def meeting_start(events: tuple[MeetingEvent, ...]) -> dt.datetime | None:
    """When the clock was first started, if it was."""
    return min((event.at for event in events if event.kind is ClockEvent.START), default=None)
