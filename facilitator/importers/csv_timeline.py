"""Timelines from spreadsheet exports: CSV or tab-separated text, in whatever encoding Excel or Sheets chose."""

from __future__ import annotations

import csv
import io
import itertools
import re

from ..domain.timeline import TimelineEntry, sorted_entries
from . import ImportContext, ImportProblem
from .columns import Columns, columns_of, entry_from, heading_role
from .decoding import decoded
from .times import TimePlacer

DELIMITERS = (",", ";", "\t")
HEADER_SEARCH_ROWS = 5
"""How many rows (a title, a blank banner) may come before the header row."""
_SEPARATOR_HINT = re.compile(r"sep=(.)[ \t]*(?=\r?\n|$)", re.IGNORECASE)
"""The first line Excel writes, and reads, to name the delimiter: "sep=;"."""


def read_csv(data: bytes, context: ImportContext) -> list[TimelineEntry]:
    """Every timeline row of a spreadsheet file, sorted by time; all or nothing."""
    return read_csv_text(decoded(data), context)


def read_csv_text(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Every timeline row of spreadsheet text (a file's, or cells copied to the clipboard), sorted by time."""
    if not text.strip():
        raise ImportProblem("there is nothing to import: the text is empty")
    hint = _SEPARATOR_HINT.match(text)
    if hint is not None:
        text = text[hint.end() :]
    try:
        entries = _read(text, hint.group(1) if hint else delimiter(text), TimePlacer(context, text), context)
    except csv.Error as error:
        raise ImportProblem(f"not a readable spreadsheet: {error}") from error
    if not entries:
        raise ImportProblem("no timeline entries found: the header is there but no row under it has a time")
    return sorted_entries(entries)


def delimiter(text: str) -> str:
    """The delimiter (comma, semicolon or tab) under which the first rows name the most entry parts."""
    best, best_score = ",", (-1, -1)
    for candidate in DELIMITERS:
        score = max((_score(row) for row in _first_rows(text, candidate)), default=(0, 0))
        if score > best_score:
            best, best_score = candidate, score
    return best


def header_columns(text: str) -> Columns | None:
    """The columns of the text's header row when it reads as a spreadsheet with one, else None."""
    rows = _first_rows(text, delimiter(text))
    for number, row in enumerate(rows, start=1):
        try:
            return columns_of(row, f"row {number}")
        except ImportProblem:
            continue
    return None


def _first_rows(text: str, delimiter: str) -> list[list[str]]:
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(itertools.islice((row for row in rows if any(cell.strip() for cell in row)), HEADER_SEARCH_ROWS))
    except csv.Error:
        return []


def _score(row: list[str]) -> tuple[int, int]:
    return len({heading_role(cell) for cell in row} - {None}), len(row)


def _read(text: str, delimiter: str, placer: TimePlacer, context: ImportContext) -> list[TimelineEntry]:
    """Entries in file order; rows before the header (a title, a banner) are passed over, at most a few.

    Rows passed over and rows without a time are reported to the context as skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns: Columns | None = None
    first_problem: ImportProblem | None = None
    entries: list[TimelineEntry] = []
    last_line, rows_before_header = 0, 0
    passed_over: list[str] = []
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
                passed_over.append(where)
                if rows_before_header >= HEADER_SEARCH_ROWS:
                    raise first_problem from None
                continue
            for before in passed_over:
                context.skip(before, "above the column headings")
            continue
        entry = entry_from(cells, columns, placer, where, context)
        if entry is not None:
            entries.append(entry)
    if columns is None:
        raise first_problem or ImportProblem("no header row: expected columns such as Time, Who, What")
    return entries
