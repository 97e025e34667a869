"""Two real processes on one database: the facilitator here, the note-taker in a process of its own."""

import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from child_window import ChildWindow
from notes_helpers import meeting_in_timeline

START_S = 30
"""Time allowed for the child to import Qt and open its window; not the bound under test."""
BOUND_MS = 1000
"""The product's promise: a change in one process is seen in the other within a second."""


@pytest.fixture
def note_taker(store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    child = ChildWindow(store.path, review.id, "notes")
    yield child
    child.stop()


def _ready(qtbot, child):
    qtbot.waitUntil(lambda: child.has("ready"), timeout=START_S * 1000)


def _facilitator(qtbot, windows, review):
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_panel(window.meeting_view)
    return window


def test_a_prompt_change_and_a_note_cross_between_processes_within_a_second(qtbot, windows, store, review, timeline, note_taker):
    """PageDown here reaches the note-taker's window, and their note reaches the shared screen here, each within 1 s."""
    window = _facilitator(qtbot, windows, review)
    _ready(qtbot, note_taker)
    assert note_taker.has("prompt Acknowledged the page")
    qtbot.keyClick(window.meeting, Qt.Key.Key_PageDown)
    assert window.meeting.card.what.text() == "Rolled back the certificate bundle"
    qtbot.waitUntil(lambda: note_taker.has("prompt Rolled back the certificate bundle"), timeout=BOUND_MS)

    note_taker.send("note The rollback took four minutes")
    qtbot.waitUntil(lambda: note_taker.has("kept"), timeout=START_S * 1000)
    strip = window.meeting_notes.strip
    qtbot.waitUntil(lambda: strip.isVisible() and strip.notes_model.rowCount() == 1, timeout=BOUND_MS)
    assert strip.notes_model.note_at(0).text == "The rollback took four minutes"
    assert strip.notes_model.note_at(0).place.entry_id == timeline[4].id


def test_killing_the_note_taker_loses_no_kept_note_and_no_settled_draft(qtbot, windows, store, review, timeline, note_taker):
    """SIGKILL right after typing: both notes and the draft (typed over 0.5 s before) are there; the file is sound."""
    _ready(qtbot, note_taker)
    note_taker.send("note First thing we heard")
    note_taker.send("note Second thing, just before the crash")
    note_taker.send("draft Half a sentence about the pager")
    qtbot.waitUntil(lambda: note_taker.has("typed"), timeout=START_S * 1000)
    qtbot.waitUntil(lambda: store.notes.draft(review.id) == "Half a sentence about the pager", timeout=START_S * 1000)
    os.kill(note_taker.process.pid, signal.SIGKILL)
    assert note_taker.process.wait() == -signal.SIGKILL

    database = open_database(store.path)
    try:
        assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reopened = ReviewStore(database)
        assert [n.text for n in reopened.notes.notes(review.id)] == ["First thing we heard", "Second thing, just before the crash"]
        assert reopened.notes.draft(review.id) == "Half a sentence about the pager"
    finally:
        database.close()
    notes = windows.open_notes(review.id)
    assert notes.input.text() == "Half a sentence about the pager"
    assert notes.table.notes_model.rowCount() == 2


def test_a_note_begun_before_the_facilitator_moves_on_stays_with_its_moment_across_processes(qtbot, windows, store, review, timeline, note_taker):
    """Typing starts in the note-taker's process under 'Acknowledged the page'; PageDown here; the other window says
    the note stays where it was begun, and Enter there files it under that moment, not the one now on screen."""
    window = _facilitator(qtbot, windows, review)
    _ready(qtbot, note_taker)
    note_taker.send("draft The page went to the old rota first")
    qtbot.waitUntil(lambda: note_taker.has("typed"), timeout=START_S * 1000)
    assert note_taker.has("begun False")
    qtbot.keyClick(window.meeting, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: note_taker.has("prompt Rolled back the certificate bundle"), timeout=BOUND_MS)
    qtbot.waitUntil(lambda: note_taker.has("begun True"), timeout=BOUND_MS)
    note_taker.send("enter")
    qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 1, timeout=START_S * 1000)
    (note,) = store.notes.notes(review.id)
    assert note.text == "The page went to the old rota first"
    assert note.place.entry_id == timeline[1].id
    qtbot.waitUntil(lambda: note_taker.has("begun False"), timeout=BOUND_MS)
