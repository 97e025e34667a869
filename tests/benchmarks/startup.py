"""Cold start of the demo review to its first paint, against a window of the same shape built from PySide6 alone."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from measure import BenchmarkFailed, Command, Row, alternate, child_env, measure, median

HERE = Path(__file__).resolve().parent
QUIT_AFTER_PAINT = "FACILITATOR_QUIT_AFTER_FIRST_PAINT"

TIME_TARGET = 1.3
"""First paint at most this many times the same-shaped floor's (the old 1.6× of a bare window is retired)."""
MEMORY_TARGET = 1.5


def startup(runs: int) -> list[Row]:
    """`python -m facilitator --demo`, same_shape_window.py and bare_window.py, each quitting after its first paint.

    The first row is the issue's measure: from spawning the process to the end of its first paint, as the process
    reports it, against same_shape_window.py, which builds the demo's first screen from PySide6 alone: what that
    screen costs before any of our code runs. The rows after it are information, with no target: the whole run,
    shutdown included, against the same floor; the app and the floor against a bare PySide6 window (bare_window.py);
    and `facilitator --db FILE open 1` on the demo review kept in a file by an earlier run: the same first screen, as
    a review that already exists opens it, with no demo database to make and fill first.
    Peak memory is still held to its target against the bare window."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as home:
        env = child_env(home, **{QUIT_AFTER_PAINT: "1"})
        kept = str(Path(home) / "reviews.sqlite3")
        measure(Command("keep the demo", ["-m", "facilitator", "--db", kept, "--demo"], env))
        app = Command("app", ["-m", "facilitator", "--demo"], env)
        bare = Command("bare", [str(HERE / "bare_window.py")], env)
        shape = Command("shape", [str(HERE / "same_shape_window.py")], env)
        opened = Command("open", ["-m", "facilitator", "--db", kept, "open", "1"], env)
        samples = alternate([app, bare, shape, opened], runs)
    for label, taken in samples.items():
        if any(s.first_paint is None for s in taken):
            raise BenchmarkFailed(f"{label}: a run quit without reporting its first paint")
        painted = " ".join(f"{s.first_paint:.3f}" for s in taken)
        seconds = " ".join(f"{s.seconds:.3f}" for s in taken)
        mib = " ".join(f"{s.peak_mib:.1f}" for s in taken)
        print(f"  start-up {label:5}  to paint s: {painted}   to exit s: {seconds}   MiB: {mib}", file=sys.stderr)
    ours, floor, bare_, opened_ = samples["app"], samples["shape"], samples["bare"], samples["open"]
    return [
        Row.of("start-up to first paint vs the same-shaped floor, wall s", median(ours, "first_paint"), median(floor, "first_paint"), TIME_TARGET),
        Row.info("start-up to exit after first paint vs the floor, wall s", median(ours, "seconds"), median(floor, "seconds")),
        Row.of("start-up peak memory vs a bare window, MiB", median(ours, "peak_mib"), median(bare_, "peak_mib"), MEMORY_TARGET),
        Row.info("start-up to first paint vs a bare PySide6 window, wall s", median(ours, "first_paint"), median(bare_, "first_paint")),
        Row.info("opening a review that exists (the demo's, kept) to first paint vs the floor, wall s", median(opened_, "first_paint"), median(floor, "first_paint")),
        Row.info("floor: same-shaped PySide6 window vs a bare one, wall s", median(floor, "first_paint"), median(bare_, "first_paint")),
    ]
