"""The `facilitator` and `facilitator-app` commands and `python -m facilitator`, loaded with the collector paused.

`facilitator` is a console command: the command line, whose output a terminal shows on every platform.
`facilitator-app` is the launcher a desktop menu starts: the same program, but on Windows it opens no
console window (a GUI script), and there it has no console to print to either.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from . import collector


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the GUI resumes collection once its first window is up, anything else when it ends."""
    collector.pause()
    try:
        from .cli import main as run

        return run(argv)
    finally:
        collector.resume()


def app() -> int:
    """The desktop launcher: the app, with nowhere-streams made safe to write to (pythonw has none)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (open for the whole run)
    return main()
