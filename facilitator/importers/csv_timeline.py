"""Timelines from spreadsheet exports: CSV or tab-separated text, in whatever encoding Excel or Sheets chose."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import re
from dataclasses import dataclass

from ..domain.timeline import MomentKind, TimelineEntry
from . import ImportContext, ImportProblem
from .times import INPUT_ERRORS, TimePlacer, is_time_of_day, unwrapped, zone_named

DELIMITERS = (",", ";", "\t")
HEADER_SEARCH_ROWS = 5
"""How many rows (a title, a blank banner) may come before the header row."""

_HEADERS = {
    "time": (
        "time", "timestamp", "time stamp", "when", "datetime", "date time", "date/time",
        "date & time", "date and time", "at",
    ),
    "date": ("date", "day"),
    "actor": ("actor", "who", "user", "author", "name", "from", "by", "person", "sender", "username"),
    "text": ("text", "what", "event", "description", "message", "summary", "entry", "event description"),
    "kind": ("kind", "moment", "moment kind"),
    "link": ("link", "url", "links"),
    "detail": ("detail", "details", "notes", "note", "comment", "comments"),
}

_KINDS = {
    MomentKind.DETECTION: ("detection", "detected", "detect", "alert"),
    MomentKind.DECISION: ("decision", "decision point", "key decision", "decided"),
    MomentKind.COMMUNICATION: ("communication", "communication pattern", "comms", "comm", "communicated"),
    MomentKind.OBSERVATION: ("observation", "observed", "observe"),
    MomentKind.DEEP_DIVE: ("deep dive", "deepdive", "dive", "needs deep dive", "needs a deep dive"),
}
_KIND_WORDS = {word: kind for kind, words in _KINDS.items() for word in words}
_UTC_WORDS = {"utc", "gmt", "z"}


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


def read_csv(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    """Every timeline row of a spreadsheet export, sorted by time; all or nothing."""
    try:
        return _read(decoded(data), context)
    except ImportProblem:
        raise
    except (csv.Error, *INPUT_ERRORS) as error:
        raise ImportProblem(f"not a readable spreadsheet: {error}") from error


def decoded(data: bytes) -> str:
    """The text of a file from UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue
    raise ImportProblem(f"cannot read the file as text: not {' or '.join(encodings)}")


def _read(text: str, context: ImportContext) -> list[TimelineEntry]:
    if not text.strip():
        raise ImportProblem("the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    placer = TimePlacer(context)
    columns: Columns | None = None
    first_problem: ImportProblem | None = None
    entries: list[TimelineEntry] = []
    last_line, rows_before_header = 0, 0
    for cells in reader:
        where, last_line = f"line {last_line + 1}", reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if columns is None:
            try:
                columns = columns_of(cells, where)
            except ImportProblem as problem:
                first_problem = first_problem or problem
                rows_before_header += 1
                if rows_before_header >= HEADER_SEARCH_ROWS:
                    raise first_problem from None
            continue
        entry = entry_from(cells, columns, placer, where)
        if entry is not None:
            entries.append(entry)
    if columns is None and first_problem is not None:
        raise first_problem
    return sorted(entries, key=lambda entry: entry.at)


def _delimiter(text: str) -> str:
    """The delimiter that makes the most sense of the first rows, where the header is."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        first_rows = list(itertools.islice((row for row in rows if any(row)), HEADER_SEARCH_ROWS))
        scores = ((len({_role(cell) for cell in row} - {None}), len(row)) for row in first_rows)
        score = max(scores, default=(0, 0))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _heading(cell: str) -> str:
    """A column heading reduced to the words that name it: 'Time (UTC)' -> 'time'."""
    cell = re.sub(r"\(.*?\)|\[.*?\]", " ", unwrapped(cell).lower())
    cell = re.sub(r"\s*/\s*", "/", re.sub(r"[\s_]+", " ", cell))
    return cell.strip(" :?*#.-")


def _role(cell: str) -> str | None:
    heading = _heading(cell)
    return next((role for role, names in _HEADERS.items() if heading in names), None)


def _heading_zone(cell: str) -> dt.tzinfo | None:
    """The zone a heading such as 'Time (UTC)' or 'When [Europe/Paris]' names, if any."""
    for hint in re.findall(r"\((.*?)\)|\[(.*?)\]", cell):
        name = "".join(hint).strip()
        if name.lower() in _UTC_WORDS or "/" in name:
            try:
                return zone_named(name)
            except ImportProblem:
                continue
    return None


def columns_of(header: list[str], where: str) -> Columns:
    """The columns a header row names, or an ImportProblem saying what was there instead."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        role = _role(cell)
        if role is not None and role not in found:
            found[role] = index
    if "time" not in found and "date" in found:
        found["time"] = found.pop("date")
    missing = [role for role in ("time", "text") if role not in found]
    if missing:
        names = ", ".join(f'"{cell.strip()[:30]}"' for cell in header if cell.strip())
        raise ImportProblem(f"{where}: no {' or '.join(missing)} column; columns found: {names or 'none'}")
    return Columns(**found, zone=_heading_zone(header[found["time"]]))


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
    at = placer.place(stamp, where, columns.zone)
    if not text:
        raise ImportProblem(f'{where}: the entry at "{stamp[:30]}" has no text')
    return TimelineEntry(
        at=at,
        actor=actor,
        text=text,
        detail="\n".join(part for part in (detail, cell(columns.link)) if part),
        moment=moment_kind(cell(columns.kind), where),
    )


def moment_kind(value: str, where: str) -> MomentKind | None:
    """The moment kind a word names ('decision point', 'Deep-dive'), None for nothing."""
    word = re.sub(r"[\s_-]+", " ", unwrapped(value).lower()).strip(" .!")
    if not word:
        return None
    if word in _KIND_WORDS:
        return _KIND_WORDS[word]
    kinds = ", ".join(kind.value.replace("_", " ") for kind in MomentKind)
    raise ImportProblem(f'{where}: unknown moment kind "{value[:30]}" (expected one of {kinds})')
