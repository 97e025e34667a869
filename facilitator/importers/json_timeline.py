"""Timelines from a plain JSON list of objects, as scripts, bots and web tools write them.

The keys are read as a spreadsheet's column headings are ("time", "timestamp", "created_at", "body",
"message", "author"...; camelCase too); other keys are kept in the entry's detail as "key: value" lines.
An item without a time, or with a time and no words, is skipped and reported.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ..domain.timeline import TimelineEntry, sorted_entries
from . import ImportContext, ImportProblem
from .columns import cell_text, heading_role, read_kind
from .decoding import parsed_json
from .times import TimePlacer, is_time_of_day, unwrapped

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def read_json(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    """Every entry of a JSON timeline list, sorted by time; all or nothing."""
    return json_entries(parsed_json(data), context)


def json_entries(items: object, context: ImportContext) -> list[TimelineEntry]:
    """The entries of an already parsed JSON timeline list, sorted by time."""
    if not isinstance(items, list):
        raise ImportProblem(f"expected a JSON list of timeline entries, found {_kind_of(items)}")
    if not items:
        raise ImportProblem("no timeline entries found: the list is empty")
    placer, roles = TimePlacer(context), _Roles()
    entries = []
    for number, item in enumerate(items, start=1):
        entry = _entry(item, placer, roles, f"item {number}", context)
        if entry is not None:
            entries.append(entry)
    if not entries:
        raise ImportProblem("no timeline entries found: no item has both a time and words")
    return sorted_entries(entries)


class _Roles:
    """The part of an entry each key names, worked out once per key."""

    def __init__(self) -> None:
        self.known: dict[str, str | None] = {}

    def of(self, key: str) -> str | None:
        if key not in self.known:
            self.known[key] = heading_role(_CAMEL.sub(" ", key)) if len(key) <= 100 else None
        return self.known[key]


def _entry(
    item: object, placer: TimePlacer, roles: _Roles, where: str, context: ImportContext
) -> TimelineEntry | None:
    if not isinstance(item, dict):
        raise ImportProblem(f'{where}: expected an object with "time" and "text", found {_kind_of(item)}')
    found: dict[str, str] = {}
    extras: list[str] = []
    for key, value in item.items():
        role = roles.of(key)
        if value is None or value == "":
            continue
        if role is not None and role not in found:
            found[role] = key
        elif (shown := _shown(value)) != "":
            extras.append(f"{key}: {shown}")
    if "time" not in found and "date" in found:
        found["time"] = found.pop("date")
    if "text" not in found and "detail" in found:
        found["text"] = found.pop("detail")
    if "time" not in found:
        context.skip(where, "no time")
        return None
    at = _at(item, found, placer, where)
    text = _text(item, found.get("text"), where)
    if not text:
        context.skip(where, "a time with no words")
        return None
    moment, kind_note = read_kind(_text(item, found.get("kind"), where))
    detail = [_text(item, found.get(role), where) for role in ("detail", "link")]
    return TimelineEntry(
        at=at,
        actor=unwrapped(_text(item, found.get("actor"), where)),
        text=text,
        detail="\n".join(part for part in (*detail, kind_note, *extras) if part),
        moment=moment,
    )


def _at(item: dict, found: dict[str, str], placer: TimePlacer, where: str) -> dt.datetime:
    """The entry's time; a number counts seconds (or milliseconds) since 1970; a date and a clock time combine."""
    value = item[found["time"]]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return placer.at_epoch(value, where)
    stamp = _text(item, found["time"], where)
    day = _text(item, found.get("date"), where)
    if day and is_time_of_day(stamp):
        stamp = f"{unwrapped(day)} {unwrapped(stamp)}"
    return placer.place(stamp, where)


def _text(item: dict, key: str | None, where: str) -> str:
    """The trimmed text under the key (none for no key); anything but text there is a problem."""
    if key is None:
        return ""
    value = item[key]
    if not isinstance(value, str):
        raise ImportProblem(f'{where}: "{key[:40]}" should be text, not {_kind_of(value)}')
    return cell_text(value.replace("\r\n", "\n")).strip()


def _shown(value: object) -> str:
    """A value kept in the detail: text as it is, anything else as compact JSON."""
    if isinstance(value, str):
        return cell_text(value.replace("\r\n", "\n")).strip()
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _kind_of(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
