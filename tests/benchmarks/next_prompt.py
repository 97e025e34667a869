"""The next-prompt key on a 20,000-entry review with the notes window open (next_prompt_keys.py, as a child):
the queries each press costs in the pressing process (target: at most 2) against the 21 it cost before reads were
batched per screen (1 UPDATE and 20 SELECTs), and its latency p95 (target: one frame, 16 ms) against a bare
QTableView moving its current row on a plain 20,000-row model in the same child.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import REPO, BenchmarkFailed, Row, child_env
from note_taking import p95

HERE = Path(__file__).resolve().parent
QUERIES_MAX = 2.0
QUERIES_BEFORE = 21.0
"""What one PageDown cost on main before this layer (counted the same way, storage/statement_count.py)."""
FRAME_MS = 16.0


def next_prompt(runs: int) -> list[Row]:
    """`runs` is not used: the child takes its own fixed number of presses."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-keys-") as home:
        result = subprocess.run(
            [sys.executable, str(HERE / "next_prompt_keys.py")], cwd=REPO, env=child_env(home),
            capture_output=True, text=True, timeout=600,
        )
    if result.returncode != 0:
        raise BenchmarkFailed(f"next_prompt_keys.py: exit status {result.returncode}\n  " + "\n  ".join(result.stderr.splitlines()[-5:]))
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    app, bare = sorted(figures["press_ms"]), sorted(figures["bare_ms"])
    print(f"  next prompt ms: median {statistics.median(app):.3f}, p95 {p95(app):.3f}, max {app[-1]:.3f}; "
          f"bare view p95 {p95(bare):.3f}", file=sys.stderr)
    return [
        Row.at_most("queries per next-prompt key (≤ 2)", figures["queries_per_press"], QUERIES_BEFORE, QUERIES_MAX),
        Row.at_most("next prompt p95 on 20,000 entries, notes open, ms (≤ 16)", p95(app), p95(bare), FRAME_MS),
    ]
