"""The windows on a team server that goes away mid-meeting: they stay open and usable, say they are offline and
how many changes wait, keep what is typed on this computer, and write it, in order, once, when the server is back."""

import sys
from pathlib import Path

import pytest
from notes_helpers import meeting_in_timeline, notes_on_server, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.write_journal import journal_folder
from facilitator.ui.notes.notes_model import NOTE, WHEN

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from server_outage import outage

BACK_MS = 30_000
"""Time allowed for the windows to find the server back and write; not a bound under test."""


@pytest.fixture
def store(server_database):
    """The windows' store on a fresh database of the tests' server (instead of a file)."""
    store = ReviewStore(open_database(server_database))
    yield store
    store.db.close()



def _type_note(qtbot, window, text):
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def _shown(window):
    model = window.table.notes_model
    return [(model.index(row, NOTE).data(), model.index(row, WHEN).data() == "waiting…") for row in range(model.rowCount())]


def test_notes_typed_while_the_server_is_stopped_land_once_and_in_order_when_it_is_back(
    qtbot, windows, store, review, timeline, postgres_server, server_database
):
    """The server stops mid-typing: the notes window stays usable, says it is offline with 2 notes waiting, shows
    them as waiting; restarted, every note is on the server once, in the order typed, and the notice is gone."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Before the outage")
    qtbot.waitUntil(lambda: notes_on_server(server_database, review.id) == ["Before the outage"], timeout=BACK_MS)
    qtbot.waitUntil(lambda: _shown(window) == [("Before the outage", False)])
    with outage(postgres_server):
        qtbot.waitUntil(lambda: window.waiting.isVisible())
        assert window.waiting.text() == "Offline: the team server cannot be reached — what you do is kept on this computer"
        _type_note(qtbot, window, "OFFLINE one")
        assert window.input.text() == ""
        _type_note(qtbot, window, "OFFLINE two")
        assert _shown(window) == [("Before the outage", False), ("OFFLINE one", True), ("OFFLINE two", True)]
        assert window.waiting.text() == "Offline: the team server cannot be reached — 2 notes wait on this computer"
        qtbot.keyClicks(window.input, "still typing")
        assert window.input.text() == "still typing"
        assert QApplication.activeWindow() is window
        assert "OFFLINE two" in "".join(p.read_text(encoding="utf-8") for p in journal_folder(server_database).glob("*.jsonl"))
    qtbot.waitUntil(lambda: len(notes_on_server(server_database, review.id)) == 3, timeout=BACK_MS)
    assert notes_on_server(server_database, review.id) == ["Before the outage", "OFFLINE one", "OFFLINE two"]
    qtbot.waitUntil(lambda: not window.waiting.isVisible(), timeout=BACK_MS)
    qtbot.waitUntil(lambda: _shown(window) == [(t, False) for t in ["Before the outage", "OFFLINE one", "OFFLINE two"]])
    assert window.input.text() == "still typing"
    _type_note(qtbot, window, " after the outage")
    qtbot.waitUntil(lambda: len(notes_on_server(server_database, review.id)) == 4, timeout=BACK_MS)
    assert notes_on_server(server_database, review.id) == [
        "Before the outage", "OFFLINE one", "OFFLINE two", "still typing after the outage"
    ]
    assert window.input.text() == ""


def _current_on_server(url, review_id):
    db = open_database(url)
    try:
        return ReviewStore(db).current_entry_id(review_id)
    finally:
        db.close()


def test_the_facilitator_moves_through_prompts_offline_and_the_position_catches_up(
    qtbot, windows, store, review, timeline, postgres_server, server_database
):
    """PageDown twice while the server is stopped: the card moves at once, the window says it is offline; once the
    server is back it holds the last prompt shown, and the notice is gone."""
    meeting_in_timeline(store, review, timeline[1])
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_panel(window.meeting_view)
    with outage(postgres_server):
        qtbot.waitUntil(lambda: window.waiting.isVisible())
        qtbot.keyClick(window.meeting, Qt.Key.Key_PageDown)
        assert window.meeting.card.what.text() == "Rolled back the certificate bundle"
        qtbot.keyClick(window.meeting, Qt.Key.Key_PageDown)
        assert window.meeting.card.what.text() == "Emailed Harbour & Lane an update"
        assert window.waiting.text().startswith("Offline: the team server cannot be reached — ")
    qtbot.waitUntil(lambda: _current_on_server(server_database, review.id) == timeline[6].id, timeout=BACK_MS)
    qtbot.waitUntil(lambda: not window.waiting.isVisible(), timeout=BACK_MS)
    assert window.meeting.card.what.text() == "Emailed Harbour & Lane an update"
