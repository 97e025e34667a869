"""The facilitator's window on a team server, the note-taker's in a process of its own: when the note-taker's window
loses its link to the server, the facilitator's status line says so and since when; when it is back, that it is."""

import os
import signal
import sys
from pathlib import Path

import pytest
from notes_helpers import meeting_in_timeline
from PySide6.QtWidgets import QApplication

from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from child_window import ChildWindow

START_S = 30
SAY_MS = 30_000
"""Time allowed for the facilitator's window to notice (it asks the server every few seconds); not a bound under test."""


@pytest.fixture
def store(server_database):
    store = ReviewStore(open_database(server_database))
    yield store
    store.db.close()


def test_the_facilitator_is_told_when_the_note_takers_window_loses_its_link_and_when_it_is_back(
    qtbot, windows, store, review, timeline, server_database
):
    """Nothing is said while the note-taker's window is linked; its process dies (as a laptop dropped by the
    server): the status line says since when it has no link and that what they type waits on their laptop; a new
    note-taker's window starts: the words go, and the status bar says it is linked again."""
    meeting_in_timeline(store, review, timeline[1])
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    away = window.note_taker
    child = ChildWindow(server_database, review.id, "notes")
    try:
        qtbot.waitUntil(lambda: child.has("ready"), timeout=START_S * 1000)
        qtbot.waitUntil(lambda: bool(away.linked), timeout=SAY_MS)
        assert not away.isVisible()
        os.kill(child.process.pid, signal.SIGKILL)
        child.process.wait()
        qtbot.waitUntil(away.isVisible, timeout=SAY_MS)
        assert away.text().startswith("The note-taker's window has had no link to the team server since ")
        assert away.text().endswith(" — what they type waits on their laptop")
    finally:
        child.stop()
    again = ChildWindow(server_database, review.id, "notes")
    try:
        qtbot.waitUntil(lambda: not away.isVisible(), timeout=SAY_MS)
        assert window.statusBar().currentMessage() == "The note-taker's window is linked to the team server again: their notes come in"
    finally:
        again.stop()
