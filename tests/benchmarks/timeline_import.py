"""Importing spreadsheet timelines: a big ordinary CSV against csv.reader of the same text, and the worst
shapes a small file can take (unclosed brackets in headings and cells, HTML tags never finished) in
seconds per megabyte.

The ordinary sheet has 20,000 rows under headings of another tool's naming (created_at, author, title,
severity, technique), two of them kept in each entry's detail. The worst cases are the shapes that
once made heading detection quadratic: a header row of cells full of "(" and "[", and a Markdown table
whose cell is one long run of them. Each is measured at 1 MB and 4 MB: reading linear in its input
takes about four times as long for four times the bytes; the row fails well before quadratic (16x).
Their baseline is splitting the same text into lines.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import statistics
import sys
import time
from collections.abc import Callable

from measure import Row

from facilitator.importers import ImportContext, ImportProblem
from facilitator.importers.csv_timeline import read_csv_text
from facilitator.importers.markdown_timeline import read_markdown

ROWS = 20_000
MINIMUM_RATE = 20_000.0
"""Entries per second the CSV import must reach."""
WORST_SECONDS_PER_MB = 1.0
"""The most a megabyte of the worst shape may take to read or refuse."""
GROWTH_LIMIT = 8.0
"""Four times the bytes may take at most this many times as long (linear: about 4; quadratic: 16)."""
CONTEXT = ImportContext(incident_date=dt.date(2026, 10, 14), timezone="Europe/London")
WORDS = "checkout errors rising after the certificate rotation rollback canary deploy latency pool".split()


def timeline_import(runs: int) -> list[Row]:
    text = ordinary_sheet(ROWS)
    entries = len(read_csv_text(text, CONTEXT))
    taken = _alternate({"read": lambda: read_csv_text(text, CONTEXT), "csv.reader": lambda: _csv_rows(text)}, runs)
    rate = {label: entries / statistics.median(seconds) for label, seconds in taken.items()}
    print(f"  csv import: {ROWS:,} rows, {len(text) / 1e6:.1f} MB", file=sys.stderr)
    rows = [Row.minimum("CSV timeline read, entries/s", rate["read"], rate["csv.reader"], MINIMUM_RATE)]
    for label, shape in WORST_CASES.items():
        small, big = (_median(lambda: _read_refusing(shape(size)), runs) for size in (1_000_000, 4_000_000))
        baseline = _median(lambda: shape(1_000_000).splitlines(), runs)
        print(f"  {label}: 1 MB {small:.3f} s, 4 MB {big:.3f} s", file=sys.stderr)
        rows.append(Row.at_most(f"{label}, s per MB", small, baseline, WORST_SECONDS_PER_MB))
        rows.append(Row.at_most(f"{label}, 4 MB / 1 MB time", big / small, 4.0, GROWTH_LIMIT))
    return rows


def ordinary_sheet(rows: int, seed: int = 2417) -> str:
    """A CSV as another tool writes one: its own headings, ISO times, a severity and a technique column."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("created_at", "author", "title", "severity", "technique"))
    at = dt.datetime(2026, 10, 14, 6, 0, tzinfo=dt.UTC)
    for _ in range(rows):
        at += dt.timedelta(seconds=rng.randint(1, 20))
        writer.writerow((at.isoformat(), rng.choice(["Ada Quist", "Bo Lindqvist", "Datadog"]),
                         " ".join(rng.choices(WORDS, k=rng.randint(4, 14))), rng.choice(["SEV1", "SEV2", ""]),
                         rng.choice(["T1499", "", "T1190"])))
    return out.getvalue()


def _open_brackets_header(size: int) -> str:
    cell = "(" * 1000 + "[" * 1000
    return ",".join([cell] * (size // (len(cell) + 1))) + "\n18:40,Paged\n"


def _markdown_cell(size: int) -> str:
    return f"| Time | What |\n|---|---|\n| 18:40 | {'[(' * (size // 2)} |\n"


def _unfinished_tags(size: int) -> str:
    """Rows of 49 KB cells (the csv module refuses cells over 128 KB) of tags that never end."""
    row = '18:40,"' + "<b a=b " * 7_000 + '"\n'
    return "Time,What\n" + row * (size // len(row))


WORST_CASES: dict[str, Callable[[int], str]] = {
    "CSV header of open brackets": _open_brackets_header,
    "Markdown cell of open brackets": _markdown_cell,
    "CSV cell of unfinished HTML tags": _unfinished_tags,
}


def _read_refusing(text: str) -> None:
    try:
        if text.startswith("|"):
            read_markdown(text, CONTEXT)
        else:
            read_csv_text(text, CONTEXT)
    except ImportProblem:
        pass


def _csv_rows(text: str) -> list:
    return list(csv.reader(io.StringIO(text, newline="")))


def _median(work: Callable[[], object], runs: int) -> float:
    work()
    taken = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        taken.append(time.perf_counter() - started)
    return statistics.median(taken)


def _alternate(sides: dict[str, Callable[[], object]], runs: int) -> dict[str, list[float]]:
    for side in sides.values():
        side()
    taken: dict[str, list[float]] = {label: [] for label in sides}
    for round_ in range(runs):
        for label in list(sides) if round_ % 2 == 0 else list(reversed(sides)):
            started = time.perf_counter()
            sides[label]()
            taken[label].append(time.perf_counter() - started)
    return taken
