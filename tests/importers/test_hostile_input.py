"""Hostile input to every way in: each importer, the comments import and restoring an archive, fed the shapes
an attacker sends (unclosed brackets, long runs of '<', '*', '_', '[' and backslashes, deep nesting, lone
surrogates, numbers of thousands of digits or past 2^63, years 1 and 9999 with an offset, thousands of
events), either reads the input or raises ImportProblem: never any other exception, and never a hang.

A restored archive must also store and export: a value the archive let through that broke a later export
(a year-1 time did) counts as a failure here. Set FACILITATOR_HOSTILE_REPORT=1 to print how many inputs
were tried and how each ended.
"""

import csv
import datetime as dt
import io
import json
import os
import sys
import tempfile
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.app.demo import demo_review_id
from facilitator.domain.timeline import TimelineEntry
from facilitator.export.archive import archive_json
from facilitator.export.preread import preread_markdown
from facilitator.export.record import record_markdown
from facilitator.importers import ImportContext, ImportProblem
from facilitator.importers.archive import read_archive
from facilitator.importers.comments import read_comments
from facilitator.importers.formats import read_pasted, read_timeline
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.whole_review import load_whole, store_whole

HOSTILE = settings(
    max_examples=15, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
CONTEXT = ImportContext(dt.date(2026, 10, 14), "Europe/London")
NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)
OUTCOMES: Counter = Counter()
"""How each hostile input ended: 'read' or 'refused' (an ImportProblem); anything else fails its test."""

RUN = 1000
"""The length of a run of one character: enough to show a backtracking reader up (the benchmarks measure speed)."""
MARKS = ["<", "*", "_", "[", "(", "\\", "`", "&", "#", "|", "~", "$", "]", ">", "{", '"', ":", "-", "!", " "]
DIGITS = "<5,000 digits>"
DEEP = "<nested 100,000 deep>"
"""Stand-ins replaced in the JSON text by a 5,000-digit number and by brackets nested 100,000 deep."""
EXTREME_TIMES = [
    "0001-01-01T00:00:00+05:00", "0001-01-01 00:00", "9999-12-31T23:59:59-05:00", "9999-12-31T23:59:59.999999+14:00",
    "1969-12-31T23:59:59Z", "2999-12-31T23:59:59-14:00", "1970-01-01T00:00:00+14:00", "10000-01-01T00:00:00Z",
    "2026-10-14T25:61:61Z", "2026-02-30", "18:42+99:99", "-1", "1e400", "99999999999999999999", "31/12/9999 23:59",
    "Dec 31 9999 23:59 -05:00", "01/01/0001 00:00 +05:00", "Oct 14, 18:42 GMT+14", "18:42 UTC-12",
]
NASTY: list = [
    *EXTREME_TIMES,
    *(mark * RUN for mark in MARKS),
    *(opening + "x" * RUN for opening in ("(", "[", "<", "<@", "**", "`", "&#", "\\")),
    "<@U1|" * (RUN // 5), "[x](" * (RUN // 4), "\ud800", "x\udfffy", "\ud83d", "\x00", "\x1b]0;owned\x07\x1b[2J", "\u202e", "\ufeff",
    "line\nbreak\r\n", "", " ", 2**63, -(2**63) - 1, 2**64, 10**40, 1e308, -1e308, float("inf"), float("nan"), -0.0, 0, -1,
    True, None, [], {}, [[[]]], {"text": "\ud800"}, DIGITS, DEEP,
]
"""Values an attacker puts in any one field of an otherwise sound file."""

NASTY_IN_ARCHIVES = [value for value in NASTY if not (isinstance(value, str) and len(value) >= RUN and value[1:2] == value[:1] != "<")]
"""Archives read text as text: of the runs of marks, '<' stands for all of them."""

runs = st.builds(lambda mark, count: mark * count, st.sampled_from(MARKS), st.integers(1, RUN))
texts = runs | st.sampled_from([v for v in NASTY if isinstance(v, str)]) | st.text(max_size=30)
numbers = st.sampled_from([v for v in NASTY if isinstance(v, int | float)]) | st.integers() | st.floats()
values = texts | numbers | st.sampled_from([True, None, [], {}, DIGITS, DEEP]) | st.lists(texts, max_size=3)


def _json(value: object) -> str:
    """JSON text; lone surrogates are written as the escapes an attacker would send, the stand-ins replaced."""
    text = json.dumps(value, ensure_ascii=True)
    text = text.replace(json.dumps(DIGITS), "9" * 5000)
    return text.replace(json.dumps(DEEP), "[" * 100_000 + "]" * 100_000)


def _cell(value: object) -> str:
    """A value as text in a spreadsheet or Markdown file."""
    if value == DIGITS:
        return "9" * 5000
    if value == DEEP:
        return "[" * RUN
    return value if isinstance(value, str) else json.dumps(value)


def _encoded(text: str) -> bytes:
    """Text as the bytes of a file: lone surrogates as the bytes some broken writers leave (ED A0 80)."""
    return text.encode("utf-8", "surrogatepass")


def _outcome(read, *args):
    """The result of reading, counting how it ended; an exception other than ImportProblem fails the test."""
    try:
        result = read(*args)
    except ImportProblem as problem:
        assert str(problem).strip()
        OUTCOMES["refused"] += 1
        return None
    OUTCOMES["read"] += 1
    return result


def _sound(entries) -> None:
    """What any successful import gives: entries with an aware time inside the years the app handles, and words."""
    assert isinstance(entries, list) and entries
    for entry in entries:
        assert isinstance(entry, TimelineEntry) and entry.at.utcoffset() is not None
        assert 1969 <= entry.at.astimezone(dt.UTC).year <= 3000
        assert entry.text.strip()
        for text in (entry.text, entry.actor, entry.detail):
            text.encode("utf-8")  # storable: no lone surrogate got through


def _import(path: Path, format: str | None = None) -> None:
    entries = _outcome(read_timeline, path, CONTEXT, format)
    if entries is not None:
        _sound(entries)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="facilitator-hostile-") as name:
        yield Path(name)


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    if os.environ.get("FACILITATOR_HOSTILE_REPORT"):
        print(f"\nhostile inputs: {sum(OUTCOMES.values())} tried, {OUTCOMES['read']} read, {OUTCOMES['refused']} refused with an ImportProblem", file=sys.stderr)


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _cells(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


SOUND_ROW = {"Time": "18:42", "Who": "Ada Quist", "What": "Paged the on-call", "Kind": "detection", "Link": "https://x.example", "Notes": "seen"}


def _spreadsheet(field: str, value: object) -> list[tuple[str, bytes, str | None]]:
    """A sound two-row sheet with the value in one cell (or as one heading)."""
    header, row = list(SOUND_ROW), dict(SOUND_ROW)
    if field.startswith("heading "):
        header[header.index(field.removeprefix("heading "))] = _cell(value)
    else:
        row[field] = _cell(value)
    text = _cells(header) + _cells(list(row.values())) + _cells(list(SOUND_ROW.values()))
    return [("timeline.csv", _encoded(text), None), ("timeline.txt", _encoded(text.replace(",", "\t")), "csv")]


def _markdown(field: str, value: object) -> list[tuple[str, bytes, str | None]]:
    """Sound Markdown bullets and a table, with the value in one place."""
    text = {"time": "{v} Paged", "text": "18:42 {v}", "actor": "18:42 **{v}**: paged", "heading": "18:42 paged"}[field]
    shown = _cell(value)
    heading = f"## {shown}" if field == "heading" else "## Timeline (UTC)"
    bullets = f"{heading}\n\n- {text.replace('{v}', shown)}\n- 18:50 Rolled back\n"
    table = f"{heading}\n\n| Time | Who | What |\n|---|---|---|\n| {shown if field == 'time' else '18:42'} | {shown if field == 'actor' else 'Ada'} | {shown if field == 'text' else 'Paged'} |\n"
    return [("postmortem.md", _encoded(bullets), None), ("table.md", _encoded(table), "markdown")]


def _json_timeline(field: str, value: object) -> list[tuple[str, bytes, str | None]]:
    item = {"time": "2026-10-14T18:42:00Z", "actor": "Ada", "text": "Paged", "kind": "detection", "url": "https://x", "detail": "d"}
    item[field] = value
    return [("timeline.json", _encoded(_json([item, {"time": "18:50", "text": "Rolled back"}])), None)]


def _pagerduty(field: str, value: object) -> list[tuple[str, bytes, str | None]]:
    entry = {
        "type": "escalate_log_entry", "created_at": "2026-10-14T17:40:12Z", "agent": {"summary": "Datadog"},
        "summary": "Escalated", "channel": {"summary": "5xx", "type": "auto"}, "assignees": [{"summary": "Bo"}],
    }
    place, _, inner = field.partition(".")
    if inner:
        entry[place] = {inner: value}
    else:
        entry[place] = value
    return [("log_entries.json", _encoded(_json({"log_entries": [entry]})), None), ("entries.json", _encoded(_json([entry])), "pagerduty")]


def _slack(field: str, value: object) -> list[tuple[str, bytes | dict, str | None]]:
    """A day file alone, and the same day in an export folder and a zip, with the value in one place."""
    message = {"type": "message", "ts": "1792000020.000100", "user": "U1", "text": "<@U1> paged <#C1|general>", "thread_ts": "1792000020.000100"}
    users = [{"id": "U1", "real_name": "Ada Quist", "profile": {"display_name": "Ada"}}]
    channels = [{"id": "C1", "name": "general"}]
    place, _, inner = field.partition(".")
    if place == "users":
        users[0][inner] = value
    elif place == "channels":
        channels[0][inner] = value
    elif inner:
        message[place] = [{inner: value}]
    else:
        message[place] = value
    day = _json([message, {"type": "message", "ts": "1792000080", "user": "U1", "text": "rolled back"}])
    files = {"users.json": _json(users), "channels.json": _json(channels), "general/2026-10-14.json": day}
    return [("2026-10-14.json", _encoded(day), "slack"), ("export", files, None), ("export.zip", files, None)]


FORMATS = {
    "csv": (_spreadsheet, [*SOUND_ROW, *(f"heading {name}" for name in ("Time", "What", "Link"))]),
    "markdown": (_markdown, ["time", "text", "actor", "heading"]),
    "json": (_json_timeline, ["time", "actor", "text", "kind", "url", "detail"]),
    "pagerduty": (_pagerduty, ["type", "created_at", "agent", "agent.summary", "summary", "channel.summary", "assignees"]),
    "slack": (_slack, ["ts", "text", "user", "subtype", "thread_ts", "attachments.fallback", "files.title", "users.real_name", "users.id", "channels.name"]),
}


def _feed(folder: Path, name: str, data: bytes | dict, format: str | None) -> None:
    """Write the file (or export folder, or zip) and import it."""
    if isinstance(data, dict):
        path = folder / name
        if name.endswith(".zip"):
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for member, text in data.items():
                    archive.writestr(member, _encoded(text))
        else:
            for member, text in data.items():
                (path / member).parent.mkdir(parents=True, exist_ok=True)
                (path / member).write_bytes(_encoded(text))
        _import(path, format)
    else:
        _import(_file(folder, name, data), format)


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_every_field_of_every_format_holding_each_hostile_value_is_read_or_refused(folder, format):
    """Systematically: each hostile value in each field of a sound file of the format, imported as a user would."""
    make, fields = FORMATS[format]
    for place, field in enumerate(fields):
        for number, value in enumerate(NASTY):
            variants = make(field, value)  # the file's forms (a day file, its export folder, its zip) take turns
            _feed(folder, *variants[(place + number) % len(variants)])


def _comment_files(text: object, author: object, via: object) -> list[tuple[bytes, str]]:
    sheet = "Comment,From,Via,Anonymous?\n" + _cells([_cell(text), _cell(author), _cell(via), "no"])
    bullets = f"- {_cell(author)}: {_cell(text)}\n- {_cell(text)}\n"
    return [(_encoded(sheet), "comments.csv"), (_encoded(bullets), "comments.md")]


def _comments(data: bytes, name: str) -> None:
    for comment, _ in _outcome(read_comments, data, name) or ():
        comment.text.encode("utf-8")
        assert comment.author is None or (comment.author.strip() and "anonymous" not in comment.author.lower())


def test_every_field_of_a_comments_file_holding_each_hostile_value_is_read_or_refused():
    for value in NASTY:
        for text, author, via in ((value, "Ada", "mail"), ("words", value, "mail"), ("words", None, value)):
            for data, name in _comment_files(text, author, via):
                _comments(data, name)


@HOSTILE
@given(cells=st.lists(texts, min_size=1, max_size=4), rows=st.integers(1, 3), header=st.sampled_from(["Time,Who,What", "Time (UTC),What,Notes", "", "When;What"]))
def test_hostile_spreadsheets_are_read_or_refused(folder, cells, rows, header):
    text = (header + "\n" if header else "") + "".join(_cells(cells) for _ in range(rows))
    for suffix, format in ((".csv", None), (".txt", "csv")):
        _import(_file(folder, f"sheet{suffix}", _encoded(text)), format)
    pasted = _outcome(read_pasted, text.encode("utf-8", "replace").decode(), CONTEXT)
    if pasted is not None:
        _sound(pasted)


@HOSTILE
@given(text=texts, shape=st.sampled_from(["- {}", "- 18:42 {}", "* **18:42** — {}: x", "| 18:42 | {} |", "## {}", "{}", "> - 18:42 {}"]), repeat=st.integers(1, 50))
def test_hostile_markdown_is_read_or_refused(folder, text, shape, repeat):
    lines = ["| Time | What |", "|---|---|"] if shape.startswith("|") else []
    document = "\n".join(lines + [shape.format(text)] * repeat)
    _import(_file(folder, "notes.md", _encoded(document)))


@HOSTILE
@given(format=st.sampled_from(sorted(FORMATS)), choices=st.data(), many=st.integers(1, 3000))
def test_hostile_values_in_several_fields_at_once_are_read_or_refused(folder, format, choices, many):
    """Random hostile values in random fields together, the file sometimes holding thousands of entries."""
    make, fields = FORMATS[format]
    field = choices.draw(st.sampled_from(fields))
    value = choices.draw(values)
    for name, data, chosen in make(field, value):
        if many > 1 and isinstance(data, bytes) and name.endswith(".json") and data.startswith(b"["):
            data = data[:-1] + b"," + b",".join([data[1:-1]] * (many - 1)) + b"]"
        _feed(folder, name, data, chosen)


@HOSTILE
@given(text=texts, author=texts | st.none(), via=texts)
def test_hostile_comments_are_read_or_refused(text, author, via):
    for data, name in _comment_files(text, author, via):
        _comments(data, name)


@pytest.fixture(scope="module")
def restore_store(folder):
    """A database holding the demo review, and its archive as a parsed document to be made hostile."""
    store = ReviewStore(open_database(folder / "restore.sqlite3"))
    yield store, _small(json.loads(archive_json(load_whole(store, demo_review_id(store)))))
    store.db.close()


def _small(document: dict) -> dict:
    """The archive with a few of each part (references into what is left): every kind of field, quick to read."""
    for key in ("timeline", "people", "notes", "parked_items", "actions", "comments"):
        document[key] = document[key][:3]
    document["meeting"]["events"] = document["meeting"]["events"][:4]
    for part in document["notes"] + document["parked_items"] + document["comments"]:
        part["entry"] = 1 if part["entry"] is not None else None
    for action in document["actions"]:
        action["parked_item"] = 1 if action["parked_item"] is not None else None
    document["meeting"]["current_entry"] = 1
    return document


def _places(node, path=()):
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield (*path, key)
        yield from _places(child, (*path, key))


def _with(document: dict, path: tuple, value: object) -> dict:
    changed = json.loads(json.dumps(document))
    parent = changed
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return changed


def _restore(store: ReviewStore, data: bytes, store_it: bool = True) -> None:
    """Restore as the command does; what it stores must then read back and export (record, pre-read, archive)."""
    whole = _outcome(read_archive, data)
    if whole is None or not store_it:
        return
    review_id = store_whole(store, replace(whole, review=replace(whole.review, folder="")), NOW)
    stored = load_whole(store, review_id)
    record_markdown(stored)
    preread_markdown(stored.review, list(stored.people), list(stored.entries))
    archive_json(stored)


def test_every_kind_of_field_of_an_archive_holding_each_hostile_value_is_restored_or_refused(restore_store):
    """Systematically: each hostile value in the first place of each kind in the archive (the review's title,
    a timeline entry's time, a clock event's kind, a comment's author...), restored, stored and exported."""
    store, document = restore_store
    kinds: dict[tuple, tuple] = {}
    for path in _places(document):
        kinds.setdefault(tuple("#" if isinstance(key, int) else key for key in path), path)
    for number, path in enumerate(kinds.values()):
        for turn, value in enumerate(NASTY_IN_ARCHIVES):
            # Every archive is read; one in eight that reads is also stored and exported, and every odd time.
            store_it = (number + turn) % 8 == 0 or value in EXTREME_TIMES
            _restore(store, _encoded(_json(_with(document, path, value))), store_it)


@HOSTILE
@given(place=st.integers(0, 10_000), value=values, events=st.integers(0, 4000), bom=st.booleans())
def test_hostile_archives_are_restored_whole_or_refused(restore_store, place, value, events, bom):
    """A hostile value anywhere, in an archive with up to thousands of clock events, with or without a BOM."""
    store, document = restore_store
    places = list(_places(document))
    changed = _with(document, places[place % len(places)], value)
    first = changed["meeting"]["events"][:1] if isinstance(changed.get("meeting"), dict) and isinstance(changed["meeting"].get("events"), list) else []
    if first:
        changed["meeting"]["events"] = changed["meeting"]["events"] + first * events
    _restore(store, (b"\xef\xbb\xbf" if bom else b"") + _encoded(_json(changed)))


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "{" * 100_000, '{"format": "facilitator-review-archive", "version": ' + "9" * 5000 + "}", '"\\ud800"', "\ud800"],
)
def test_hostile_archive_shapes_are_refused(restore_store, text):
    _restore(restore_store[0], _encoded(text))


@pytest.mark.parametrize("path", [Path("/dev/zero"), Path("/dev/null"), Path("/dev/urandom")])
@pytest.mark.parametrize("format", [None, "csv", "markdown", "json", "slack", "pagerduty"])
def test_devices_are_refused_by_every_importer(path, format):
    with pytest.raises(ImportProblem, match="it is a device"):
        read_timeline(path, CONTEXT, format)
    OUTCOMES["refused"] += 1
