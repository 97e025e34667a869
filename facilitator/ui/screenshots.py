"""Offscreen PNGs of every window on the demo review, in both palettes and two screen sizes."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

SIZES = ((1280, 720), (1920, 1080))
SETTLE_ROUNDS = 4


def write_screenshots(directory: Path) -> list[Path]:
    """Render each window to directory/<window>-<palette>-<w>x<h>.png; return the paths."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    scratch = tempfile.mkdtemp(prefix="facilitator-shots-")
    os.environ["XDG_CONFIG_HOME"] = scratch
    from ..app.demo import Demo
    from ..app.session import open_store
    from ..domain.agenda import PHASES
    from .app import application
    from .common import theme
    from .windows import Windows

    directory.mkdir(parents=True, exist_ok=True)
    app = application()
    written = []
    try:
        store = open_store(Path(scratch) / "demo.sqlite3")
        windows = Windows(store)
        review_id = Demo(store, windows.events.hub).seed().review_id
        library = windows.show_library()
        review = windows.open_review(review_id)
        notes = windows.open_notes(review_id)
        shots = [
            ("library", library, lambda: None),
            ("setup", review, lambda: review.show_panel(review.setup)),
            ("timeline", review, lambda: _select_marked(review)),
            *(
                (f"meeting-{phase.value.replace('_', '-')}", review, lambda p=phase: _show_phase(review, p))
                for phase in PHASES
            ),
            ("notes", notes, lambda: _show_notes(review, app)),
            ("record-preview", review.show_record_preview(), lambda: _show_record_timeline(review, app)),
            ("meeting-five-notes", review, lambda: _five_notes(review, store, review_id)),
            ("meeting-key-questions-notes", review, lambda: _key_questions_with_notes(review, store, review_id)),
            ("presenter-one-screen", review, lambda: _show_phase(review, PHASES[1])),
        ]
        for dark in (False, True):
            theme.apply(app, dark)
            for name, window, prepare in shots:
                prepare()
                for width, height in SIZES:
                    window.resize(width, height)
                    _settle(app)
                    path = directory / f"{name}-{'dark' if dark else 'light'}-{width}x{height}.png"
                    (_with_presenter_setup(review, app) if name.startswith("presenter") else window.grab()).save(str(path))
                    written.append(path)
        notes.close()
        review.close()
        library.close()
        windows.events.stop()
        store.db.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def _five_notes(review, store, review_id: int) -> None:
    """The walk-through on the demo's current moment, with the screenshot notes making five under it."""
    from ..domain.agenda import Phase

    _add_screenshot_notes(review, store, review_id)
    _show_phase(review, Phase.TIMELINE)


def _key_questions_with_notes(review, store, review_id: int) -> None:
    """The key questions, the first on screen with the summary the room agreed under it."""
    from ..domain.agenda import Phase

    _add_screenshot_notes(review, store, review_id)
    _show_phase(review, Phase.KEY_QUESTIONS)


def _add_screenshot_notes(review, store, review_id: int) -> None:
    """resources/demo/screenshot_notes.json, once; the windows hear of them through their hub."""
    from ..app.demo import Demo

    Demo(store, review.windows.events.hub).take_notes_once(review_id, "screenshot_notes.json")


def _with_presenter_setup(review, app):
    """The meeting's window with the presenter set-up open over it, as on a laptop's one screen."""
    from PySide6.QtGui import QPainter

    from .meeting.presenter import PresenterDialog

    dialog = PresenterDialog(review, review.windowTitle())
    dialog.show()
    _settle(app)
    shot = review.grab()
    painter = QPainter(shot)
    x, y = (review.width() - dialog.width()) // 2, (review.height() - dialog.height()) // 3
    painter.drawPixmap(x, y, dialog.grab())
    painter.setPen(dialog.palette().windowText().color())
    painter.drawRect(x - 1, y - 1, dialog.width() + 1, dialog.height() + 1)
    painter.end()
    dialog.close()
    dialog.deleteLater()
    return shot


def _settle(app, rounds: int = SETTLE_ROUNDS) -> None:
    """Let layouts settle: type sized on a resize changes word-wrapped heights, which asks for another layout."""
    for _ in range(rounds):
        app.processEvents()


def _show_record_timeline(review, app) -> None:
    """The record preview, once its worker has rendered it, scrolled to the timeline with its notes."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QTextDocument

    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    browser = review.record_preview.browser
    found = browser.document().find("Timeline", 0, QTextDocument.FindFlag.FindCaseSensitively)
    if not found.isNull():
        top = browser.document().documentLayout().blockBoundingRect(found.block()).top()
        browser.verticalScrollBar().setValue(int(top))


def _show_phase(review, phase) -> None:
    review.show_panel(review.meeting_view)
    review.meeting_view.go_to_phase(phase)


def _show_notes(review, app) -> None:
    """The note-taker's window with the timeline on the shared screen; its wrapped prompt needs a second layout pass."""
    from ..domain.agenda import Phase

    _show_phase(review, Phase.TIMELINE)
    app.processEvents()


def _select_marked(review) -> None:
    """The timeline tab with a marked moment selected, so its details and note show."""
    review.show_panel(review.timeline)
    entry = next((e for e in review.timeline_model.entries() if e.prep_note), None)
    if entry is not None:
        review.timeline.select_entry(entry.id)
