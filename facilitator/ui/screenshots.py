"""Offscreen PNGs of every window on the demo review, in both palettes and two screen sizes."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

SIZES = ((1280, 720), (1920, 1080))


def write_screenshots(directory: Path) -> list[Path]:
    """Render each window to directory/<window>-<palette>-<w>x<h>.png; return the paths."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    scratch = tempfile.mkdtemp(prefix="facilitator-shots-")
    os.environ["XDG_CONFIG_HOME"] = scratch
    from ..cli import demo_review_id
    from ..storage.database import open_database
    from ..storage.reviews import ReviewStore
    from . import theme
    from .app import application
    from .windows import Windows

    directory.mkdir(parents=True, exist_ok=True)
    app = application()
    written = []
    try:
        store = ReviewStore(open_database(Path(scratch) / "demo.sqlite3"))
        review_id = demo_review_id(store)
        windows = Windows(store)
        shown = {"library": windows.show_library(), "setup": windows.open_review(review_id)}
        for dark in (False, True):
            theme.apply(app, dark)
            for name, window in shown.items():
                for width, height in SIZES:
                    window.resize(width, height)
                    app.processEvents()
                    path = directory / f"{name}-{'dark' if dark else 'light'}-{width}x{height}.png"
                    window.grab().save(str(path))
                    written.append(path)
        for window in shown.values():
            window.close()
        windows.events.stop()
        store.db.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written
