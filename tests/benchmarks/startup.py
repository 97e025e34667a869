"""Cold start of the demo review to its first paint, against a bare PySide6 window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from measure import Command, Row, alternate, child_env, median

HERE = Path(__file__).resolve().parent
QUIT_AFTER_PAINT = "FACILITATOR_QUIT_AFTER_FIRST_PAINT"

TIME_TARGET = 1.6
MEMORY_TARGET = 1.5


def startup(runs: int) -> list[Row]:
    """`python -m facilitator --demo` vs bare_window.py, both quitting after their first paint."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as home:
        env = child_env(home, **{QUIT_AFTER_PAINT: "1"})
        app = Command("app", ["-m", "facilitator", "--demo"], env)
        bare = Command("bare", [str(HERE / "bare_window.py")], env)
        samples = alternate([app, bare], runs)
    for label, taken in samples.items():
        seconds = " ".join(f"{s.seconds:.3f}" for s in taken)
        mib = " ".join(f"{s.peak_mib:.1f}" for s in taken)
        print(f"  start-up {label:4}  s: {seconds}   MiB: {mib}", file=sys.stderr)
    return [
        Row.of(
            "start-up to first paint, wall s",
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
    ]
