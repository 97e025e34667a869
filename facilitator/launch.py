"""The `facilitator` command and `python -m facilitator`: the command line, loaded with the collector paused."""

from __future__ import annotations

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
