"""Markdown postmortems read as people write them: timed bullets with sub-bullets, and timeline tables."""

import datetime as dt

import pytest
from importer_data import BST, DATA

from facilitator.domain.timeline import MomentKind
from facilitator.importers import ImportProblem, Skipped
from facilitator.importers.markdown_timeline import read_markdown


@pytest.fixture
def postmortem(context):
    return read_markdown((DATA / "postmortem.md").read_text(encoding="utf-8"), context)


def test_timed_bullets_become_entries_with_their_actors(postmortem):
    """Each bullet that starts with a time is an entry; 'Name:' before the words is who acted."""
    assert [(e.at.strftime("%d %H:%M"), e.actor, e.text) for e in postmortem] == [
        ("14 18:35", "Cyd Marr", "rotated the load balancer certificate (change CHG-8812)"),
        ("14 18:40", "", 'Datadog alert "checkout 5xx rate above 5%" fires'),
        ("14 18:42", "Ada", "asks in #inc-2417-checkout whether anything changed in the last hour"),
        ("14 18:47", "Cyd", "decides to roll back the certificate rather than patch the chain "
                            "while the traffic is still low"),
        ("14 18:52", "", "5xx rate back under 1%"),
        ("14 23:58", "Bo", "re-issued certificate with the full chain deployed"),
        ("15 00:20", "Bo", "confirmed the new certificate with openssl s_client"),
        ("15 09:30", "", "Postmortem drafted"),
    ]


def test_nested_sub_bullets_become_the_entry_detail(postmortem):
    """Sub-bullets under a timed bullet are its detail, one per line, not entries of their own."""
    alert = postmortem[1]
    assert alert.detail == "PagerDuty pages Ada (primary on-call)\nAda acknowledges from her phone at 18:41"


def test_a_linked_time_keeps_its_link_in_the_detail(postmortem):
    """'[18:52](https://grafana...)' is a time whose link goes into the detail."""
    assert postmortem[4].detail == "https://grafana.example.com/d/checkout?from=1792000200000"


def test_the_zone_named_in_the_timeline_heading_and_day_headings_place_the_times(postmortem):
    """'Timeline (all times Europe/London)' sets the zone; '### 15 October' and midnight move the day."""
    assert postmortem[0].at == dt.datetime(2026, 10, 14, 18, 35, tzinfo=BST)
    assert postmortem[6].at.date() == dt.date(2026, 10, 15)
    assert postmortem[7].at == dt.datetime(2026, 10, 15, 9, 30, tzinfo=BST)


def test_bullets_without_a_time_and_code_blocks_are_not_entries(postmortem):
    """'What went well' bullets and a log line in a code block are left out."""
    texts = " ".join(e.text for e in postmortem)
    assert "Rollback was fast" not in texts and "SSL_do_handshake" not in texts


def test_a_table_in_a_code_block_is_an_example_not_the_timeline(context):
    """A table shown inside a fenced block is left alone; the bullet after it is read."""
    text = "```\n| Time | What |\n|---|---|\n| 18:40 | Example |\n```\n- 18:42 Real entry\n"
    assert [e.text for e in read_markdown(text, context)] == ["Real entry"]


def test_a_timeline_table_reads_its_columns_and_heading_zone(context):
    """A table with a 'Time (UTC)' column gives UTC entries with actors, kinds and escaped pipes."""
    entries = read_markdown((DATA / "timeline_table.md").read_text(encoding="utf-8"), context)
    assert [(e.at, e.actor, e.moment) for e in entries] == [
        (dt.datetime(2026, 10, 14, 17, 40, tzinfo=dt.UTC), "Datadog", MomentKind.DETECTION),
        (dt.datetime(2026, 10, 14, 17, 47, tzinfo=dt.UTC), "Cyd Marr", MomentKind.DECISION),
        (dt.datetime(2026, 10, 14, 17, 52, tzinfo=dt.UTC), "Ada Quist", MomentKind.COMMUNICATION),
        (dt.datetime(2026, 10, 14, 17, 55, tzinfo=dt.UTC), "Ada Quist", None),
    ]
    assert entries[2].text == "Status page updated: | degraded | → operational\nCustomers told by email"
    assert entries[3].detail == "Kind: evidence"


def test_tables_that_are_not_timelines_are_passed_over(context):
    """The action-items table after the timeline adds no entries."""
    entries = read_markdown((DATA / "timeline_table.md").read_text(encoding="utf-8"), context)
    assert "Add chain check to rotation runbook" not in [e.text for e in entries]


@pytest.mark.parametrize(
    "line",
    [
        "- 18:42 Ada: paged",
        "* 18:42 — Ada: paged",
        "+ 18:42 - Ada: paged",
        "1. 18:42: Ada: paged",
        "- **18:42** Ada: paged",
        "- `18:42` **Ada**: paged",
        "- 6:42 PM Ada: paged",
        "- 2026-10-14 18:42 Ada: paged",
        "- 14 Oct 18:42 | Ada: paged",
        "18:42 Ada: paged",
    ],
)
def test_the_usual_ways_of_writing_a_timed_bullet(context, line):
    """Bullet marks, separators, emphasis and numbered lists all read as the same entry."""
    (entry,) = read_markdown(f"## Timeline\n\n{line}\n", context)
    assert (entry.at, entry.actor, entry.text) == (dt.datetime(2026, 10, 14, 18, 42, tzinfo=BST), "Ada", "paged")


def test_a_colon_in_the_words_does_not_make_an_actor(context):
    """'Status: degraded' and lower-case phrases before a colon are kept as the text."""
    entries = read_markdown("- 18:42 Status: degraded\n- 18:43 we noticed: errors\n", context)
    assert [(e.actor, e.text) for e in entries] == [("", "Status: degraded"), ("", "we noticed: errors")]


def test_a_bullet_with_only_a_time_takes_its_first_sub_bullet_as_text(context):
    """'- 18:42' with the words on the next, indented line still makes one entry."""
    (entry,) = read_markdown("- 18:42\n  - Ada pages Bo\n  - Bo joins\n", context)
    assert (entry.text, entry.detail) == ("Ada pages Bo", "Bo joins")


def test_a_bad_table_row_imports_nothing_and_names_its_line(context):
    """A row whose time cannot be read fails the import with its line number and cell."""
    text = "# Timeline\n\n| Time | What |\n|---|---|\n| 18:40 | Alert |\n| around 7 | Rolled back |\n"
    with pytest.raises(ImportProblem) as raised:
        read_markdown(text, context)
    assert str(raised.value) == 'line 6: no time found in "around 7"'


def test_a_table_row_without_a_time_is_left_out_and_said_as_in_a_spreadsheet(context):
    """A row with words and no time ('| | Bo | joined the call |'), or a time and no words, is left out and said
    with its line, as a spreadsheet's is; it used to refuse the whole file or paste."""
    context = context._replace(skipped=[])
    text = (
        "| Time | Who | What |\n|---|---|---|\n| 18:40 | Ada | Paged |\n| | Bo | joined the call |\n"
        "| 18:45 | Cyd | |\n| 18:50 | Cyd | Rolled back |\n"
    )
    assert [(e.actor, e.text) for e in read_markdown(text, context)] == [("Ada", "Paged"), ("Cyd", "Rolled back")]
    assert context.skipped == [Skipped("line 4", "no time"), Skipped("line 5", "a time with no words")]


def test_an_impossible_time_in_a_bullet_names_its_line(context):
    """A bullet that starts with a time that cannot be is reported, not skipped."""
    with pytest.raises(ImportProblem, match=r'^line 2: not a real date or time "24:75"$'):
        read_markdown("- 18:40 Alert\n- 24:75 Rolled back\n", context)


def test_a_document_without_a_timeline_says_what_was_expected(context):
    """Plain prose is not an empty import: the message shows what a timeline looks like."""
    with pytest.raises(ImportProblem, match="no timeline entries found"):
        read_markdown("# Notes\n\nWe should rotate certificates more carefully.\n", context)
