"""A real note-taker's window in a process of its own, killed while its notes wait for a locked database."""

import os
import signal
import sys
from pathlib import Path

from facilitator.storage.write_journal import journal_folder

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from child_window import ChildWindow
from lock_holder import LockHolder
from notes_helpers import meeting_in_timeline

START_S = 30
"""Time allowed for a child to import Qt, open its window and write; not a bound under test."""


def _journal_text(store) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in journal_folder(store.path).glob("*.jsonl"))


def _reports(child, text: str) -> int:
    child.latest("")
    return sum(1 for _at, seen in child.seen if seen == text)


def test_notes_waiting_when_the_window_is_killed_land_once_at_the_next_start(qtbot, store, review, timeline):
    """Two notes and a draft typed under a lock, then SIGKILL: nothing is in the database yet; the next window
    started writes them, whole, in order, once, and the draft with them; its journal is then gone."""
    meeting_in_timeline(store, review, timeline[1])
    first = ChildWindow(store.path, review.id, "notes")
    try:
        qtbot.waitUntil(lambda: first.has("ready"), timeout=START_S * 1000)
        with LockHolder(store.path):
            first.send("note NOTE-UNDER-LOCK one")
            first.send("note NOTE-AFTER-LOCK two")
            first.send("draft Half a sentence about the pager")
            qtbot.waitUntil(lambda: _reports(first, "kept") == 2 and first.has("typed"), timeout=START_S * 1000)
            qtbot.waitUntil(lambda: "Half a sentence about the pager" in _journal_text(store), timeout=START_S * 1000)
            os.kill(first.process.pid, signal.SIGKILL)
            assert first.process.wait() == -signal.SIGKILL
        assert store.notes.notes(review.id) == []
        (journal,) = journal_folder(store.path).glob("*.jsonl")
        assert journal.stat().st_mode & 0o777 == 0o600
        assert journal.parent.stat().st_mode & 0o777 == 0o700
    finally:
        first.stop()

    second = ChildWindow(store.path, review.id, "notes")
    try:
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 2, timeout=START_S * 1000)
        qtbot.waitUntil(lambda: not any(journal_folder(store.path).glob("*.jsonl")), timeout=START_S * 1000)
        assert [n.text for n in store.notes.notes(review.id)] == ["NOTE-UNDER-LOCK one", "NOTE-AFTER-LOCK two"]
        assert store.notes.draft(review.id) == "Half a sentence about the pager"
        qtbot.waitUntil(lambda: store.db.count("write_queues") == 0, timeout=START_S * 1000)
    finally:
        second.stop()


def test_notes_left_waiting_by_a_closed_note_taker_are_written_by_the_facilitators_window(qtbot, windows, store, review, timeline):
    """The note-taker closes their window while the lock holds: the facilitator's window, still open, takes the
    waiting note over and writes it once the database is free."""
    meeting_in_timeline(store, review, timeline[1])
    windows.open_review(review.id)
    child = ChildWindow(store.path, review.id, "notes")
    try:
        qtbot.waitUntil(lambda: child.has("ready"), timeout=START_S * 1000)
        with LockHolder(store.path):
            child.send("note Said just before leaving")
            qtbot.waitUntil(lambda: child.has("kept"), timeout=START_S * 1000)
            child.send("quit")
            assert child.process.wait(timeout=START_S) == 0
            assert store.notes.notes(review.id) == []
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 1, timeout=START_S * 1000)
        assert store.notes.notes(review.id)[0].text == "Said just before leaving"
    finally:
        child.stop()


def test_a_comment_waiting_when_the_window_is_killed_lands_once_in_the_next_window(qtbot, windows, store, review):
    """A comment added in the facilitator's window under a lock, then SIGKILL: nothing is in the database; a window
    opened next writes it, once, when the lock is gone."""
    first = ChildWindow(store.path, review.id, "review")
    try:
        qtbot.waitUntil(lambda: first.has("ready"), timeout=START_S * 1000)
        with LockHolder(store.path) as lock:
            first.send("comment The rollback call felt rushed")
            qtbot.waitUntil(lambda: first.has("added"), timeout=START_S * 1000)
            qtbot.waitUntil(lambda: "The rollback call felt rushed" in _journal_text(store), timeout=START_S * 1000)
            os.kill(first.process.pid, signal.SIGKILL)
            assert first.process.wait() == -signal.SIGKILL
            windows.open_review(review.id)
            windows.events.queue.take_over()
            assert store.comments.comments(review.id) == []
            lock.release()
            qtbot.waitUntil(lambda: len(store.comments.comments(review.id)) == 1, timeout=START_S * 1000)
    finally:
        first.stop()
    assert [c.text for c in store.comments.comments(review.id)] == ["The rollback call felt rushed"]
    qtbot.waitUntil(lambda: not windows.events.queue.pending(), timeout=START_S * 1000)
    assert len(store.comments.comments(review.id)) == 1
