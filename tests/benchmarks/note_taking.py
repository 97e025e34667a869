"""Note-taking: keeping a note against a bare SQLite insert, writes while typing, and cross-process sync.

The commit figures come from note_commit.py, run as a child with its own offscreen window: the 95th
percentile of the time Enter takes to keep a note (target: at most 5 ms), against a bare SQLite insert
and commit of the same row; and the writes reaching the database while typing, against one per
keystroke (what saving on every key would cost; target: none). The sync figures come from two child
processes on one database, the facilitator's window and the note-taker's (tests/helpers/window_driver.py):
the 95th percentile of the time from the facilitator's prompt change to the note-taker's window showing
it, and from a note kept to the facilitator's shared screen showing it (target: at most 1 s), against
the change-poll interval.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import REPO, BenchmarkFailed, Row, child_env

sys.path.insert(0, str(REPO / "tests" / "helpers"))
from child_window import ChildWindow  # noqa: E402

from facilitator.app.demo import demo_review_id  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.storage.reviews import ReviewStore  # noqa: E402
from facilitator.ui.common.store_events import POLL_MS  # noqa: E402

HERE = Path(__file__).resolve().parent
COMMIT_MAX_MS = 5.0
SYNC_MAX_MS = 1000.0
ROUNDS = 20
START_S = 60.0
WAIT_S = 5.0


def note_taking(runs: int) -> list[Row]:
    """Both halves; `runs` is not used (each half takes its own fixed number of samples)."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-notes-") as home:
        commit = _commit_figures(home)
        prompt_ms, note_ms = _sync_figures(Path(home))
    app, bare = sorted(commit["commit_ms"]), sorted(commit["bare_ms"])
    print(f"  note commit ms: median {statistics.median(app):.3f}, p95 {p95(app):.3f}, max {app[-1]:.3f}", file=sys.stderr)
    print(f"  writes while typing: {commit['writes_while_typing']} over {commit['keystrokes']} keystrokes", file=sys.stderr)
    for label, taken in (("prompt to note-taker", prompt_ms), ("note to shared screen", note_ms)):
        print(f"  sync {label:22} ms: {' '.join(f'{t:.0f}' for t in taken)}", file=sys.stderr)
    writes_per_key = commit["writes_while_typing"] / commit["keystrokes"]
    return [
        Row.at_most("note commit p95, ms (≤ 5 ms)", p95(app), p95(bare), COMMIT_MAX_MS),
        Row.at_most("writes per keystroke (vs saving each key)", writes_per_key, 1.0, 0.0),
        Row.at_most("sync prompt → note-taker p95, ms (≤ 1 s)", p95(prompt_ms), POLL_MS, SYNC_MAX_MS),
        Row.at_most("sync note → shared screen p95, ms (≤ 1 s)", p95(note_ms), POLL_MS, SYNC_MAX_MS),
    ]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def _commit_figures(home: str) -> dict:
    result = subprocess.run(
        [sys.executable, str(HERE / "note_commit.py")], cwd=REPO, env=child_env(home), capture_output=True, text=True, timeout=300
    )
    if result.returncode != 0:
        raise BenchmarkFailed(f"note_commit.py: exit status {result.returncode}\n  " + "\n  ".join(result.stderr.splitlines()[-5:]))
    return json.loads(result.stdout.strip().splitlines()[-1])


def _sync_figures(home: Path) -> tuple[list[float], list[float]]:
    """Alternate PageDown and PageUp on the facilitator's side, then keep notes on the note-taker's side."""
    db = home / "sync.sqlite3"
    store = ReviewStore(open_database(db))
    review_id = demo_review_id(store)
    store.db.close()
    env = child_env(str(home))
    facilitator, note_taker = ChildWindow(db, review_id, "review", env), ChildWindow(db, review_id, "notes", env)
    try:
        for child in (facilitator, note_taker):
            _wait(lambda c=child: c.latest("ready"), START_S, "a window did not open")
        prompt_ms = []
        shown = facilitator.latest("prompt")
        for number in range(ROUNDS):
            before_move = shown
            facilitator.send("next" if number % 2 == 0 else "previous")
            shown = _wait(lambda: _changed(facilitator.latest("prompt"), before_move), WAIT_S, "the prompt did not change")
            seen = _wait(lambda: _same(note_taker.latest("prompt"), shown), WAIT_S, "the note-taker never saw the prompt")
            prompt_ms.append((seen[0] - shown[0]) * 1000)
        note_ms = []
        before = int(_wait(lambda: facilitator.latest("shared"), WAIT_S, "no shared notes report")[1].split()[1])
        for number in range(ROUNDS):
            note_taker.send(f"note Sync check {number}")
            kept = _wait(lambda n=number: _nth(note_taker, "kept", n), WAIT_S, "the note was not kept")
            wanted = (0, f"shared {before + number + 1}")
            seen = _wait(lambda: _same(facilitator.latest("shared"), wanted), WAIT_S, "the note never reached the shared screen")
            note_ms.append((seen[0] - kept[0]) * 1000)
        return prompt_ms, note_ms
    finally:
        facilitator.stop()
        note_taker.stop()


def _wait(found, seconds: float, failure: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.002)
    raise BenchmarkFailed(f"note-taking sync: {failure} within {seconds:.0f} s")


def _changed(report, before):
    return report if report is not None and report != before else None


def _same(report, wanted):
    return report if report is not None and report[1] == wanted[1] else None


def _nth(child: ChildWindow, text: str, number: int):
    child.latest(text)
    found = [r for r in child.seen if r[1] == text]
    return found[number] if len(found) > number else None
