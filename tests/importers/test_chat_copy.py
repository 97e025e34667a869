"""A stretch of the incident channel copied from the chat app and pasted: each message an entry, its sender the actor.

The review is held on London time (BST, UTC+1) on 14 October 2026, so 7:20 PM there is 18:20 UTC.
"""

import datetime as dt

import pytest

from facilitator.content import forget_texts, use_language
from facilitator.importers import ImportProblem
from facilitator.importers.chat_copy import looks_like_chat_copy
from facilitator.importers.formats import parse_pasted


def _reading(text, context):
    entries, skipped = parse_pasted(text, context)
    assert skipped == []
    return [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.actor, e.text, e.detail) for e in entries]


TEAMS = """[7:20 PM] Ada Quist
Checkout is throwing 502s for about a third of requests.
Dashboards: the error panel on the payments board.

[7:24 PM] Bo Lindqvist
I'll roll back the 19:05 deploy.
[7:31 PM] Ada Quist
Errors are down to zero.
"""


def test_teams_copy_reads_each_message_with_its_sender(context):
    assert _reading(TEAMS, context) == [
        (
            "2026-10-14 18:20",
            "Ada Quist",
            "Checkout is throwing 502s for about a third of requests.",
            "Dashboards: the error panel on the payments board.",
        ),
        ("2026-10-14 18:24", "Bo Lindqvist", "I'll roll back the 19:05 deploy.", ""),
        ("2026-10-14 18:31", "Ada Quist", "Errors are down to zero.", ""),
    ]


SLACK = """Ada Quist  7:20 PM
Checkout is throwing 502s for about a third of requests.
7:22
Paging payments on-call now.
Second line of the page.
PagerDuty APP  7:23 PM
Triggered: checkout error rate above 5%
Bo Lindqvist 7:25 PM
on it, rolling back (edited)
7:41 PM
rollback finished
Ada Quist  7:58 PM
Errors are down to zero.
"""


def test_slack_app_copy_reads_senders_and_the_times_under_them(context):
    """A time alone under a sender's message is the next message of the same sender, in the same half of the day."""
    assert _reading(SLACK, context) == [
        ("2026-10-14 18:20", "Ada Quist", "Checkout is throwing 502s for about a third of requests.", ""),
        ("2026-10-14 18:22", "Ada Quist", "Paging payments on-call now.", "Second line of the page."),
        ("2026-10-14 18:23", "PagerDuty", "Triggered: checkout error rate above 5%", ""),
        ("2026-10-14 18:25", "Bo Lindqvist", "on it, rolling back", ""),
        ("2026-10-14 18:41", "Bo Lindqvist", "rollback finished", ""),
        ("2026-10-14 18:58", "Ada Quist", "Errors are down to zero.", ""),
    ]


def test_a_chat_past_midnight_runs_on_into_the_next_day(context):
    text = "Ada Quist  11:50 PM\nstill seeing errors\n12:05\nthey stopped\nBo Lindqvist  12:20 AM\nconfirmed\n"
    assert [at for at, *_ in _reading(text, context)] == ["2026-10-14 22:50", "2026-10-14 23:05", "2026-10-14 23:20"]


def test_a_bare_time_after_noon_stays_in_the_afternoon(context):
    text = "Ada Quist  11:58 AM\nlunch deploy\n12:03\nit failed\n1:10\nfixed\n"
    assert [at for at, *_ in _reading(text, context)] == ["2026-10-14 10:58", "2026-10-14 11:03", "2026-10-14 12:10"]


def test_a_sender_line_with_nothing_under_it_says_so(context):
    with pytest.raises(ImportProblem, match="line 1: nothing follows the time"):
        parse_pasted("Ada Quist  7:20 PM\n\nBo Lindqvist  7:21 PM\nhere\n", context)


@pytest.mark.parametrize(
    "text",
    [
        "Rolled back at 7:20 PM\nall good",
        "- 18:40 Datadog: Alert fires",
        "18:40 Datadog: Alert fires",
        "Time,Who,What\n18:40,Datadog,Alert fires",
        "[Alert] API 5xx > 5%\n",
        "The team on call for the payments service that night 7:20 PM",
    ],
)
def test_prose_and_timelines_are_not_taken_for_a_chat(text):
    assert not looks_like_chat_copy(text)


@pytest.mark.parametrize(
    "text",
    [
        "We should rotate certificates more carefully.",
        "Ada said the cache was cold.\nBo restarted the pool, which fixed it.\n\nNotes from the call",
        "What,Who\nAlert fires,Datadog\n",
        "We saw 5000 errors after v2.31 went out, on 3 of 12 hosts.",
    ],
)
def test_a_paste_without_any_time_is_refused_in_one_plain_sentence(text, context):
    with pytest.raises(ImportProblem) as raised:
        parse_pasted(text, context)
    assert str(raised.value) == "no times were found in the pasted text, so there is nothing to place on the timeline"


def test_a_paste_with_times_that_cannot_be_read_keeps_its_own_reason(context):
    with pytest.raises(ImportProblem, match="line 3: nothing follows the time"):
        parse_pasted("## Timeline\n\n3:40 PM UTC\n\n4:10 PM UTC\n\nAll clear.\n", context)


def test_the_refusal_is_in_the_language_of_the_texts(context):
    use_language("de")
    try:
        with pytest.raises(ImportProblem, match="im eingefügten Text stehen keine Uhrzeiten"):
            parse_pasted("Wir sollten Zertifikate sorgfältiger erneuern.", context)
    finally:
        use_language("en")
        forget_texts()


def test_teams_copy_with_dates_moves_to_the_day_it_names(context):
    """Older messages carry their date in Teams' brackets: the date is kept, the time read in the review's zone."""
    text = "[13/10/2026 11:40 PM] Ada Quist\nfirst alert\n[14/10/2026 00:10] Bo Lindqvist\nrolled back\n"
    assert _reading(text, context) == [
        ("2026-10-13 22:40", "Ada Quist", "first alert", ""),
        ("2026-10-13 23:10", "Bo Lindqvist", "rolled back", ""),
    ]


def test_a_document_under_a_title_with_a_time_is_still_read_as_a_document(context):
    """'Status update 7:20 PM' over time-led bullets is a title, not a sender whose message holds the whole timeline."""
    text = "Status update 7:20 PM\n\n- 19:30 alert fires\n- 19:40 rolled back\n"
    entries, _ = parse_pasted(text, context)
    assert [(e.actor, e.text) for e in entries] == [("", "alert fires"), ("", "rolled back")]


def test_a_single_message_copied_from_slack_is_one_entry(context):
    assert _reading("Ada Quist  7:20 PM\nCheckout is down.\n- checked the pool\n", context) == [
        ("2026-10-14 18:20", "Ada Quist", "Checkout is down.", "- checked the pool"),
    ]


FRIDAY = dt.date(2026, 10, 16)
"""The day of the import in the tests below: 'Today' is Friday 16 October, two days after the incident."""


def test_a_day_before_the_time_in_a_header_moves_the_message_there(context):
    """Slack's header when the message is not today's: 'Yesterday at 11:58 PM', 'Today at 7:20 AM'; a time alone
    with its day is the same sender's next message on that day."""
    text = (
        "Ada Quist  Yesterday at 11:58 PM\nqueue is growing\nToday at 12:10 AM\nstill growing\n"
        "Bo Lindqvist  Today at 7:20 AM\nrolled back\nAda Quist  Monday, October 12th at 9:00 AM\nan older note\n"
    )
    assert _reading(text, context._replace(today=FRIDAY)) == [
        ("2026-10-12 08:00", "Ada Quist", "an older note", ""),
        ("2026-10-15 22:58", "Ada Quist", "queue is growing", ""),
        ("2026-10-15 23:10", "Ada Quist", "still growing", ""),
        ("2026-10-16 06:20", "Bo Lindqvist", "rolled back", ""),
    ]


def test_a_divider_without_its_year_is_the_latest_such_day_on_its_weekday(context):
    """'Friday, December 27th' imported in October 2026: not a day to come, and 27 December 2025 is a Saturday."""
    text = "Friday, December 27th\nAda Quist  11:00 PM\nalert fired\n"
    assert _reading(text, context._replace(today=FRIDAY)) == [("2024-12-27 23:00", "Ada Quist", "alert fired", "")]


def test_a_message_that_only_says_a_day_stays_a_message(context):
    """A divider always has a sender line under it: 'Today' under a message, with more words after, is its words."""
    text = "Ada Quist  7:20 PM\nWhen is the fix going out?\nBo Lindqvist  7:21 PM\nToday\nafter the freeze\n"
    assert _reading(text, context._replace(today=FRIDAY)) == [
        ("2026-10-14 18:20", "Ada Quist", "When is the fix going out?", ""),
        ("2026-10-14 18:21", "Bo Lindqvist", "Today", "after the freeze"),
    ]


def test_a_copy_starting_inside_a_message_keeps_those_lines_out_and_says_so(context):
    text = "and then it recovered.\nThanks all\nAda Quist  7:20 PM\nIt is back.\nBo Lindqvist  7:21 PM\ngreat\n"
    entries, skipped = parse_pasted(text, context)
    assert [(e.actor, e.text) for e in entries] == [("Ada Quist", "It is back."), ("Bo Lindqvist", "great")]
    assert [(s.where, s.reason) for s in skipped] == [
        ("line 1", "the end of a message copied without its sender and time"),
        ("line 2", "the end of a message copied without its sender and time"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Notes from the call\nStatus update 7:20 PM\n\n- 19:30 alert fires\n",
        "Rolled back at 7:20 PM\nAda Quist  7:25 PM\nall good\n",
        "Timeline\n- 19:30 alert fires\nAda Quist  7:20 PM\nhi\nBo Lindqvist  7:21 PM\nhey\n",
    ],
)
def test_lines_above_one_sender_line_or_above_a_time_do_not_make_a_chat(text):
    """Looking past the top lines needs two sender lines under them and no time above them."""
    assert not looks_like_chat_copy(text)
