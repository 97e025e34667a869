"""PagerDuty incident log entries, as GET /incidents/{id}/log_entries returns them, read as sentences."""

import datetime as dt
import json

import pytest
from importer_data import BST, DATA

from facilitator.importers import ImportProblem
from facilitator.importers.pagerduty import looks_like_pagerduty, read_pagerduty


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


USER = {"id": "PCYD", "type": "user_reference", "summary": "Cyd Marr"}


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        (_entry("resolve_log_entry", agent=USER, channel={"type": "api", "summary": "Fixed"}), "Resolved: Fixed"),
        (_entry("resolve_log_entry", agent=USER, channel={"type": "web_ui"}, note="Fixed"), "Resolved: Fixed"),
        (_entry("resolve_log_entry", agent=USER, summary="Resolved by Cyd Marr: Fixed"), "Resolved: Fixed"),
        (_entry("resolve_log_entry", agent=USER, summary="Resolved by Cyd Marr"), "Resolved"),
        (_entry("acknowledge_log_entry", agent=USER, channel={"type": "web_ui", "notes": "Looking"}), "Acknowledged: Looking"),
        (_entry("annotate_log_entry", agent=USER, channel={"type": "web_ui"}, note={"content": "Rolled back"}),
         "Note added: Rolled back"),
        (_entry("annotate_log_entry", agent=USER, summary="Note added: Rolled back"), "Note added: Rolled back"),
        (_entry("annotate_log_entry", agent=USER, channel={"type": "note", "description": "Rolled back"}),
         "Note added: Rolled back"),
    ],
)
def test_the_note_on_a_resolve_or_an_annotation_is_kept(context, entry, text):
    (read,) = _read(context, entry)
    assert (read.actor, read.text, read.detail) == ("Cyd Marr", text, "")


V1_PAGE = {"log_entries": [
    {"id": "P1", "type": "trigger", "created_at": "2026-10-14T17:40:12Z",
     "agent": {"type": "service", "name": "Checkout API"},
     "channel": {"type": "email", "summary": "Checkout 5xx above 5%", "subject": "ALERT checkout"}},
    {"id": "P2", "type": "notify", "created_at": "2026-10-14T17:40:13Z", "user": {"name": "Ada Quist"},
     "notification": {"type": "sms", "status": "success", "address": "+44 7700 900123"}, "channel": {"type": "auto"}},
    {"id": "P3", "type": "acknowledge", "created_at": "2026-10-14T17:41:30Z",
     "agent": {"type": "user", "name": "Ada Quist", "email": "ada@example.com"}, "channel": {"type": "sms"}},
    {"id": "P4", "type": "assign", "created_at": "2026-10-14T17:44:20Z", "agent": {"type": "user", "name": "Ada Quist"},
     "assigned_user": {"name": "Bo Lindqvist"}, "channel": {"type": "website"}},
    {"id": "P5", "type": "resolve", "created_at": "2026-10-14T18:10:00Z", "agent": {"type": "user", "email": "cyd@example.com"},
     "channel": {"type": "api", "summary": "Fixed"}},
]}


def test_legacy_v1_entries_are_read_fully(context):
    """Person, channel and summary of a v1 entry are all kept, not reduced to bare verbs."""
    read = read_pagerduty(json.dumps(V1_PAGE).encode(), context)
    assert [(e.actor, e.text, e.detail) for e in read] == [
        ("Checkout API", "Incident triggered: Checkout 5xx above 5%", "Via: email\nALERT checkout"),
        ("PagerDuty", "Notified Ada Quist by SMS", ""),
        ("Ada Quist", "Acknowledged", "Via: SMS"),
        ("Ada Quist", "Assigned to Bo Lindqvist", "Via: website"),
        ("cyd@example.com", "Resolved: Fixed", "Via: api"),
    ]
    assert looks_like_pagerduty(V1_PAGE["log_entries"])


def test_a_legacy_entry_of_a_type_we_cannot_read_is_refused_with_the_reason(context):
    page = {"log_entries": [*V1_PAGE["log_entries"], {"type": "urgency_change", "created_at": "2026-10-14T18:11:00Z"}]}
    with pytest.raises(ImportProblem) as raised:
        read_pagerduty(json.dumps(page).encode(), context)
    assert str(raised.value) == "log entry 6: a legacy (v1) log entry of a type we cannot read: 'urgency_change'"
