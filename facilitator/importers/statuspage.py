"""Status page incidents (Atlassian Statuspage and pages that copy its shape) read into timeline entries.

Accepts an incident object ({"name", "incident_updates": [...]}), one wrapped as a webhook sends it
({"incident": {...}}), a list of incidents, or a page of them ({"incidents": [...]}).
Each update is an entry: its time is created_at (display_at when there is none), its words are its
status and body ("Identified: The certificate chain is incomplete."), its actor is "Status page".
With several incidents, each entry's detail names its incident; components an update changed are
listed in the detail ("Checkout API: degraded performance").
An update without a time is skipped and reported ("incident 2, update 3"); nothing else is left out.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from ..domain.timeline import TimelineEntry, sorted_entries
from . import ImportContext, ImportProblem
from .columns import cell_text
from .decoding import parsed_json
from .times import TimePlacer

ACTOR = "Status page"
_UPDATES = "incident_updates"


def looks_like_statuspage(value: object) -> bool:
    """Whether parsed JSON holds status page incidents: objects with a list of incident_updates."""
    return bool(_incidents_in(value))


def read_statuspage(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    """Every update of every incident in the file, oldest first; all or nothing."""
    return statuspage_entries(parsed_json(data), context)


def statuspage_entries(value: object, context: ImportContext) -> list[TimelineEntry]:
    """The entries of already parsed status page incidents, oldest first."""
    incidents = _incidents_in(value)
    if not incidents:
        raise ImportProblem('not status page incidents: expected an incident with "incident_updates"')
    placer = TimePlacer(context)
    several = len(incidents) > 1
    found: list[TimelineEntry] = []
    for number, incident in enumerate(incidents, 1):
        prefix = f"incident {number}, " if several else ""
        name = _said(partial(_text, incident, "name"), f"incident {number}")
        read = []
        for index, update in enumerate(incident[_UPDATES], 1):
            where = f"{prefix}update {index}"
            entry = _said(partial(_entry, update, placer, where, name if several else "", context), where)
            if entry is not None:
                read.append(entry)
        if len(read) > 1 and read[0].at > read[-1].at:
            read.reverse()  # the API lists updates newest first: same-second updates keep their order
        found.extend(read)
    if not found:
        raise ImportProblem("no timeline entries found: no incident update has a time")
    return sorted_entries(found)


def _incidents_in(value: object) -> list[dict]:
    if isinstance(value, dict):
        if isinstance(value.get(_UPDATES), list):
            return [value]
        inner = value.get("incident")
        if isinstance(inner, dict) and isinstance(inner.get(_UPDATES), list):
            return [inner]
        value = value.get("incidents")
    if (
        isinstance(value, list)
        and value
        and all(isinstance(item, dict) for item in value)
        and all(isinstance(item.get(_UPDATES), list) for item in value)
    ):
        return value
    return []


def _entry(update: object, placer: TimePlacer, where: str, incident: str, context: ImportContext):
    if not isinstance(update, dict):
        raise ImportProblem("expected an update object")
    stamp = _text(update, "created_at") or _text(update, "display_at")
    if not stamp:
        context.skip(where, "no time")
        return None
    at: dt.datetime = placer.place(stamp, where)  # its problems start with where
    status = _text(update, "status").replace("_", " ").capitalize()
    body = cell_text(_text(update, "body")).strip()
    text = f"{status}: {body}" if status and body else status or body
    if not text:
        context.skip(where, "a time with no words")
        return None
    detail = [f"Incident: {incident}"] if incident else []
    detail += _components(update.get("affected_components"))
    return TimelineEntry(at=at, actor=ACTOR, text=text, detail="\n".join(detail))


def _said(read, where: str):
    """What read() gives, its problem said with where in the file it is."""
    try:
        return read()
    except ImportProblem as problem:
        if str(problem).startswith(where):
            raise
        raise ImportProblem(f"{where}: {problem}") from None


def _components(components: object) -> list[str]:
    """'Checkout API: degraded performance' for each component the update changed."""
    lines = []
    for component in components if isinstance(components, list) else ():
        if isinstance(component, dict) and (name := _text(component, "name")):
            status = _text(component, "new_status").replace("_", " ")
            lines.append(f"{name}: {status}" if status else name)
    return lines


def _text(record: dict, key: str) -> str:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise ImportProblem(f'"{key}" should be text, not {type(value).__name__}')
    return (value or "").replace("\r\n", "\n").strip()
