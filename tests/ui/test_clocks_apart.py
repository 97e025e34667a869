"""Two laptops whose clocks disagree by minutes, on one team server: the facilitator here, the note-taker in a
process of its own with its clock 150 s ahead or behind. The server's clock is the meeting's one time."""

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.app.session import agree_with_server
from facilitator.domain.agenda import Phase
from facilitator.domain.clock import SYSTEM_CLOCK, ShiftedClock
from facilitator.domain.meeting_clock import read_clock
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.ui.windows import Windows

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from child_window import ChildWindow
from notes_helpers import meeting_in_timeline
from server_outage import outage
from shown import shown

START_S = 30
"""Time allowed for the child to import Qt and open its window; not the bound under test."""
BOUND_MS = 1000
OFF_S = 150
"""How far the note-taker's laptop clock is out: two and a half minutes."""


@pytest.fixture
def store(server_database):
    """The facilitator's store on the team server, its clock agreed with the server's as the app's start does."""
    store = ReviewStore(open_database(server_database))
    agree_with_server(store)
    yield store
    store.db.close()


def _facilitator(qtbot, windows, review):
    window = shown(qtbot, windows, review.id)
    window.show_panel(window.meeting_view)
    return window


def _note_taker(qtbot, server_database, review, clock_off):
    child = ChildWindow(server_database, review.id, "notes", clock_off=clock_off)
    qtbot.waitUntil(lambda: child.has("ready"), timeout=START_S * 1000)
    return child


def test_a_phase_the_facilitator_moves_to_reaches_a_note_taker_whose_clock_is_behind(qtbot, windows, store, review, timeline, server_database):
    """The note-taker's clock is 150 s behind: the facilitator moves on to the key questions, and the note-taker's
    window shows the first key question within a second, and a note typed then is filed under it."""
    meeting_in_timeline(store, review, timeline[1])
    window = _facilitator(qtbot, windows, review)
    child = _note_taker(qtbot, server_database, review, -OFF_S)
    try:
        assert child.has("prompt Acknowledged the page")
        qtbot.keyClick(window.meeting, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.meeting_view.reading.phase is Phase.KEY_QUESTIONS
        qtbot.waitUntil(lambda: child.latest("prompt ")[1] != "prompt Acknowledged the page", timeout=BOUND_MS)
        child.send("note We knew the rota was stale")
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 1, timeout=START_S * 1000)
        (note,) = store.notes.notes(review.id)
        assert note.place.phase is Phase.KEY_QUESTIONS
        assert note.place.entry_id is None
    finally:
        child.stop()


def test_a_note_taker_whose_clock_is_ahead_dates_notes_by_the_meeting_clock_everyone_sees(qtbot, windows, store, review, timeline, server_database):
    """The note-taker's clock is 150 s ahead: their note is not dated in the facilitator's future, its meeting time
    is no later than the meeting clock on the shared screen, and it falls before a note kept here just after it."""
    meeting_in_timeline(store, review, timeline[1])
    window = _facilitator(qtbot, windows, review)
    child = _note_taker(qtbot, server_database, review, OFF_S)
    try:
        child.send("note The page went to the old rota first")
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 1, timeout=START_S * 1000)
        now_here = windows.clock.now()
        meeting_here = read_clock(store.meeting.events(review.id), now_here).elapsed
        (theirs,) = store.notes.notes(review.id)
        assert theirs.wall <= now_here
        assert dt.timedelta(seconds=theirs.meeting_seconds) <= meeting_here
        notes_here = windows.open_notes(review.id)
        qtbot.keyClicks(notes_here.input, "Then the second responder joined")
        qtbot.keyClick(notes_here.input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 2, timeout=START_S * 1000)
        assert [n.text for n in store.notes.notes(review.id)] == ["The page went to the old rota first", "Then the second responder joined"]
    finally:
        child.stop()
        del window


def test_a_laptop_clock_set_while_the_server_was_out_of_reach_is_agreed_again_when_it_is_back(
    qtbot, qapp, server_database, postgres_server
):
    """The note-taker's window agreed with the server; the server goes away and meanwhile the laptop's clock is set
    150 s on (as a laptop waking from sleep sets it); once the window has its link back, it reads the server's time
    again, not 150 s ahead."""
    laptop = ShiftedClock(SYSTEM_CLOCK)
    store = ReviewStore(open_database(server_database), laptop)
    agree_with_server(store)
    windows = Windows(store)
    try:
        window = windows.show_library()
        qtbot.waitExposed(window)
        with outage(postgres_server):
            windows.events.server.lost()
            laptop.shift += dt.timedelta(seconds=OFF_S)
            qtbot.waitUntil(lambda: windows.events.server.offline)
        qtbot.waitUntil(lambda: not windows.events.server.offline, timeout=START_S * 1000)
        assert abs(store.clock.now() - SYSTEM_CLOCK.now()) < dt.timedelta(seconds=5)
    finally:
        window.close()
        windows.events.stop()
        store.db.close()
