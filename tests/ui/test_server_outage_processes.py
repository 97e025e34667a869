"""A real note-taker's window in a process of its own, on a team server that is down: killed while its notes wait
on the local disk, the next window started writes them, once, in order, when the server is back."""

import datetime as dt
import os
import signal
import sys
from pathlib import Path

from facilitator.domain.review import Review
from facilitator.domain.timeline import TimelineEntry
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.write_journal import journal_folder

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from child_window import ChildWindow
from notes_helpers import meeting_in_timeline
from server_outage import start, stop

START_S = 30
"""Time allowed for a child to import Qt, open its window and write; not a bound under test."""


def _journal_text(url) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in journal_folder(url).glob("*.jsonl"))


def _kept(child) -> int:
    child.latest("")
    return sum(1 for _at, seen in child.seen if seen == "kept")


def test_notes_kept_offline_by_a_killed_window_land_once_at_the_next_start(qtbot, postgres_server, server_database):
    """The server stops; a note-taker in another process types two notes (kept in its journal, 0600), is killed
    with SIGKILL; the server restarts with none of them; the next window started writes both, in order, once,
    and its journal is then gone."""
    store = ReviewStore(open_database(server_database))
    try:
        review = store.create(Review(incident_ref="INC-7", title="Queue backlog", incident_date=dt.date(2026, 10, 14)))
        entry = store.timeline.add_one(review.id, TimelineEntry(dt.datetime(2026, 10, 14, 18, 2, tzinfo=dt.UTC), "alerting", "Backlog"))
        meeting_in_timeline(store, review, entry)
    finally:
        store.db.close()
    first = ChildWindow(server_database, review.id, "notes")
    try:
        qtbot.waitUntil(lambda: first.has("ready"), timeout=START_S * 1000)
        stop(postgres_server)
        try:
            first.send("note OFFLINE-KILLED one")
            first.send("note OFFLINE-KILLED two")
            qtbot.waitUntil(lambda: _kept(first) == 2, timeout=START_S * 1000)
            qtbot.waitUntil(lambda: "OFFLINE-KILLED two" in _journal_text(server_database), timeout=START_S * 1000)
            os.kill(first.process.pid, signal.SIGKILL)
            assert first.process.wait() == -signal.SIGKILL
        finally:
            start(postgres_server)
        (journal,) = journal_folder(server_database).glob("*.jsonl")
        assert journal.stat().st_mode & 0o777 == 0o600
    finally:
        first.stop()

    def notes():
        db = open_database(server_database)
        try:
            return [n.text for n in ReviewStore(db).notes.notes(review.id)]
        finally:
            db.close()

    assert notes() == []
    second = ChildWindow(server_database, review.id, "notes")
    try:
        qtbot.waitUntil(lambda: len(notes()) == 2, timeout=START_S * 1000)
        qtbot.waitUntil(lambda: not any(journal_folder(server_database).glob("*.jsonl")), timeout=START_S * 1000)
        assert notes() == ["OFFLINE-KILLED one", "OFFLINE-KILLED two"]
    finally:
        second.stop()
