"""Timelines from a plain JSON list of {"time", "actor", "text"} objects, as scripts and bots write them."""

from __future__ import annotations

import datetime as dt

from ..domain.timeline import TimelineEntry, sorted_entries
from . import ImportContext, ImportProblem
from .columns import read_kind
from .decoding import parsed_json
from .times import TimePlacer

TIME_KEYS = ("time", "at", "timestamp", "when", "date")
ACTOR_KEYS = ("actor", "who", "author", "user", "by")
TEXT_KEYS = ("text", "message", "what", "description", "summary", "event")
DETAIL_KEYS = ("detail", "details", "notes")
KIND_KEYS = ("kind", "moment")
LINK_KEYS = ("link", "url")


def read_json(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    """Every entry of a JSON timeline list, sorted by time; all or nothing."""
    return json_entries(parsed_json(data), context)


def json_entries(items: object, context: ImportContext) -> list[TimelineEntry]:
    """The entries of an already parsed JSON timeline list, sorted by time."""
    if not isinstance(items, list):
        raise ImportProblem(f"expected a JSON list of timeline entries, found {_kind_of(items)}")
    if not items:
        raise ImportProblem("no timeline entries found: the list is empty")
    placer = TimePlacer(context)
    return sorted_entries([_entry(item, placer, f"item {number}") for number, item in enumerate(items, start=1)])


def _entry(item: object, placer: TimePlacer, where: str) -> TimelineEntry:
    if not isinstance(item, dict):
        raise ImportProblem(f'{where}: expected an object with "time" and "text", found {_kind_of(item)}')
    at = _at(item, placer, where)
    text = _first(item, TEXT_KEYS, where)
    if not text:
        raise ImportProblem(f'{where}: no "text"')
    detail, link = _first(item, DETAIL_KEYS, where), _first(item, LINK_KEYS, where)
    moment, kind_note = read_kind(_first(item, KIND_KEYS, where))
    return TimelineEntry(
        at=at,
        actor=_first(item, ACTOR_KEYS, where),
        text=text,
        detail="\n".join(part for part in (detail, link, kind_note) if part),
        moment=moment,
    )


def _at(item: dict, placer: TimePlacer, where: str) -> dt.datetime:
    """The entry's time; a number counts seconds (or milliseconds) since 1970."""
    key = next((key for key in TIME_KEYS if item.get(key) is not None), None)
    if key is None:
        raise ImportProblem(f'{where}: no "time" (or {", ".join(f"{key!r}" for key in TIME_KEYS[1:])})')
    value = item[key]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return placer.at_epoch(value, where)
    return placer.place(_first(item, (key,), where), where)


def _first(item: dict, keys: tuple[str, ...], where: str) -> str:
    """The trimmed text under the first of the keys present."""
    for key in keys:
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ImportProblem(f'{where}: "{key}" should be text, not {_kind_of(value)}')
        return value.replace("\r\n", "\n").strip()
    return ""


def _kind_of(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
