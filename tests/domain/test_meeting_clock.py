"""The meeting timer, read against a fake clock: start, pause, resume, phases, and no drift over two hours."""

import datetime as dt

from facilitator.domain.agenda import Phase, default_budgets
from facilitator.domain.meeting_clock import (
    ClockEvent,
    MeetingEvent,
    clock_text,
    meeting_state,
    read_clock,
    suggested_per_moment,
)
from facilitator.domain.review import ReviewState

T0 = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def ev(minutes, kind, phase=None):
    return MeetingEvent(at(minutes), kind, phase)


def test_an_unstarted_meeting_reads_zero_and_is_in_the_opening():
    """Before Start nothing runs and the whole slot is left."""
    reading = read_clock([], at(30))
    assert not reading.started and not reading.running
    assert reading.phase is Phase.OPENING
    assert reading.slot_remaining(90) == dt.timedelta(minutes=90)


def test_running_time_counts_from_start_to_now():
    """Twelve minutes after Start, 78 of 90 are left and the opening is seven over its five."""
    reading = read_clock([ev(0, ClockEvent.START)], at(12))
    assert reading.elapsed == dt.timedelta(minutes=12)
    assert reading.slot_remaining(90) == dt.timedelta(minutes=78)
    assert reading.phase_remaining(default_budgets(90)) == dt.timedelta(minutes=-7)
    assert reading.phase_over(default_budgets(90))


def test_a_pause_stops_the_clock_until_resumed():
    """Ten minutes paused do not count, whether read during the pause or after."""
    events = [ev(0, ClockEvent.START), ev(20, ClockEvent.PAUSE)]
    assert read_clock(events, at(25)).elapsed == dt.timedelta(minutes=20)
    assert not read_clock(events, at(25)).running
    events.append(ev(30, ClockEvent.RESUME))
    assert read_clock(events, at(40)).elapsed == dt.timedelta(minutes=30)


def test_time_is_spent_in_the_phase_that_was_current():
    """Opening 6 minutes, then timeline 50: each phase gets its own running time."""
    events = [ev(0, ClockEvent.START), ev(6, ClockEvent.PHASE, Phase.TIMELINE)]
    reading = read_clock(events, at(56))
    assert reading.phase is Phase.TIMELINE
    assert reading.spent[Phase.OPENING] == dt.timedelta(minutes=6)
    assert reading.spent[Phase.TIMELINE] == dt.timedelta(minutes=50)
    assert reading.phase_remaining(default_budgets(90)) == dt.timedelta(minutes=5)


def test_no_drift_over_two_hours_of_second_by_second_reads():
    """Reading every second for two hours with a pause in between gives exact totals throughout."""
    events = [ev(0, ClockEvent.START), ev(40, ClockEvent.PAUSE), ev(45, ClockEvent.RESUME)]
    for second in range(0, 2 * 3600 + 1, 1):
        now = T0 + dt.timedelta(seconds=second)
        reading = read_clock(events, now)
        expected = second if second <= 40 * 60 else 40 * 60 if second <= 45 * 60 else second - 5 * 60
        assert reading.elapsed == dt.timedelta(seconds=expected)


def test_events_after_now_are_ignored():
    """A reading for an earlier instant ignores later events (e.g. a clock read while replaying)."""
    events = [ev(0, ClockEvent.START), ev(10, ClockEvent.PAUSE)]
    assert read_clock(events, at(5)).running


def test_time_check_when_fifteen_minutes_are_left_before_actions():
    """At 75 of 90 minutes, still in key questions: a time check. Once in actions: none."""
    events = [ev(0, ClockEvent.START), ev(5, ClockEvent.PHASE, Phase.KEY_QUESTIONS)]
    assert not read_clock(events, at(74)).needs_time_check(90)
    assert read_clock(events, at(75)).needs_time_check(90)
    events.append(ev(76, ClockEvent.PHASE, Phase.ACTIONS))
    assert not read_clock(events, at(77)).needs_time_check(90)


def test_suggested_time_per_moment_shares_the_timeline_budget_left():
    """Timeline budget 55, 15 spent, 8 moments to go: five minutes each; none outside the timeline."""
    events = [ev(0, ClockEvent.START), ev(5, ClockEvent.PHASE, Phase.TIMELINE)]
    reading = read_clock(events, at(20))
    assert suggested_per_moment(reading, default_budgets(90), 8) == dt.timedelta(minutes=5)
    assert suggested_per_moment(reading, default_budgets(90), 0) is None
    assert suggested_per_moment(read_clock(events, at(3)), default_budgets(90), 8) is None


def test_clock_text_shows_minutes_and_seconds_and_a_sign_once_over():
    """Remaining time reads 12:05, over-time -3:10, long spans with hours."""
    assert clock_text(dt.timedelta(minutes=12, seconds=5)) == "12:05"
    assert clock_text(dt.timedelta(minutes=-3, seconds=-10)) == "-3:10"
    assert clock_text(dt.timedelta(minutes=95)) == "1:35:00"


def test_the_meeting_state_is_read_from_the_clock():
    """No start: preparing; started: in meeting; the close phase reached: held (back from it: in meeting)."""
    start = MeetingEvent(at(0), ClockEvent.START)
    close = MeetingEvent(at(80), ClockEvent.PHASE, Phase.CLOSE)
    back = MeetingEvent(at(82), ClockEvent.PHASE, Phase.ACTIONS)
    assert meeting_state([]) is ReviewState.PREPARING
    assert meeting_state([start]) is ReviewState.IN_MEETING
    assert meeting_state([start, close]) is ReviewState.HELD
    assert meeting_state([back, start, close]) is ReviewState.IN_MEETING


def test_a_break_stops_the_clock_and_is_counted_on_its_own():
    """Twenty minutes in, a ten-minute break: five minutes after it, 25 have run and 10 were break."""
    events = [ev(0, ClockEvent.START), ev(20, ClockEvent.BREAK)]
    during = read_clock(events, at(26))
    assert not during.running and during.on_break_since == at(20)
    assert during.elapsed == dt.timedelta(minutes=20)
    assert during.breaks == dt.timedelta(minutes=6)
    after = read_clock([*events, ev(30, ClockEvent.RESUME)], at(35))
    assert after.running and after.on_break_since is None
    assert after.elapsed == dt.timedelta(minutes=25)
    assert after.spent == {Phase.OPENING: dt.timedelta(minutes=25)}
    assert after.breaks == dt.timedelta(minutes=10)


def test_the_end_of_the_meeting_stops_the_clock_for_good_and_holds_the_review():
    """Ended at 85 minutes: an hour later it still reads 85, and the review is held; F5 could open it again."""
    events = [ev(0, ClockEvent.START), ev(60, ClockEvent.PHASE, Phase.KEY_QUESTIONS), ev(85, ClockEvent.END)]
    reading = read_clock(events, at(145))
    assert not reading.running and reading.ended_at == at(85)
    assert reading.elapsed == dt.timedelta(minutes=85)
    assert reading.spent[Phase.KEY_QUESTIONS] == dt.timedelta(minutes=25)
    assert meeting_state(events) is ReviewState.HELD
    reopened = [*events, ev(90, ClockEvent.RESUME)]
    assert read_clock(reopened, at(95)).ended_at is None
    assert meeting_state(reopened) is ReviewState.IN_MEETING
