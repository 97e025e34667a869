"""Speed and memory of Facilitator as ratios against baselines measured in the same run.

`make bench` runs this (offscreen). Today it measures the cold start of
`python -m facilitator --demo` (a throwaway demo database) to its first painted
window against a window of the same shape built from PySide6 alone
(same_shape_window.py; target: at most 1.3x), with a bare PySide6 QMainWindow
(bare_window.py) beside both for information: wall time from process start to
first paint and to exit, and peak memory (ru_maxrss from os.wait4, against the
bare window), the median of several alternating runs after one warm-up of each,
so the file cache is warm for all. It also measures importing
a 20,000-message Slack export (slack_import.py) in entries per second, read
alone against json.load of the same files, and read and stored against
json.load plus a bare SQLite insert; those rows must reach a minimum rate, and the read at least
0.8x json.load's. It measures reading a 20,000-entry Markdown postmortem (markdown_import.py)
against one regular expression per line. timeline_import.py measures a 20,000-row CSV against csv.reader of the same
text, and the worst shapes a small file can take (open brackets) in seconds per megabyte. And the worst case per MiB of
each importer, the record's escaping and restore on adversarial shapes, against a plain input of the same
size and against the same shape at a quarter of the size (hostile_input.py). "Every note" on a 5,000-note review, laid
out and painted (every_note.py), against a plain QListView of the same notes. server_sync.py measures the two windows'
sync through a real PostgreSQL server, and the next prompt over a link with a 30 ms round trip, beside SQLite. The
next-prompt key on a 20,000-entry review with the notes window open: queries per press and latency p95 against a bare
QTableView (next_prompt.py).

Each benchmark is a function `(runs) -> list[Row]`; add one to BENCHMARKS for a
new line in the table. A row over its target is reported, not failed: the exit
status is non-zero only when a measured process itself failed. Tests never
assert timings; this script is where they live.

    python tests/benchmarks/run.py [--runs N]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import sys
from collections.abc import Callable

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from every_note import every_note  # (a script: its folder is on sys.path)
from hostile_input import hostile_input
from markdown_import import markdown_import
from measure import BenchmarkFailed, Row
from next_prompt import next_prompt
from note_taking import note_taking
from record_export import record_export
from server_sync import server_sync
from slack_import import slack_import
from startup import startup
from timeline_import import timeline_import

BENCHMARKS: list[Callable[[int], list[Row]]] = [
    startup,
    slack_import,
    markdown_import,
    timeline_import,
    note_taking,
    every_note,
    server_sync,
    next_prompt,
    record_export,
    hostile_input,
]


def versions() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), {platform.system()} {platform.machine()}"


def table(rows: list[Row]) -> str:
    header = ("measure", "app", "baseline", "ratio", "target", "")
    lines = [_cells(row) for row in rows]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]

    def format_line(cells: tuple[str, ...]) -> str:
        first, *rest = cells
        return "  ".join([first.ljust(widths[0]), *(cell.rjust(width) for cell, width in zip(rest, widths[1:], strict=True))]).rstrip()

    rule = "-" * len(format_line(header))
    return "\n".join([format_line(header), rule, *(format_line(line) for line in lines)])


def _cells(row: Row) -> tuple[str, ...]:
    """A cost row's values to three places and its ratio target; a rate row's whole values and its minimum."""
    if row.higher_is_better:
        values, target, verdict = (f"{row.value:,.0f}", f"{row.baseline:,.0f}"), f"≥ {row.target:,.0f}", "UNDER"
    else:
        values, target, verdict = (f"{row.value:.3f}", f"{row.baseline:.3f}"), f"≤ {row.target:.2f}×", "OVER"
    if math.isinf(row.target):
        return (row.name, *values, f"{row.ratio:.2f}×", "", "info")
    return (row.name, *values, f"{row.ratio:.2f}×", target, "pass" if row.passed else verdict)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each side, after one warm-up (default 7)")
    args = parser.parse_args(argv)
    print(versions())
    print(f"median of {args.runs} alternating runs per side after 1 warm-up each; QT_QPA_PLATFORM=offscreen")
    rows: list[Row] = []
    try:
        for benchmark in BENCHMARKS:
            rows.extend(benchmark(args.runs))
    except BenchmarkFailed as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
