"""PagerDuty incident log entries, as GET /incidents/{id}/log_entries returns them, read as sentences."""

import datetime as dt
import json

import pytest

from facilitator.importers import ImportProblem
from facilitator.importers.pagerduty import looks_like_pagerduty, read_pagerduty
from importer_data import BST, DATA


@pytest.fixture
def page() -> bytes:
    return (DATA / "pagerduty_log_entries.json").read_bytes()


def _entry(kind: str, created_at: str = "2026-10-14T17:50:00Z", **fields) -> dict:
    return {"type": kind, "created_at": created_at, **fields}


def _read(context, *entries):
    return read_pagerduty(json.dumps({"log_entries": list(entries)}).encode(), context)


def test_each_log_entry_becomes_a_readable_sentence_by_its_agent(context, page):
    """Triggered, escalated, notified, acknowledged, reassigned, note added and resolved, oldest first."""
    assert [(e.at.strftime("%H:%M:%S"), e.actor, e.text) for e in read_pagerduty(page, context)] == [
        ("17:40:12", "Datadog", "Incident triggered: [Triggered] checkout 5xx rate above 5% on prod"),
        ("17:40:12", "Checkout API", "Escalated to Ada Quist"),
        ("17:40:13", "Checkout API", "Notified Ada Quist by push notification"),
        ("17:41:30", "Ada Quist", "Acknowledged"),
        ("17:44:20", "Ada Quist", "Assigned to Bo Lindqvist"),
        ("17:55:03", "Ada Quist", "Note added: Rolled back to the previous certificate; 5xx back under 1%"),
        ("18:10:00", "Cyd Marr", "Resolved"),
    ]


def test_a_summary_that_says_more_is_kept_as_the_detail(context, page):
    """'by escalation policy Checkout on-call, level 1' is kept; 'Acknowledged by Ada Quist' adds nothing."""
    entries = read_pagerduty(page, context)
    assert entries[1].detail == "Escalated to Ada Quist by escalation policy Checkout on-call, level 1"
    assert entries[3].detail == ""


def test_a_newest_first_page_keeps_same_second_entries_in_the_order_they_happened(context, page):
    """The trigger and the escalation share a second; the trigger still comes first."""
    entries = read_pagerduty(page, context)
    assert [e.text.split()[0] for e in entries[:2]] == ["Incident", "Escalated"]


def test_times_are_instants_in_utc(context, page):
    """created_at carries its offset, so the review's zone does not move it."""
    assert read_pagerduty(page, context)[0].at == dt.datetime(2026, 10, 14, 17, 40, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        (_entry("snooze_log_entry"), "Snoozed"),
        (_entry("unacknowledge_log_entry"), "Unacknowledged"),
        (_entry("exhaust_escalation_path_log_entry"), "Escalation policy exhausted"),
        (_entry("delegate_log_entry", assignees=[{"summary": "Cyd Marr"}]), "Reassigned to Cyd Marr"),
        (_entry("annotate_log_entry", channel={"type": "note", "content": "Rolling back"}), "Note added: Rolling back"),
        (_entry("notify_log_entry", user={"summary": "Bo"}, channel={"type": "sms"}), "Notified Bo by SMS"),
        (_entry("urgency_change_log_entry", summary="Urgency changed to high"), "Urgency changed to high"),
        (_entry("custom_thing_log_entry"), "Custom thing"),
    ],
)
def test_less_common_types_read_as_sentences_too(context, entry, text):
    """Every type has words, and a type we do not know falls back on its summary or its name."""
    (read,) = _read(context, entry)
    assert read.text == text


def test_an_entry_with_no_agent_is_by_pagerduty(context):
    """Without an agent, the actor is PagerDuty itself."""
    (read,) = _read(context, _entry("exhaust_escalation_path_log_entry"))
    assert read.actor == "PagerDuty"


def test_a_bare_list_of_entries_and_times_without_an_offset_are_read(context):
    """A list saved without the page around it reads too; an offsetless time is in the review's zone."""
    data = json.dumps([_entry("acknowledge_log_entry", "2026-10-14T18:41:30")]).encode()
    (read,) = read_pagerduty(data, context)
    assert read.at == dt.datetime(2026, 10, 14, 18, 41, 30, tzinfo=BST)


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([_entry("resolve_log_entry"), {"type": "resolve_log_entry"}], "log entry 2: no created_at"),
        ([_entry("resolve_log_entry", "yesterday")], "log entry 1: created_at is not a time: 'yesterday'"),
        ([_entry("resolve_log_entry"), "resolved"], "log entry 2: not a log entry object"),
        ([], "no timeline entries found: the log has no entries"),
    ],
)
def test_a_bad_entry_imports_nothing_and_is_named_by_its_number(context, entries, message):
    """Problems name the log entry, counted from 1."""
    with pytest.raises(ImportProblem) as raised:
        read_pagerduty(json.dumps({"log_entries": entries}).encode(), context)
    assert str(raised.value) == message


def test_pagerduty_json_is_recognised_and_other_json_is_not(page):
    """A log page or list of log entries is PagerDuty's; a plain timeline list is not."""
    assert looks_like_pagerduty(json.loads(page))
    assert looks_like_pagerduty(json.loads(page)["log_entries"])
    assert not looks_like_pagerduty([{"time": "18:40", "text": "Alert"}])
    assert not looks_like_pagerduty(b"not json")
