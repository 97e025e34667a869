"""The worst case per megabyte: each importer, the record's escaping and restore on adversarial shapes, against a
plain input of the same size read the same way in the same run.

Each shape is about SIZE bytes: long runs of '<', '*', '_', '[', '(' and backslashes, unclosed brackets, deep
nesting, thousands of entries or clock events. Two rows per way in: the slowest shape's seconds per MiB against
the plain input's (within TARGET), and the same shape's seconds per MiB at SIZE against at a quarter of SIZE,
which stays near 1 for a linear reader and nears 4 for a quadratic one (within GROWTH). Every measurement runs in a child process killed after LIMIT_S, so a shape that is still quadratic
shows as a row over its target (an infinite cost) instead of a bench that never ends.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from measure import Row

from facilitator.importers import ImportContext, ImportProblem

SIZE = 1 << 20
TARGET = 30.0
"""How much more a MiB of the worst shape may cost than a MiB of plain input: a run of marks is all characters
the reader must handle one by one, where plain words go by whole, so a linear reader still pays some times more."""
GROWTH = 1.6
"""How much more a MiB of the worst shape may cost at SIZE than at a quarter of it: 1 when linear, 4 when quadratic."""
LIMIT_S = 20.0
CONTEXT = ImportContext(dt.date(2026, 10, 14), "Europe/London")
WORDS = "checkout errors rising after the certificate rotation rollback canary deploy latency pool "


def _run_of(mark: str, size: int) -> str:
    return mark * size


def _plain_words(size: int) -> str:
    return (WORDS * (size // len(WORDS) + 1))[:size]


def _rows(count: int, make: Callable[[int], str]) -> str:
    return "".join(make(n) for n in range(count))


# Each way in: (plain input, {shape: input}); an input is text or bytes handed to the reader below.
def _csv_shapes(size: int) -> tuple[str, dict[str, str]]:
    rows = size // 60
    plain = "Time,Who,What\n" + _rows(rows, lambda n: f"2026-10-14 {n // 60 % 24:02d}:{n % 60:02d},Ada Quist,{WORDS[:36]}\n")
    cell = 100_000  # under the csv module's field limit (128 KiB), so each cell is read
    rows = max(1, size // cell)
    shapes = {f"cells of {mark!r}": "Time,Who,What\n" + f"18:42,Ada,{mark * cell}\n" * rows for mark in "<*_[(\\"}
    for mark in "([":
        headings = ",".join(["What " + mark * cell] * max(1, size // cell))
        shapes[f"unclosed {mark!r} in headings"] = f"Time,{headings}\n18:42,x\n"
    shapes["many short rows"] = "Time,What\n" + "18:42,x\n" * (size // 8)
    return plain, shapes


def _markdown_shapes(size: int) -> tuple[str, dict[str, str]]:
    plain = _rows(size // 60, lambda n: f"- {n // 60 % 24:02d}:{n % 60:02d} Ada: {WORDS[:40]}\n")
    shapes = {f"bullet of {mark!r}": f"- 18:42 {_run_of(mark, size)[: size - 20]}\n" for mark in "<*_[(`\\|"}
    shapes["table row of '|'"] = "| Time | What |\n|---|---|\n| 18:42 | " + "\\|" * (size // 2 - 20) + " |\n"
    shapes["many bullets"] = "- 18:42 x\n" * (size // 10)
    shapes["one entry wrapped over many lines"] = "- 18:42 x\n" + "  wrapped words\n" * (size // 16)
    shapes["a time alone, then many lines"] = "18:42 UTC\n\n" + "words of the update\n" * (size // 19)
    return plain, shapes


def _guessed_shapes(size: int) -> tuple[str, dict[str, str]]:
    """A file whose format is guessed (.txt): the guess reads every line of a file that holds no timeline."""
    plain = _rows(size // 60, lambda n: f"{n // 60 % 24:02d}:{n % 60:02d} Ada: {WORDS[:44]}\n")
    shapes = {f"lines of {ending!r}": _run_of(ending, size // len(ending)) for ending in ("\n", "\r\n", "\r", " \n")}
    shapes["words without a time"] = _plain_words(size).replace("pool ", "pool\n")
    return plain, shapes


def _json_shapes(size: int) -> tuple[str, dict[str, str]]:
    item = json.dumps({"time": "2026-10-14T18:42:00Z", "actor": "Ada Quist", "text": WORDS[:40]})
    plain = "[" + ",".join([item] * (size // (len(item) + 1))) + "]"
    shapes = {f"text of {mark!r}": json.dumps([{"time": "18:42", "text": _run_of(mark, size)[: size - 40]}]) for mark in "<*[\\"}
    shapes["nested 900 deep"] = "[" + ",".join(["[" * 900 + "]" * 900] * (size // 1802)) + "]"
    shapes["many entries"] = "[" + ",".join(['{"time":"18:42","text":"x"}'] * (size // 28)) + "]"
    return plain, shapes


def _pagerduty_shapes(size: int) -> tuple[str, dict[str, str]]:
    def entry(summary: str) -> str:
        return json.dumps({"type": "annotate_log_entry", "created_at": "2026-10-14T17:40:12Z", "agent": {"summary": "Ada"},
                           "channel": {"summary": summary}, "summary": summary})

    plain_entry = entry(WORDS[:40])
    plain = '{"log_entries": [' + ",".join([plain_entry] * (size // (len(plain_entry) + 1))) + "]}"
    shapes = {f"summary of {mark!r}": '{"log_entries": [' + entry(_run_of(mark, size)[: size // 2 - 200]) + "]}" for mark in "<*[\\"}
    tiny = entry("x")
    shapes["many entries"] = '{"log_entries": [' + ",".join([tiny] * (size // (len(tiny) + 1))) + "]}"
    return plain, shapes


def _slack_zip(messages: list[dict]) -> bytes:
    path = Path(tempfile.mkdtemp(prefix="facilitator-bench-hostile-")) / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("users.json", json.dumps([{"id": "U1", "real_name": "Ada Quist"}]))
        archive.writestr("channels.json", json.dumps([{"id": "C1", "name": "general"}]))
        archive.writestr("general/2026-10-14.json", json.dumps(messages))
    return path.read_bytes()


def _slack_shapes(size: int) -> tuple[bytes, dict[str, bytes]]:
    def message(n: int, text: str) -> dict:
        return {"type": "message", "ts": f"{1792000020 + n}.000100", "user": "U1", "text": text}

    each = len(json.dumps(message(0, WORDS[:40]))) + 2
    plain = _slack_zip([message(n, WORDS[:40]) for n in range(size // each)])
    shapes = {f"text of {mark!r}": _slack_zip([message(0, _run_of(mark, size)[: size - 100])]) for mark in ["<", "<@", "&", "*"]}
    shapes["unclosed '<@U1|'"] = _slack_zip([message(0, "<@U1|" * (size // 5))])
    shapes["many messages"] = _slack_zip([message(n, "x") for n in range(size // 80)])
    return plain, shapes


def _escaping_shapes(size: int) -> tuple[str, dict[str, str]]:
    shapes = {f"run of {mark!r}": _run_of(mark, size) for mark in "<*_[]\\&`#|"}
    shapes["'<' and '>' alternating"] = "<>" * (size // 2)
    shapes["unclosed '<x@y'"] = "<x@y" * (size // 4)
    return _plain_words(size), shapes


def _archive_shapes(size: int) -> tuple[str, dict[str, str]]:
    from facilitator.export.archive import FORMAT

    def archive(entries: int, events: int, text: str = WORDS[:40]) -> str:
        """A version 1 archive (before rough times and the summary), which every later version still restores."""
        return json.dumps({
            "format": FORMAT, "version": 1,
            "review": {"incident_ref": "INC-1", "title": "t", "incident_date": "2026-10-14", "severity": "", "major": False,
                       "client": "", "folder": "/elsewhere", "slot_minutes": 90, "timezone": "UTC", "state": "preparing", "recording": ""},
            "people": [],
            "timeline": [{"number": n + 1, "at": "2026-10-14T17:40:00+00:00", "actor": "Ada", "text": text, "detail": "",
                          "moment": None, "prep_note": "", "discussed": False, "seconds_on_screen": 0, "questions": [],
                          "source_key": None} for n in range(entries)],
            "meeting": {"events": [{"at": f"2026-10-21T13:{n // 60 % 60:02d}:{n % 60:02d}+00:00", "kind": ("pause", "resume")[n % 2],
                                    "phase": None} for n in range(events)],
                        "budgets": {}, "key_questions": {}, "opening_text": None, "pulse": {"learned": None, "would_return": None},
                        "current_entry": None, "current_key_question": None},
            "notes": [], "note_draft": "", "parked_items": [], "actions": [], "comments": [],
        })

    entry_size = len(archive(2, 0)) - len(archive(1, 0))
    event_size = len(archive(0, 2)) - len(archive(0, 1))
    plain = archive(size // entry_size, 0)
    shapes = {"clock events": archive(0, size // event_size), "text of '<'": archive(1, 0, _run_of("<", size)[: size - 1000])}
    return plain, shapes


def _read_file(name: str, data: str | bytes) -> None:
    from facilitator.importers.formats import read_timeline

    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-hostile-"))
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    try:
        read_timeline(path, CONTEXT)
    except ImportProblem:
        pass


def _escape(text: str) -> None:
    from facilitator.export.markdown_text import inline

    inline(text)


def _restore(text: str) -> None:
    from facilitator.app.record_files import restore_review
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore

    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-hostile-"))
    (folder / "archive.json").write_text(text)
    store = ReviewStore(open_database(folder / "reviews.sqlite3"))
    try:
        restore_review(store, folder / "archive.json", dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
    finally:
        store.db.close()


WAYS_IN: list[tuple[str, Callable, Callable]] = [
    ("CSV import", _csv_shapes, lambda data: _read_file("timeline.csv", data)),
    ("Markdown import", _markdown_shapes, lambda data: _read_file("timeline.md", data)),
    ("Guessed format", _guessed_shapes, lambda data: _read_file("timeline.txt", data)),
    ("JSON import", _json_shapes, lambda data: _read_file("timeline.json", data)),
    ("PagerDuty import", _pagerduty_shapes, lambda data: _read_file("log_entries.json", data)),
    ("Slack zip import", _slack_shapes, lambda data: _read_file("export.zip", data)),
    ("Record escaping", _escaping_shapes, _escape),
    ("Restore", _archive_shapes, _restore),
]


def _child(read: Callable, data, pipe) -> None:
    started = time.perf_counter()
    read(data)
    pipe.send(time.perf_counter() - started)


def _seconds(read: Callable, data) -> float:
    """Seconds to read the input, in a child process killed past LIMIT_S (then infinite: the row fails)."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(read, data, sending))
    child.start()
    sending.close()
    if receiving.poll(LIMIT_S):
        seconds = receiving.recv()
        child.join()
        return seconds
    child.kill()
    child.join()
    print(f"  (stopped after {LIMIT_S:.0f} s: counted as without end)", file=sys.stderr)
    return float("inf")


def _mib(data: str | bytes) -> float:
    """The input's size in MiB, a zip's as the bytes it unpacks to."""
    if isinstance(data, bytes) and data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist()) / (1 << 20)
    return len(data) / (1 << 20)


def _per_mib(read: Callable, data: str | bytes, runs: int) -> float:
    return min(_seconds(read, data) for _ in range(runs)) / _mib(data)


def hostile_input(runs: int) -> list[Row]:
    """For each way in, the slowest adversarial shape's seconds per MiB against a plain input of the same size,
    and that shape's seconds per MiB at SIZE against at a quarter of SIZE (how the cost grows)."""
    rows = []
    repeats = max(1, min(runs, 3))
    for name, shapes, read in WAYS_IN:
        plain, hostile = shapes(SIZE)
        baseline = _per_mib(read, plain, repeats)
        costs = {shape: _per_mib(read, data, 1) for shape, data in hostile.items()}
        for shape, cost in costs.items():
            print(f"  {name:18} {shape:28} {cost:8.3f} s/MiB  (plain {baseline:.3f})", file=sys.stderr)
        worst = max(costs, key=costs.get)
        endless = costs[worst] == float("inf")  # measured once: a shape without end is not timed again
        at_size = costs[worst] if endless or repeats == 1 else min(costs[worst], _per_mib(read, hostile[worst], repeats - 1))
        at_quarter = _per_mib(read, shapes(SIZE // 4)[1][worst], 1 if endless else repeats)
        rows.append(Row.of(f"{name}: worst ({worst}) vs plain, s/MiB", at_size, baseline, TARGET))
        rows.append(Row.of(f"{name}: worst at {SIZE >> 10} KiB vs at {SIZE >> 12} KiB, s/MiB", at_size, at_quarter, GROWTH))
    return rows
