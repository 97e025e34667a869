"""PagerDuty incident log entries, as the REST API returns them, read into timeline entries.

Accepts {"log_entries": [...]} (one page of GET /incidents/{id}/log_entries) or a bare list of entries.
Each entry's type becomes a sentence ("Acknowledged", "Escalated to Bob Smith"); the actor is the
summary of the agent who acted (a person, a service, an integration), or "PagerDuty" when none did;
the entry's own summary goes into the detail when it says more than the sentence and actor do
("Escalated to Bob Smith by timeout").
A resolve or acknowledge that carries a note keeps it ("Resolved: Fixed"), as does an annotate entry.
Legacy (REST API v1) entries, whose types lack the "_log_entry" ending and whose people have a "name",
are read as fully: the sentence, the person, and the channel and summary in the detail ("Via: email");
a v1 entry of a type we do not know is refused with its type rather than reduced to a bare verb.
Times without an offset are read in the review's time zone. Entries come back oldest first, and a
newest-first page (the API's order) is turned round first so that same-second entries keep their order.
Problems name the entry, counted from 1: "log entry 3: no created_at". Nothing is returned unless all read.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ..domain.timeline import TimelineEntry, sorted_entries
from . import ImportContext, ImportProblem
from .decoding import parsed_json
from .times import plausible, zone_named

SYSTEM_ACTOR = "PagerDuty"

_WORD = re.compile(r"\w+")
_FILLER = frozenset(["a", "an", "and", "by", "from", "has", "is", "of", "on", "the", "through", "to", "via", "was", "sent"])
_FIXED = {
    "acknowledge_log_entry": "Acknowledged",
    "unacknowledge_log_entry": "Unacknowledged",
    "resolve_log_entry": "Resolved",
    "snooze_log_entry": "Snoozed",
    "unsnooze_log_entry": "Snooze ended",
    "exhaust_escalation_path_log_entry": "Escalation policy exhausted",
    "repeat_escalation_path_log_entry": "Escalation policy repeated",
    "reach_ack_limit_log_entry": "Acknowledgement limit reached",
    "reach_trigger_limit_log_entry": "Trigger limit reached",
}
_TARGETED = {
    "assign_log_entry": "Assigned to",
    "escalate_log_entry": "Escalated to",
    "delegate_log_entry": "Reassigned to",
}
_HOW = {"sms": "SMS", "push_notification": "push notification"}
_V1_TYPES = frozenset(
    kind.removesuffix("_log_entry")
    for kind in (*_FIXED, *_TARGETED, "trigger_log_entry", "notify_log_entry", "annotate_log_entry")
)
"""The types of legacy (v1) log entries: the v2 types without their "_log_entry" ending."""
_NOTE_KEYS = ("summary", "content", "notes", "note", "description", "resolution", "body")
"""Where a channel (or the entry itself) carries the words someone typed with an action."""
_V1_CHANNEL_WORDS = ("summary", "subject", "description", "body")


class _BadEntry(Exception):
    """One log entry that cannot be read; the caller adds its number."""


def looks_like_pagerduty(obj: object) -> bool:
    """Whether parsed JSON (or its bytes) looks like PagerDuty log entries; never raises."""
    if isinstance(obj, bytes | str):
        try:
            obj = json.loads(obj)
        except (ValueError, RecursionError):
            return False
    if isinstance(obj, dict):
        return isinstance(obj.get("log_entries"), list)
    if not isinstance(obj, list) or not obj or not isinstance(obj[0], dict):
        return False
    kind = obj[0].get("type")
    return isinstance(kind, str) and ("_log_entry" in kind or kind in _V1_TYPES) and "created_at" in obj[0]


def read_pagerduty(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    """Every log entry as a timeline entry, oldest first; raises ImportProblem for anything unreadable."""
    return pagerduty_entries(parsed_json(data), context)


def pagerduty_entries(obj: object, context: ImportContext) -> list[TimelineEntry]:
    """The timeline entries of already parsed log entries, oldest first."""
    entries = obj.get("log_entries") if isinstance(obj, dict) else obj
    if not isinstance(entries, list):
        raise ImportProblem('not PagerDuty log entries: expected {"log_entries": [...]} or a list of entries')
    if not entries:
        raise ImportProblem("no timeline entries found: the log has no entries")
    clock = _Clock(context.timezone)
    found = []
    for number, entry in enumerate(entries, 1):
        try:
            found.append(_entry(entry, clock))
        except _BadEntry as exc:
            raise ImportProblem(f"log entry {number}: {exc}") from None
    if found[0].at > found[-1].at:
        found.reverse()
    return sorted_entries(found)


class _Clock:
    """Reads created_at, placing times without an offset in the review's zone (looked up once, when needed)."""

    def __init__(self, timezone: str) -> None:
        self.timezone = timezone
        self.zone: dt.tzinfo | None = None

    def at(self, value: object) -> dt.datetime:
        if value is None:
            raise _BadEntry("no created_at")
        try:
            if not isinstance(value, str):
                raise ValueError
            at = dt.datetime.fromisoformat(value)
        except ValueError:
            raise _BadEntry(f"created_at is not a time: {str(value)[:40]!r}") from None
        if at.tzinfo is None:
            self.zone = self.zone or zone_named(self.timezone)
            at = at.replace(tzinfo=self.zone)
        try:
            return plausible(at, f"created_at {value[:40]!r}")
        except ImportProblem as problem:
            raise _BadEntry(str(problem)) from None


def _entry(entry: object, clock: _Clock) -> TimelineEntry:
    if not isinstance(entry, dict):
        raise _BadEntry("not a log entry object")
    at = clock.at(entry.get("created_at"))
    kind = _text(entry, "type").removesuffix("_reference")
    legacy = "_log_entry" not in kind
    if legacy:
        if kind not in _V1_TYPES:
            raise _BadEntry(f"a legacy (v1) log entry of a type we cannot read: {kind[:40]!r}")
        kind += "_log_entry"
    actor = _actor(entry.get("agent"))
    text = _sentence(entry, kind, actor)
    summary = _text(entry, "summary")
    detail = [summary] if summary and _says_more(summary, f"{text} {actor}") else []
    if legacy:
        detail = _legacy_detail(entry, text, detail)
    return TimelineEntry(at=at, actor=actor, text=text, detail="\n".join(detail))


def _legacy_detail(entry: dict, text: str, detail: list[str]) -> list[str]:
    """A v1 entry's channel ("Via: email") and the words it came with, where the sentence lacks them."""
    channel = _dict(entry.get("channel"))
    how = _text(channel, "type")
    lines = [f"Via: {_HOW.get(how, how.replace('_', ' '))}"] if how and how != "auto" else []
    for key in _V1_CHANNEL_WORDS:
        words = _text(channel, key)
        if words and words not in text and words not in detail and words not in lines:
            lines.append(words)
    return lines + detail


def _note(entry: dict, channel: dict) -> str:
    """The words typed with an action: the channel's, else the entry's own note."""
    for record in (channel, entry):
        for key in _NOTE_KEYS:
            value = record.get(key)
            if isinstance(value, dict):
                value = value.get("content")
            if isinstance(value, str) and value.strip() and not (record is entry and key == "summary"):
                return value.strip()
    return ""


def _sentence(entry: dict, kind: str, actor: str) -> str:
    """The entry's type in words, with who or what it concerns."""
    channel = _dict(entry.get("channel"))
    if kind in _FIXED:
        note = _note(entry, channel) or _note_in_summary(_text(entry, "summary"), _FIXED[kind], actor)
        return f"{_FIXED[kind]}: {note}" if note else _FIXED[kind]
    if kind == "trigger_log_entry":
        what = (
            _text(channel, "summary")
            or _text(channel, "subject")
            or _text(channel, "description")
            or _text(_dict(entry.get("event_details")), "description")
            or _text(_dict(entry.get("incident")), "summary")
            or _text(entry, "summary")
        )
        return f"Incident triggered: {what}" if what else "Incident triggered"
    if kind in _TARGETED:
        targets = _names(entry.get("assignees"))
        targets = targets or _names([entry.get("assigned_user"), entry.get("escalation_target")])
        return f"{_TARGETED[kind]} {', '.join(targets)}" if targets else _TARGETED[kind].removesuffix(" to")
    if kind == "notify_log_entry":
        return _notified(entry, channel)
    if kind == "annotate_log_entry":
        note = _note(entry, channel) or _note_in_summary(_text(entry, "summary"), "Note added", actor)
        return f"Note added: {note}" if note else "Note added"
    return _text(entry, "summary") or kind.removesuffix("_log_entry").replace("_", " ").capitalize() or "Log entry"


def _note_in_summary(summary: str, verb: str, actor: str) -> str:
    """The note a summary adds after the action and its actor: "Resolved by Cyd Marr: Fixed" -> "Fixed"."""
    said = summary
    for lead in (f"{verb} by {actor}", verb):
        if said.casefold().startswith(lead.casefold()):
            said = said[len(lead):]
            break
    else:
        return ""
    rest = said.lstrip()
    if rest[:1] in (":", "-", "–", "—", "."):
        return rest[1:].strip()
    return ""


def _notified(entry: dict, channel: dict) -> str:
    who = _names([entry.get("user")])
    notification = _dict(channel.get("notification")) or _dict(entry.get("notification"))
    how = _text(notification, "type") or (_text(channel, "type") if _text(channel, "type") != "auto" else "")
    how = _HOW.get(how, how.replace("_", " "))
    return " ".join(filter(None, ("Notified", ", ".join(who), f"by {how}" if how else "")))


def _actor(agent: object) -> str:
    if not isinstance(agent, dict):
        return SYSTEM_ACTOR
    return _text(agent, "summary") or _text(agent, "name") or _text(agent, "email") or SYSTEM_ACTOR


def _names(references: object) -> list[str]:
    if not isinstance(references, list):
        return []
    return [name for r in references if (name := _text(_dict(r), "summary") or _text(_dict(r), "name"))]


def _says_more(summary: str, said: str) -> bool:
    """Whether the summary has a word (compared by its first five letters) the sentence and actor lack."""
    known = {word[:5] for word in _WORD.findall(said.casefold())}
    return any(word[:5] not in known for word in _WORD.findall(summary.casefold()) if word not in _FILLER)


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _text(record: dict, key: str) -> str:
    value = record.get(key)
    return value.strip() if isinstance(value, str) else ""
