"""Cold start of the demo review to its first paint, against a bare PySide6 window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from measure import BenchmarkFailed, Command, Row, alternate, child_env, median

HERE = Path(__file__).resolve().parent
QUIT_AFTER_PAINT = "FACILITATOR_QUIT_AFTER_FIRST_PAINT"

TIME_TARGET = 1.6
MEMORY_TARGET = 1.5


def startup(runs: int) -> list[Row]:
    """`python -m facilitator --demo` vs bare_window.py, both quitting after their first paint.

    The first row is the issue's measure: from spawning the process to the end of its first paint, as
    the process reports it. The second is the whole run, shutdown included, as measured before. The
    last is a floor, not ours: same_shape_window.py builds the demo's first screen from PySide6 alone,
    so its ratio is what that screen costs before any of our code runs."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as home:
        env = child_env(home, **{QUIT_AFTER_PAINT: "1"})
        app = Command("app", ["-m", "facilitator", "--demo"], env)
        bare = Command("bare", [str(HERE / "bare_window.py")], env)
        shape = Command("shape", [str(HERE / "same_shape_window.py")], env)
        samples = alternate([app, bare, shape], runs)
    for label, taken in samples.items():
        if any(s.first_paint is None for s in taken):
            raise BenchmarkFailed(f"{label}: a run quit without reporting its first paint")
        painted = " ".join(f"{s.first_paint:.3f}" for s in taken)
        seconds = " ".join(f"{s.seconds:.3f}" for s in taken)
        mib = " ".join(f"{s.peak_mib:.1f}" for s in taken)
        print(f"  start-up {label:5}  to paint s: {painted}   to exit s: {seconds}   MiB: {mib}", file=sys.stderr)
    return [
        Row.of(
            "start-up to first paint, wall s",
            median(samples["app"], "first_paint"),
            median(samples["bare"], "first_paint"),
            TIME_TARGET,
        ),
        Row.of(
            "start-up to exit after first paint, wall s",
            median(samples["app"], "seconds"),
            median(samples["bare"], "seconds"),
            TIME_TARGET,
        ),
        Row.of(
            "start-up peak memory, MiB",
            median(samples["app"], "peak_mib"),
            median(samples["bare"], "peak_mib"),
            MEMORY_TARGET,
        ),
        Row.of(
            "floor: same-shaped PySide6 window to first paint, wall s",
            median(samples["shape"], "first_paint"),
            median(samples["bare"], "first_paint"),
            TIME_TARGET,
        ),
    ]
