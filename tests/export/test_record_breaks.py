"""The record's time spent when the meeting took a break and was ended explicitly."""

from dataclasses import replace

from record_data import minutes, whole_review

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.export.record import record_markdown


def _time_spent(record: str) -> str:
    return record.split("## Time spent", 1)[1].split("\n## ", 1)[0]


def test_a_break_is_left_out_of_the_phases_and_said_on_its_own():
    """A ten-minute break in the timeline: the timeline counts 22 minutes, not 32, and the break is named."""
    whole = whole_review()
    events = sorted(
        (*whole.events, MeetingEvent(minutes(20), ClockEvent.BREAK), MeetingEvent(minutes(30), ClockEvent.RESUME)),
        key=lambda e: e.at,
    )
    section = _time_spent(record_markdown(replace(whole, events=tuple(events))))
    assert "| Timeline | 55 min | 22 min | 33 min under |" in section
    assert "Breaks took 10 min in all, counted in no phase." in section


def test_an_ended_meeting_counts_to_its_end_though_the_window_stayed_open():
    """Ended in the close at 80 minutes, then a move back to the opening hours later: the close took 8 minutes."""
    whole = whole_review()
    events = (
        *whole.events[:5],
        MeetingEvent(minutes(80), ClockEvent.END),
        MeetingEvent(minutes(200), ClockEvent.PHASE, Phase.OPENING),
    )
    section = _time_spent(record_markdown(replace(whole, events=events)))
    assert "| Close | 5 min | 8 min | 3 min over |" in section
    assert "| **Whole meeting** | 1 h 30 min | 1 h 20 min | 10 min under |" in section
    assert "Breaks" not in section
