"""'Every note' on a 5,000-note review, laid out and painted, against a plain QListView of the same notes.

The figures come from every_note_child.py, run as a child with its own offscreen window: the median time from
ticking "Every note" in the note-taker's window to the table painted (target: at most 200 ms), against a plain
QListView over a QStringListModel of the same 5,000 texts laid out and painted once, in the same run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import REPO, BenchmarkFailed, Row, child_env

HERE = Path(__file__).resolve().parent
LAYOUT_MAX_MS = 200.0


def every_note(runs: int) -> list[Row]:
    """One child process; `runs` is not used (the child takes its own fixed number of rounds)."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-every-") as home:
        result = subprocess.run(
            [sys.executable, str(HERE / "every_note_child.py")], cwd=REPO, env=child_env(home), capture_output=True, text=True, timeout=600
        )
    if result.returncode != 0:
        raise BenchmarkFailed(f"every_note_child.py: exit status {result.returncode}\n  " + "\n  ".join(result.stderr.splitlines()[-5:]))
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    for label in ("app", "plain"):
        print(f"  every note {label:5} ms: {' '.join(f'{t:.0f}' for t in figures[label])}", file=sys.stderr)
    return [
        Row.at_most(
            "Every note layout, 5,000 notes, ms (≤ 200 ms)",
            statistics.median(figures["app"]),
            statistics.median(figures["plain"]),
            LAYOUT_MAX_MS,
        )
    ]
