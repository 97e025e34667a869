"""Rows of named columns, as spreadsheets and Markdown tables hold a timeline, read into entries."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..domain.timeline import MomentKind, TimelineEntry
from . import ImportProblem
from .times import TimePlacer, is_time_of_day, unwrapped, zone_in

HEADINGS = {
    "time": (
        "time", "timestamp", "time stamp", "when", "datetime", "date time", "date/time", "date & time",
        "date and time", "at", "time of event", "occurred", "occurred at", "created", "created at",
    ),
    "date": ("date", "day"),
    "actor": (
        "actor", "who", "user", "author", "name", "from", "by", "person", "sender", "username", "user name",
        "responder", "posted by", "reported by",
    ),
    "text": (
        "text", "what", "event", "description", "message", "summary", "entry", "event description",
        "what happened", "activity", "update",
    ),
    "kind": ("kind", "moment", "moment kind", "type", "category"),
    "link": ("link", "url", "links", "source", "evidence"),
    "detail": ("detail", "details", "notes", "note", "comment", "comments", "context"),
}
"""Each part of an entry and the column headings that name it (compared in lower case, without a "(UTC)")."""

NAMED_COLUMNS = 8
"""How many of a header's columns a problem names; the rest are counted."""

_KINDS = {
    MomentKind.DETECTION: ("detection", "detected", "detect", "alert"),
    MomentKind.DECISION: ("decision", "decision point", "key decision", "decided"),
    MomentKind.COMMUNICATION: ("communication", "communication pattern", "comms", "comm", "communicated"),
    MomentKind.OBSERVATION: ("observation", "observed", "observe"),
    MomentKind.DEEP_DIVE: ("deep dive", "deepdive", "needs deep dive", "needs a deep dive"),
}
_KIND_WORDS = {word: kind for kind, words in _KINDS.items() for word in words}


@dataclass(frozen=True)
class Columns:
    """Where each part of an entry sits in a row, and the zone the time heading names, if any."""

    time: int
    text: int
    date: int | None = None
    actor: int | None = None
    kind: int | None = None
    link: int | None = None
    detail: int | None = None
    zone: dt.tzinfo | None = None


def heading_role(cell: str) -> str | None:
    """Which part of an entry a column heading names: 'Time (UTC)' -> 'time', 'Who?' -> 'actor'."""
    heading = re.sub(r"\(.*?\)|\[.*?\]", " ", unwrapped(cell).lower())
    heading = re.sub(r"\s*/\s*", "/", re.sub(r"[\s_]+", " ", heading)).strip(" :?*#.-")
    return next((role for role, names in HEADINGS.items() if heading in names), None)


def columns_of(header: list[str], where: str) -> Columns:
    """The columns a header row names, or an ImportProblem saying what was there instead."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        role = heading_role(cell)
        if role is not None and role not in found:
            found[role] = index
    if "time" not in found and "date" in found:
        found["time"] = found.pop("date")
    if "text" not in found and "detail" in found:
        found["text"] = found.pop("detail")
    missing = [role for role in ("time", "text") if role not in found]
    if missing:
        named = [cell.strip() for cell in header if cell.strip()]
        names = ", ".join(f'"{cell[:30]}"' for cell in named[:NAMED_COLUMNS])
        more = f" and {len(named) - NAMED_COLUMNS:,} more" if len(named) > NAMED_COLUMNS else ""
        raise ImportProblem(f"{where}: no {' or '.join(missing)} column; columns found: {names or 'none'}{more}")
    return Columns(**found, zone=zone_in(header[found["time"]]))


def entry_from(cells: list[str], columns: Columns, placer: TimePlacer, where: str) -> TimelineEntry | None:
    """The entry one row holds, or None for a row with nothing in the columns that matter."""

    def cell(index: int | None) -> str:
        if index is None or index >= len(cells):
            return ""
        return cells[index].replace("\r\n", "\n").replace("\r", "\n").strip()

    stamp, day, text = cell(columns.time), cell(columns.date), cell(columns.text)
    actor, detail = unwrapped(cell(columns.actor)), cell(columns.detail)
    if not any((stamp, day, text, actor, detail)):
        return None
    if day and (not stamp or is_time_of_day(stamp)):
        stamp = f"{unwrapped(day)} {unwrapped(stamp)}".strip()
    if not stamp:
        raise ImportProblem(f'{where}: no time given for "{(text or actor or detail)[:60]}"')
    at = placer.place(stamp, where, columns.zone)
    if not text:
        raise ImportProblem(f'{where}: the entry at "{stamp[:30]}" has no text')
    moment, kind_note = read_kind(cell(columns.kind))
    return TimelineEntry(
        at=at,
        actor=actor,
        text=text,
        detail="\n".join(part for part in (detail, cell(columns.link), kind_note) if part),
        moment=moment,
    )


def read_kind(value: str) -> tuple[MomentKind | None, str]:
    """The moment kind a word names ('decision point', 'Deep-dive', 'alert'); any other word is kept as a note."""
    word = re.sub(r"[\s_-]+", " ", unwrapped(value).lower()).strip(" .!")
    kind = _KIND_WORDS.get(word)
    return kind, f"Kind: {value}" if value and kind is None else ""
