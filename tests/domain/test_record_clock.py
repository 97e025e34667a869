"""The instant the record reads the meeting clock at: from the review's own data, never the time of exporting."""

import datetime as dt

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.notes import Note
from facilitator.domain.review import Review
from facilitator.domain.whole_review import WholeReview, meeting_start, record_clock, record_time

START = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)


def _at(minutes: int) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


def _event(minutes: int, kind: ClockEvent, phase: Phase | None = None) -> MeetingEvent:
    return MeetingEvent(_at(minutes), kind, phase)


def _note(minutes: int) -> Note:
    return Note("said", _at(minutes))


RUNNING = (_event(0, ClockEvent.START), _event(5, ClockEvent.PHASE, Phase.TIMELINE))


def test_before_any_clock_event_there_is_no_meeting_time():
    assert record_time((), (_note(3),)) is None
    assert record_clock(WholeReview(Review("INC-1", "T", START.date()))) is None


def test_a_stopped_clock_is_read_at_its_last_event():
    """Paused at the end: notes typed afterwards do not add meeting time."""
    events = (*RUNNING, _event(80, ClockEvent.PAUSE))
    assert record_time(events, (_note(95),)) == _at(80)


def test_a_running_clock_is_read_at_the_last_note_taken_after_its_last_event():
    """Still running: the time counts up to the latest note, if one came after the last event."""
    assert record_time(RUNNING, (_note(3), _note(40))) == _at(40)
    assert record_time(RUNNING, (_note(3),)) == _at(5)


def test_the_clock_reading_splits_the_time_by_phase():
    whole = WholeReview(Review("INC-1", "T", START.date()), events=RUNNING, notes=(_note(40),))
    reading = record_clock(whole)
    assert reading.spent == {Phase.OPENING: dt.timedelta(minutes=5), Phase.TIMELINE: dt.timedelta(minutes=35)}
    assert meeting_start(RUNNING) == START


def test_an_ended_meeting_is_counted_to_its_end_not_to_later_notes_or_moves():
    """Ended at 85 minutes, a note at 100 and a move to the close at 110 add no meeting time."""
    events = (*RUNNING, _event(85, ClockEvent.END), _event(110, ClockEvent.PHASE, Phase.CLOSE))
    whole = WholeReview(Review("INC-1", "T", START.date()), events=events, notes=(_note(100),))
    reading = record_clock(whole)
    assert reading.elapsed == dt.timedelta(minutes=85)
    assert reading.spent[Phase.TIMELINE] == dt.timedelta(minutes=80)
