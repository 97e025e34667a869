"""A laptop whose network goes mid-meeting (no refusal, no reset: what is sent gets no answer): the note-taker's
window keeps taking notes at once, shows them as waiting, and writes them when the link is back."""

import sys
import threading
from pathlib import Path

import pytest
from notes_helpers import meeting_in_timeline, notes_on_server, open_notes
from PySide6.QtCore import Qt

from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.ui.notes.notes_model import NOTE, WHEN

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from cut_link import CutLink

MEND_S = 20.0
"""At the latest, the link comes back this long after it is cut, whatever the window is doing: a window that waits
on the network comes back from a key press only after that."""
SAY_MS = 15_000
"""Time allowed for the window to say the server is not answering; not a bound under test."""
BACK_MS = 60_000
"""Time allowed for the windows to find the server back and write; not a bound under test."""


@pytest.fixture
def link(postgres_server):
    link = CutLink(postgres_server.port)
    yield link
    link.stop()


@pytest.fixture
def store(postgres_server, server_database, link):
    """The windows' store on the tests' server, through a link that can be cut."""
    name = server_database.split("@/", 1)[1].split("?", 1)[0]
    store = ReviewStore(open_database(link.url(postgres_server.tcp_url(name))))
    yield store
    link.mend()
    store.db.close()



def _shown(window):
    model = window.table.notes_model
    return [(model.index(row, NOTE).data(), model.index(row, WHEN).data() == "waiting…") for row in range(model.rowCount())]


def test_enter_keeps_a_note_at_once_while_the_network_gives_no_answer(qtbot, windows, store, review, timeline, link, server_database):
    """The link is cut: Enter comes back while it is still cut, the input is empty, the note is shown as waiting,
    typing goes on, and the status line says the server is not answering; mended, the note is on the server once,
    after the one typed before, and the status line is gone."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "Before the cut")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: notes_on_server(server_database, review.id) == ["Before the cut"], timeout=BACK_MS)
    qtbot.waitUntil(lambda: _shown(window) == [("Before the cut", False)])
    link.cut()
    mend = threading.Timer(MEND_S, link.mend)
    mend.start()
    try:
        qtbot.keyClicks(window.input, "During the cut")
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert link.is_cut, "Enter waited for the network"
        assert window.input.text() == ""
        assert _shown(window) == [("Before the cut", False), ("During the cut", True)]
        qtbot.keyClicks(window.input, "still typing")
        assert window.input.text() == "still typing"
        qtbot.waitUntil(lambda: window.waiting.isVisible(), timeout=SAY_MS)
        assert link.is_cut
        assert window.waiting.text().startswith("The team server is not answering — ")  # the note, and the draft once saved
    finally:
        mend.cancel()
        link.mend()
    qtbot.waitUntil(lambda: len(notes_on_server(server_database, review.id)) == 2, timeout=BACK_MS)
    assert notes_on_server(server_database, review.id) == ["Before the cut", "During the cut"]
    qtbot.waitUntil(lambda: _shown(window) == [("Before the cut", False), ("During the cut", False)], timeout=BACK_MS)
    qtbot.waitUntil(lambda: not window.waiting.isVisible(), timeout=BACK_MS)
