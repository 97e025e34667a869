"""The meeting's stored state: clock events replay the same after reopening, budgets, key questions, pulse."""

import datetime as dt

import pytest

from facilitator.domain.agenda import AgendaError, Phase, default_budgets
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent, read_clock
from facilitator.domain.review import Review, ReviewState
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

T0 = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)


def _review(store, slot=90):
    return store.create(
        Review(incident_ref="INC-9", title="Disk full", incident_date=dt.date(2026, 11, 1), slot_minutes=slot, timezone="UTC")
    )


def test_clock_events_read_back_the_same_after_reopening(store, db_path):
    """Start, phase change and pause survive closing the database; the reading is identical."""
    review = _review(store)
    events = [
        MeetingEvent(T0, ClockEvent.START),
        MeetingEvent(T0 + dt.timedelta(minutes=6), ClockEvent.PHASE, Phase.TIMELINE),
        MeetingEvent(T0 + dt.timedelta(minutes=30), ClockEvent.PAUSE),
    ]
    for event in events:
        store.meeting.add_event(review.id, event)
    store.db.close()
    reopened = ReviewStore(open_database(db_path))
    try:
        assert reopened.meeting.events(review.id) == events
        now = T0 + dt.timedelta(minutes=45)
        assert read_clock(reopened.meeting.events(review.id), now) == read_clock(events, now)
    finally:
        reopened.db.close()


def test_clearing_the_clock_can_be_put_back(store):
    """A reset returns the events it removed; restoring them brings the same clock back."""
    review = _review(store)
    store.meeting.add_event(review.id, MeetingEvent(T0, ClockEvent.START))
    removed = store.meeting.clear_events(review.id)
    assert store.meeting.events(review.id) == []
    store.meeting.restore_events(review.id, removed)
    assert store.meeting.events(review.id) == removed


def test_budgets_default_to_the_slot_and_keep_edits(store):
    """No stored budgets: the slot's defaults. Stored ones come back, and keep their choices when the slot
    changes (the timeline takes the difference)."""
    review = _review(store)
    assert store.meeting.budgets(review.id, 90) == default_budgets(90)
    edited = {**default_budgets(90), Phase.OPENING: 8, Phase.TIMELINE: 52}
    store.meeting.set_budgets(review.id, edited, 90)
    assert store.meeting.budgets(review.id, 90) == edited
    assert store.meeting.budgets(review.id, 120) == {**edited, Phase.TIMELINE: 82}


def test_budgets_that_do_not_sum_to_the_slot_are_refused(store):
    """Saving budgets that add up to more than the slot is refused and nothing changes."""
    review = _review(store)
    with pytest.raises(AgendaError):
        store.meeting.set_budgets(review.id, {**default_budgets(90), Phase.OPENING: 9}, 90)
    assert store.meeting.budgets(review.id, 90) == default_budgets(90)


def test_key_questions_covered_and_the_one_on_screen(store):
    """Covered key questions and the one on screen are stored per review."""
    review = _review(store)
    store.meeting.set_covered(review.id, "declared", True)
    store.meeting.set_covered(review.id, "decisions", True)
    store.meeting.set_covered(review.id, "decisions", False)
    assert store.meeting.covered_questions(review.id) == {"declared"}
    store.meeting.set_current_key_question(review.id, "declared")
    assert store.meeting.current_key_question(review.id) == "declared"


def test_marking_covered_and_answering_keep_each_other(store):
    """Setting a key question's answer keeps whether it was covered, and marking it covered keeps its answer."""
    review = _review(store)
    store.meeting.set_covered(review.id, "restored", True)
    store.meeting.set_answer(review.id, "restored", "not yet")
    store.meeting.set_answer(review.id, "declared", "yes")
    assert store.meeting.covered_questions(review.id) == {"restored"}
    store.meeting.set_covered(review.id, "declared", True)
    store.meeting.set_answer(review.id, "restored", "done")
    assert store.meeting.covered_questions(review.id) == {"restored", "declared"}
    assert store.meeting.answers(review.id) == {"restored": "done", "declared": "yes"}


def test_opening_text_and_pulse(store):
    """A review's own opening words and the closing pulse counts read back; blank text means the default."""
    review = _review(store)
    assert store.meeting.opening_text(review.id) is None
    store.meeting.set_opening_text(review.id, "Our words for this review.")
    assert store.meeting.opening_text(review.id) == "Our words for this review."
    store.meeting.set_opening_text(review.id, "   ")
    assert store.meeting.opening_text(review.id) is None
    store.meeting.set_pulse(review.id, 7, 9)
    assert store.meeting.pulse(review.id) == (7, 9)
    with pytest.raises(ValueError):
        store.meeting.set_pulse(review.id, -1, 2)


def test_the_reviews_state_follows_its_clock(store):
    """Preparing until F5 starts the meeting, in meeting while it runs, held once it reaches the close;
    resetting the clock makes it preparing again."""
    review = _review(store)
    assert store.get(review.id).state is ReviewState.PREPARING
    store.meeting.add_event(review.id, MeetingEvent(T0, ClockEvent.START))
    assert store.get(review.id).state is ReviewState.IN_MEETING
    store.meeting.add_event(review.id, MeetingEvent(T0 + dt.timedelta(minutes=80), ClockEvent.PHASE, Phase.CLOSE))
    assert store.get(review.id).state is ReviewState.HELD
    store.meeting.clear_events(review.id)
    assert store.get(review.id).state is ReviewState.PREPARING
    store.meeting.add_event(review.id, MeetingEvent(T0, ClockEvent.START))
    store.meeting.restore_events(review.id, [])
    assert store.get(review.id).state is ReviewState.PREPARING
