"""Timelines written as paragraphs: a sentence with a clock time after a clear marker is an entry, its words the
sentence; times that name something, sit in quotes or a code span, or give a schedule are not.

The review is held on London time on 14 October 2026; the sections below say their zone (UTC)."""

import datetime as dt

import pytest

from facilitator.domain.timeline import TimePrecision
from facilitator.importers.formats import parse_pasted

TIMELINE = "# Checkout errors\n\n## Timeline (all times UTC)\n\n- 14:02 alert fired\n\n{}\n"


def _read(text, context):
    entries, skipped = parse_pasted(text, context)
    return [(f"{e.at.astimezone(dt.UTC):%H:%M}", e.precision, e.text) for e in entries], [
        (s.where, s.reason) for s in skipped
    ]


def test_the_sentences_of_a_timeline_paragraph_are_entries_at_their_times(context):
    paragraph = (
        "The on-call engineer began rolling back at 14:20 UTC. The rollback took a while. "
        "By 15:05 UTC error rates had returned to normal."
    )
    entries, skipped = parse_pasted(TIMELINE.format(paragraph), context)
    assert [(f"{e.at.astimezone(dt.UTC):%H:%M}", e.text, e.detail) for e in entries] == [
        ("14:02", "alert fired", ""),
        ("14:20", "The on-call engineer began rolling back at 14:20 UTC.", "The rollback took a while."),
        ("15:05", "By 15:05 UTC error rates had returned to normal.", ""),
    ]
    assert skipped == []


@pytest.mark.parametrize(
    ("sentence", "precision"),
    [
        ("Writes stopped at around 14:20.", TimePrecision.APPROXIMATE),
        ("The cache was flushed around 14:20.", TimePrecision.APPROXIMATE),
        ("Paging started shortly after 14:20 UTC.", TimePrecision.APPROXIMATE),
        ("Errors rose from 14:20 to 14:45 UTC.", TimePrecision.EXACT),
        ("The pool was drained at 2:20 p.m. UTC.", TimePrecision.EXACT),
    ],
)
def test_each_marker_gives_the_time_and_how_closely(sentence, precision, context):
    assert _read(TIMELINE.format(sentence), context)[0][1] == ("14:20", precision, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fleet moved to agent 14.20.1 after the incident.",
        "Reads and writes were split at 14:20 ratio for a while.",
        'The log said "connection refused at 14:20:11" many times.',
        "The runbook shows `retry at 14:20` as the default.",
        "Nobody connected it to the 14:00 deploy.",
        "The cleanup runs every day at 14:20 UTC.",
        "We saw 14:20 errors per second at the peak.",
    ],
)
def test_a_time_that_is_not_when_something_happened_is_left_out_and_said(sentence, context):
    entries, skipped = _read(TIMELINE.format(sentence), context)
    assert entries == [("14:02", TimePrecision.EXACT, "alert fired")]
    assert skipped == [("line 7", "no time found")]


def test_outside_the_timeline_a_sentence_with_a_time_is_not_read_and_is_said(context):
    """A document with a timeline: its summary's times are not entries, but no line with a time goes unsaid."""
    text = "# Outage\n\n## Summary\n\nErrors peaked at 14:25 UTC.\n\n## Timeline (UTC)\n\n- 14:02 alert fired\n"
    assert _read(text, context) == (
        [("14:02", TimePrecision.EXACT, "alert fired")],
        [("line 5", "a time in a sentence outside the timeline")],
    )


def test_pasted_prose_without_any_other_timeline_is_read(context):
    """Copied from a published postmortem (no Markdown at all): it reads as a document, each moment an entry."""
    text = (
        "Summary of the storage event\n\n"
        "At 09:12 UTC an automated job added hosts to the fleet. The storage layer began rejecting requests "
        "shortly after 09:20 UTC.\n\nService was fully restored by 10:40 UTC.\n"
    )
    entries, skipped = _read(text, context)
    assert entries == [
        ("09:12", TimePrecision.EXACT, "an automated job added hosts to the fleet."),
        ("09:20", TimePrecision.APPROXIMATE, "The storage layer began rejecting requests shortly after 09:20 UTC."),
        ("10:40", TimePrecision.EXACT, "Service was fully restored by 10:40 UTC."),
    ]
    assert skipped == [("line 1", "no time found")]


def test_a_paragraph_wrapped_over_lines_is_read_as_one(context):
    paragraph = "The on-call engineer began\nrolling back at 14:20 UTC. Error rates\nwere normal by 15:05 UTC."
    entries, _ = _read(TIMELINE.format(paragraph), context)
    assert entries[1:] == [
        ("14:20", TimePrecision.EXACT, "The on-call engineer began rolling back at 14:20 UTC."),
        ("15:05", TimePrecision.EXACT, "Error rates were normal by 15:05 UTC."),
    ]


def test_a_long_paragraph_of_markers_reads_in_bounded_time(context):
    """Hostile input: a paragraph of many markers and full stops neither hangs nor raises anything but entries."""
    text = TIMELINE.format("at 1 by 2 e.g. " * 20000 + "at 14:20 UTC it ended.")
    entries, _ = _read(text, context)
    assert entries[0] == ("14:02", TimePrecision.EXACT, "alert fired")


def test_a_sentence_with_its_date_and_time_is_read_as_a_moment_too(context):
    """'... began on 2025-06-10 at 09:00 UTC' gives offsets their start and, said with 'at', is an entry as well."""
    text = "# Drill\n\nThe drill began on 2025-06-10 at 09:00 UTC with traffic moved to region B.\n\n- T+15m: first 502s\n"
    entries, skipped = parse_pasted(text, context)
    assert [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.text) for e in entries] == [
        ("2025-06-10 09:00", "The drill began on 2025-06-10 at 09:00 UTC with traffic moved to region B."),
        ("2025-06-10 09:15", "first 502s"),
    ]
    assert skipped == []


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        ("Timeline. At 14:20 UTC, the on-call engineer began rolling back.", "The on-call engineer began rolling back."),
        ("Detailed timeline (all times UTC): At 14:20 UTC, the engineer rolled back.", "The engineer rolled back."),
        ("**Timeline.** On October 14 at 14:20 UTC, writes stopped.", "Writes stopped."),
        ("The timeline shows a gap. Writes stopped at 14:20 UTC.", "Writes stopped at 14:20 UTC."),
        ("Writes slowed. By 14:20 UTC, error rates had recovered.", "By 14:20 UTC, error rates had recovered."),
    ],
)
def test_a_run_in_heading_is_no_moment_and_a_time_a_sentence_opens_with_is_said_once(paragraph, first, context):
    """'Timeline.' before the first moment is a heading, not its detail; 'At 14:20 UTC, ...' says what happened then
    (the time has its own column); 'By 14:20 UTC' says more than when, and stays; a sentence about the timeline stays."""
    entries, _ = parse_pasted(TIMELINE.format(paragraph), context)
    moment = next(e for e in entries if e.at.astimezone(dt.UTC).strftime("%H:%M") == "14:20")
    assert moment.text == first
    assert "Timeline" not in moment.detail
