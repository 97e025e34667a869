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
    from ..domain.agenda import PHASES
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
        library = windows.show_library()
        review = windows.open_review(review_id)
        shots = [
            ("library", library, lambda: None),
            ("setup", review, lambda: review.show_panel(review.setup)),
            ("timeline", review, lambda: _select_marked(review)),
            *(
                (f"meeting-{phase.value.replace('_', '-')}", review, lambda p=phase: _show_phase(review, p))
                for phase in PHASES
            ),
        ]
        for dark in (False, True):
            theme.apply(app, dark)
            for name, window, prepare in shots:
                prepare()
                for width, height in SIZES:
                    window.resize(width, height)
                    app.processEvents()
                    path = directory / f"{name}-{'dark' if dark else 'light'}-{width}x{height}.png"
                    window.grab().save(str(path))
                    written.append(path)
        review.close()
        library.close()
        windows.events.stop()
        store.db.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def _show_phase(review, phase) -> None:
    review.show_panel(review.meeting_view)
    review.meeting_view.go_to_phase(phase)


def _select_marked(review) -> None:
    """The timeline tab with a marked moment selected, so its details and note show."""
    review.show_panel(review.timeline)
    entry = next((e for e in review.timeline_model.entries() if e.prep_note), None)
    if entry is not None:
        review.timeline.select_entry(entry.id)
