"""Timelines from a plain JSON list of {"time", "actor", "text"} objects, as scripts and bots write them."""

from __future__ import annotations

import json

from ..domain.timeline import TimelineEntry
from . import ImportContext, ImportProblem
from .csv_timeline import decoded, moment_kind
from .times import INPUT_ERRORS, TimePlacer

TIME_KEYS = ("time", "at", "timestamp")
ACTOR_KEYS = ("actor", "who", "author")
TEXT_KEYS = ("text", "message", "what", "description", "summary", "event")
DETAIL_KEYS = ("detail", "details", "notes")
KIND_KEYS = ("kind", "moment")
LINK_KEYS = ("link", "url")


def read_json(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    """Every entry of a JSON timeline list, sorted by time; all or nothing."""
    try:
        return _read(data, context)
    except ImportProblem:
        raise
    except INPUT_ERRORS as error:
        raise ImportProblem(f"not a readable JSON timeline: {error}") from error


def _read(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    try:
        items = json.loads(decoded(data))
    except json.JSONDecodeError as error:
        raise ImportProblem(f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}") from error
    if not isinstance(items, list):
        raise ImportProblem(f"expected a JSON list of timeline entries, found {_kind_of(items)}")
    placer = TimePlacer(context)
    entries = [_entry(item, placer, f"item {number}") for number, item in enumerate(items, start=1)]
    return sorted(entries, key=lambda entry: entry.at)


def _entry(item: object, placer: TimePlacer, where: str) -> TimelineEntry:
    if not isinstance(item, dict):
        raise ImportProblem(f'{where}: expected an object with "time" and "text", found {_kind_of(item)}')
    stamp = _first(item, TIME_KEYS, where, numbers=True)
    if not stamp:
        raise ImportProblem(f'{where}: no "time" (or "at", "timestamp")')
    at = placer.place(stamp, where)
    text = _first(item, TEXT_KEYS, where)
    if not text:
        raise ImportProblem(f'{where}: no "text"')
    detail, link = _first(item, DETAIL_KEYS, where), _first(item, LINK_KEYS, where)
    return TimelineEntry(
        at=at,
        actor=_first(item, ACTOR_KEYS, where),
        text=text,
        detail="\n".join(part for part in (detail, link) if part),
        moment=moment_kind(_first(item, KIND_KEYS, where), where),
    )


def _first(item: dict, keys: tuple[str, ...], where: str, numbers: bool = False) -> str:
    """The trimmed text under the first of the keys present; numbers are allowed where they are times."""
    for key in keys:
        value = item.get(key)
        if value is None:
            continue
        if numbers and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise ImportProblem(f'{where}: "{key}" should be text, not {_kind_of(value)}')
        return value.replace("\r\n", "\n").strip()
    return ""


def _kind_of(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
