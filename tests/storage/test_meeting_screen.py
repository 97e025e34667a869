"""The meeting's whole state in one statement: the same as the store's own reads, one query however much it holds."""

import datetime as dt

import pytest

from facilitator.domain.actions import Action
from facilitator.domain.agenda import Phase
from facilitator.domain.comments import Comment
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.notes import Note, Place
from facilitator.domain.parking import ParkCategory, ParkedItem
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.storage.errors import ReviewNotFound
from facilitator.storage.meeting_screen import read_meeting_record
from facilitator.storage.statement_count import counted_statements

AT = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def review(store):
    review = store.create(
        Review(incident_ref="INC-7", title="Queue stalled", incident_date=dt.date(2026, 3, 4), timezone="UTC"),
        [Person("Ada Quist", Role.RESPONDER, attendance=Attendance.PRESENT),
         Person("Bo Lindqvist", Role.OTHER, attendance=Attendance.PRESENT, takes_notes=True)],
    )
    store.timeline.add(review.id, [
        TimelineEntry(AT, "Ada Quist", "Paged", moment=MomentKind.DETECTION),
        TimelineEntry(AT + dt.timedelta(minutes=1), "Bo", "Looked at the queue"),
        TimelineEntry(AT + dt.timedelta(minutes=2), "Bo", "Restarted the consumer"),
        TimelineEntry(AT + dt.timedelta(minutes=3), "Ada", "Closed", moment=MomentKind.DECISION),
    ])
    entries = store.timeline.entries(review.id)
    store.meeting.add_event(review.id, MeetingEvent(AT, ClockEvent.START))
    store.meeting.add_event(review.id, MeetingEvent(AT + dt.timedelta(minutes=5), ClockEvent.PHASE, Phase.TIMELINE))
    store.meeting.set_budgets(review.id, {Phase.OPENING: 10, Phase.TIMELINE: 40, Phase.KEY_QUESTIONS: 20,
                                          Phase.ACTIONS: 15, Phase.CLOSE: 5}, 90)
    store.meeting.set_covered(review.id, "what_went_well", True)
    store.meeting.set_answer(review.id, "repair", "not yet")
    store.meeting.set_current_key_question(review.id, "repair")
    store.meeting.set_pulse(review.id, 4, 5)
    store.meeting.set_opening_text(review.id, "Welcome, everyone.")
    store.set_current_entry(review.id, entries[1].id)
    store.notes.keep(review.id, Note("Filed under an unmarked entry", AT, Place(Phase.TIMELINE, entry_id=entries[2].id)))
    store.parking.add(review.id, ParkedItem("Alert on queue depth", ParkCategory.UNSORTED, AT))
    store.parking.add_action(review.id, Action("Alert on depth", "Ada Quist"))
    store.comments.add(review.id, Comment("Was the runbook current?", "Eli", entry_id=entries[0].id))
    return review


def test_the_record_holds_what_the_store_reads_one_by_one(store, review):
    record = read_meeting_record(store.db, review.id)
    assert record.review == store.get(review.id)
    assert list(record.events) == store.meeting.events(review.id)
    assert record.budgets() == store.meeting.budgets(review.id, 90)
    assert record.covered == store.meeting.covered_questions(review.id)
    assert record.answers == store.meeting.answers(review.id)
    assert record.current_key_question == "repair"
    assert record.pulse == (4, 5)
    assert record.opening_text == "Welcome, everyone."
    assert record.current_entry_id == store.current_entry_id(review.id)
    assert list(record.people) == store.people(review.id)
    assert list(record.parked) == store.parking.items(review.id)
    assert list(record.actions) == store.parking.actions(review.id)
    assert list(record.comments) == store.comments.comments(review.id)
    noted = [n.place.entry_id for n in store.notes.notes(review.id)]
    assert list(record.moments) == store.timeline.moments(review.id, [record.current_entry_id, *noted])


def test_a_review_gone_is_said_so(store, review):
    store.delete(review.id)
    with pytest.raises(ReviewNotFound):
        read_meeting_record(store.db, review.id)


def test_budgets_never_set_are_the_defaults_for_the_slot(store):
    review = store.create(Review(incident_ref="INC-8", title="t", incident_date=dt.date(2026, 3, 4)))
    record = read_meeting_record(store.db, review.id)
    assert record.budgets() == store.meeting.budgets(review.id, review.slot_minutes)
    assert record.events == () and record.moments == () and record.answers == {}


@pytest.mark.sqlite_only
def test_the_record_is_one_statement(store, review):
    with counted_statements(store.db) as queries:
        read_meeting_record(store.db, review.id)
    assert len(queries) == 1


@pytest.mark.sqlite_only
def test_a_write_to_a_table_with_triggers_counts_once(store, review):
    entry = store.timeline.entries(review.id)[0]
    with counted_statements(store.db) as queries:
        store.timeline.record_time_on_screen(entry.id, 3)
        store.timeline.record_time_on_screen(entry.id, 4)
    assert len(queries) == 2
