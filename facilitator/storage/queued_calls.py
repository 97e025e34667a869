"""A window's edit as plain data that can wait in a journal (write_journal.py): the store methods it calls, in one
transaction, their arguments with domain values tagged by type. An argument may stand for what an earlier write,
still waiting when the edit was made, returns once written (a Later): the id of an entry added, the row of a
comment removed."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import importlib
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..domain.record import record

if TYPE_CHECKING:
    from .reviews import ReviewStore

CALLS = frozenset({
    "create", "update_fields", "delete", "restore", "duplicate", "purge_deleted",
    "add_person", "update_person", "remove_person", "set_facilitation",
    "timeline.add_one", "timeline.update", "timeline.delete", "timeline.undelete", "timeline.set_questions",
    "comments.add", "comments.update", "comments.remove", "comments.restore",
    "parking.update", "parking.add_action", "parking.update_action", "parking.remove_action",
    "parking.restore_action", "parking.set_ranks",
    "meeting.set_budgets", "meeting.set_opening_text", "meeting.set_answer",
})
"""The store methods a queued edit may call."""

OVERWRITING = frozenset({"comments.remove", "comments.update"})
"""Calls whose words must not survive in the write-ahead log: a checkpoint follows their commit."""

KINDS_FROM = ("facilitator.domain.", "facilitator.storage.timeline")
"""Where the types a queued edit may carry are defined."""


@record
class Later:
    """What the write (source, seq) returns once written, or a part of it: path picks list items and fields."""

    source: str
    seq: int
    path: tuple = ()

    def pick(self, *path) -> Later:
        return Later(self.source, self.seq, (*self.path, *path))


def encode(value) -> object:
    """A JSON-ready form of value."""
    if value is None or (isinstance(value, (bool, int, float, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, Later):
        return {"$later": [value.source, value.seq], "path": list(value.path)}
    if isinstance(value, enum.Enum):
        return {"$enum": _name(type(value)), "value": value.value}
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$seconds": value.total_seconds()}
    if dataclasses.is_dataclass(value):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$type": _name(type(value)), "fields": fields}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {"$type": _name(type(value)), "fields": {name: encode(getattr(value, name)) for name in value._fields}}
    if isinstance(value, (tuple, set, frozenset)):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, Mapping):
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    raise TypeError(f"A queued edit cannot carry {type(value).__name__}.")


def decode(value, results: Mapping | None = None) -> object:
    """The value encode() was given; a Later is what its write returned (KeyError if not known), or, without
    results, the Later itself (to show what an edit will do before it is written)."""
    if isinstance(value, list):
        return [decode(v, results) for v in value]
    if not isinstance(value, dict):
        return value
    if "$later" in value:
        later = Later(value["$later"][0], int(value["$later"][1]), tuple(value["path"]))
        return later if results is None else _picked(results[later.source, later.seq], later.path)
    if "$enum" in value:
        return _kind(value["$enum"])(value["value"])
    if "$datetime" in value:
        return dt.datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    if "$time" in value:
        return dt.time.fromisoformat(value["$time"])
    if "$seconds" in value:
        return dt.timedelta(seconds=value["$seconds"])
    if "$tuple" in value:
        return tuple(decode(v, results) for v in value["$tuple"])
    if "$dict" in value:
        return {decode(k, results): decode(v, results) for k, v in value["$dict"]}
    if "$type" in value:
        return _kind(value["$type"])(**{name: decode(v, results) for name, v in value["fields"].items()})
    raise ValueError(f"Not a queued value: {value!r}")


def _picked(value, path: tuple) -> object:
    for step in path:
        value = value[step] if isinstance(step, int) or isinstance(value, Mapping) else getattr(value, step)
    return value


def _name(kind: type) -> str:
    return f"{kind.__module__}:{kind.__qualname__}"


def _kind(name: str) -> type:
    module, _, qualname = name.partition(":")
    if not module.startswith(KINDS_FROM):
        raise ValueError(f"A queued edit cannot carry {name}.")
    kind = getattr(importlib.import_module(module), qualname)
    if not isinstance(kind, type):
        raise ValueError(f"A queued edit cannot carry {name}.")
    return kind


def calls_data(review_id: int | None, *calls: tuple[str, tuple]) -> dict:
    """The data of one queued edit: these calls (method, arguments), in order, in one transaction."""
    for method, _args in calls:
        if method not in CALLS:
            raise KeyError(method)
    return {"review_id": review_id, "calls": [[method, encode(list(args))] for method, args in calls]}


def pending_calls(data: dict) -> list[tuple[str, list]]:
    """The calls of a queued edit as they will be made, what earlier waiting writes return left as Laters."""
    return [(method, _arguments(decode(args))) for method, args in data["calls"]]


def _arguments(decoded: object) -> list:
    """A call's decoded arguments: encode() was given a list, so decode() gives one back."""
    if not isinstance(decoded, list):
        raise ValueError("A queued call's arguments are not a list.")
    return decoded


def forget_overwritten_after(db, datas: list[dict]) -> None:
    """After the commit of these queued edits: empty the write-ahead log if one of them removed or replaced a
    comment's words, as far as the readers and the connection's busy timeout allow (a later write finishes it)."""
    if any(method in OVERWRITING for data in datas for method, _args in data.get("calls", ())):
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def run_calls(store: ReviewStore, data: dict, results: Mapping) -> list:
    """Make the calls (inside the caller's transaction); returns what each returned."""
    returned = []
    for method, args in data["calls"]:
        if method not in CALLS:
            raise KeyError(method)
        target: Any = store
        for name in method.split("."):
            target = getattr(target, name)
        returned.append(target(*_arguments(decode(args, results))))
    return returned


def restored(method: str, row: Any) -> object:
    """What the restore call (timeline.undelete, comments.restore, parking.restore_action) puts back, read from
    the row it is given, to show it before it is written."""
    from .comments import _comment
    from .parking import _action
    from .timeline import _entry

    if method == "timeline.undelete":
        return _entry(row.row, tuple(q["text"] for q in row.questions))
    return (_comment if method == "comments.restore" else _action)(row)
