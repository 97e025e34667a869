"""A whole review with a meeting held, built without a database, with any text typed into every field."""

from __future__ import annotations

import datetime as dt

from facilitator.domain.actions import Action, Priority
from facilitator.domain.agenda import Phase
from facilitator.domain.comments import Comment
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.notes import Note, NoteTag, Place
from facilitator.domain.parking import Fate, ParkCategory, ParkedItem
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review, ReviewState, checked
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.domain.whole_review import KeyQuestionState, WholeReview

UTC = dt.UTC
MEETING = dt.datetime(2026, 10, 21, 13, 0, tzinfo=UTC)
"""The review meeting: 14:00 in London."""
RUN = 20
"""One-line entries in a row on the second day, enough to be summarised."""


def at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 10, day, hour, minute, tzinfo=UTC)


def minutes(n: float) -> dt.datetime:
    return MEETING + dt.timedelta(minutes=n)


def whole_review(typed: str = "typed words", recording: str = "https://recordings.example.com/inc-2417") -> WholeReview:
    """Every user-typed field holds `typed` (with a suffix where two must differ)."""
    review = checked(Review(
        incident_ref=f"INC-1 {typed}",
        title=f"Title {typed}",
        incident_date=dt.date(2026, 10, 14),
        severity=typed,
        major=True,
        client=typed,
        timezone="Europe/London",
        state=ReviewState.HELD,
        recording=recording,
        summary=f"Summary {typed}\nsecond line {typed}",
        impact=f"Who: {typed}\nHow long: {typed}",
        meeting_date=dt.date(2026, 10, 16),
        meeting_time=dt.time(14, 0),
        meeting_place=f"Place {typed}",
        meeting_link=f"Link {typed}",
    ))
    people = (
        Person(f"{typed} one", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT, id=1),
        Person(f"{typed} two", Role.RESPONDER, involved=True, attendance=Attendance.APOLOGIES, id=2),
        Person(f"{typed} host", Role.OTHER, attendance=Attendance.PRESENT, facilitates=True, id=3),
        Person(f"{typed} scribe", Role.OTHER, attendance=Attendance.PRESENT, takes_notes=True, id=4),
        Person(f"{typed} left out", Role.TECH_TEAM, attendance=Attendance.NOT_INVITED, id=5),
    )
    entries = (
        TimelineEntry(at(14, 17, 0), typed, typed, detail=typed, id=10),
        TimelineEntry(
            at(14, 17, 5), typed, typed, detail=f"{typed}\n{typed}", moment=MomentKind.DECISION, prep_note="PREP secret",
            discussed=True, seconds_on_screen=380, questions=("QUESTION never in the record",), id=11,
        ),
        TimelineEntry(at(14, 17, 9), typed, typed, id=12),
        *(TimelineEntry(at(15, 8, n), f"{typed} {n % 3}", typed, detail="DETAIL of a one-liner", id=100 + n) for n in range(RUN)),
        TimelineEntry(at(15, 9, 0), typed, typed, moment=MomentKind.COMMUNICATION, id=13),
    )
    notes = (
        _note(typed, Place(Phase.OPENING), 1),
        _note(typed, Place(Phase.TIMELINE, entry_id=11), 10, speaker=typed),
        _note(typed, Place(Phase.TIMELINE, entry_id=11), 11, tag=NoteTag.DISSENT, speaker=typed),
        _note("PRIVATE never in the record", Place(Phase.TIMELINE, entry_id=11), 12, private=True),
        _note(typed, Place(Phase.TIMELINE, entry_id=12), 13, tag=NoteTag.KNEW_THEN),
        _note(typed, Place(Phase.TIMELINE, entry_id=11), 14, tag=NoteTag.KNOW_NOW),
        _note(typed, Place(Phase.TIMELINE), 15, tag=NoteTag.OPEN_QUESTION),
        _note(typed, Place(Phase.KEY_QUESTIONS, key_question="what_happened"), 40),
        _note(typed, Place(Phase.KEY_QUESTIONS), 41, tag=NoteTag.DISCOVERY),
        _note(typed, Place(Phase.ACTIONS), 60),
        _note(typed, Place(Phase.CLOSE), 80),
        _note(typed, Place(), -5),
    )
    parked = (
        ParkedItem(f"{typed} a", ParkCategory.ACTION_IDEA, minutes(20), raised_by=typed, entry_id=11, fate=Fate.ACTION, id=1),
        ParkedItem(f"{typed} b", ParkCategory.TECH_FORUM, minutes(21), fate=Fate.FORUM, id=2),
        ParkedItem(f"{typed} c", ParkCategory.LATER, minutes(22), fate=Fate.DROPPED, fate_reason=typed, id=3),
        ParkedItem(f"{typed} d", ParkCategory.UNSORTED, minutes(23), id=4),
    )
    actions = tuple(
        Action(
            f"{typed} action {n}", typed, due=dt.date(2026, 11, 1 + n), priority=Priority.HIGH, isms_impact=n == 0,
            tracker_ref=typed, description=typed, parked_item_id=1 if n == 0 else None, rank=n, id=n + 1,
        )
        for n in range(4)
    )
    comments = (
        Comment(typed, author=None, via=typed, entry_id=11, id=1),
        Comment(typed, author=typed, received_on=dt.date(2026, 10, 20), via=typed, id=2),
    )
    events = (
        MeetingEvent(minutes(0), ClockEvent.START),
        MeetingEvent(minutes(6), ClockEvent.PHASE, Phase.TIMELINE),
        MeetingEvent(minutes(38), ClockEvent.PHASE, Phase.KEY_QUESTIONS),
        MeetingEvent(minutes(55), ClockEvent.PHASE, Phase.ACTIONS),
        MeetingEvent(minutes(72), ClockEvent.PHASE, Phase.CLOSE),
        MeetingEvent(minutes(85), ClockEvent.PAUSE),
    )
    return WholeReview(
        review=review,
        people=people,
        entries=entries,
        events=events,
        budgets={Phase.OPENING: 5, Phase.TIMELINE: 55, Phase.KEY_QUESTIONS: 12, Phase.ACTIONS: 13, Phase.CLOSE: 5},
        key_questions={
            "what_happened": KeyQuestionState(covered=True),
            "restored": KeyQuestionState(answer="not yet"),
        },
        opening_text=f"{typed}\n\n{typed}",
        pulse_learned=5,
        pulse_would_return=1,
        notes=notes,
        parked=parked,
        actions=actions,
        comments=comments,
    )


def _note(text: str, place: Place, minute: float, **rest) -> Note:
    return Note(text=text, wall=minutes(minute), place=place, **rest)
