"""Run as a child of `make bench`: the note-taker's window offscreen, typing and committing notes by key.

Prints one JSON line: the time each Enter took to keep a note (ms), the time a bare SQLite insert and
commit of the same row took on a database opened the same way (ms), and how many writes reached the
database while the notes were typed (every keystroke, before the pause that saves the draft).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from facilitator.app.demo import demo_review_id  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.storage.reviews import ReviewStore  # noqa: E402
from facilitator.ui.app import application  # noqa: E402
from facilitator.ui.windows import Windows  # noqa: E402

NOTES = 200
WARM_UP = 10
TEXT = "Kwame saw the pool limit in the release notes only after the second evening"
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def commits(store: ReviewStore, review_id: int) -> tuple[list[float], int, int]:
    """Enter pressed NOTES times after typing TEXT each time; writes counted while typing only."""
    application()
    window = Windows(store).open_notes(review_id)
    application().processEvents()
    writes = []
    taken = []
    typing = [False]
    store.db.conn.set_trace_callback(lambda sql: writes.append(sql) if typing[0] and sql.lstrip().upper().startswith(WRITES) else None)
    for number in range(WARM_UP + NOTES):
        typing[0] = True
        QTest.keyClicks(window.input, f"{TEXT} ({number})")
        typing[0] = False
        started = time.perf_counter()
        QTest.keyClick(window.input, Qt.Key.Key_Return)
        elapsed = (time.perf_counter() - started) * 1000
        if number >= WARM_UP:
            taken.append(elapsed)
    store.db.conn.set_trace_callback(None)
    window.close()
    return taken, len(writes), (WARM_UP + NOTES) * (len(TEXT) + 6)


def bare_inserts(path: Path) -> list[float]:
    """The same row inserted and committed with plain sqlite3, WAL and synchronous=NORMAL like the app."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, review_id INTEGER, entry_id INTEGER, phase TEXT, key_question TEXT, "
        "text TEXT, speaker TEXT, tag TEXT, private INTEGER, wall_utc TEXT, meeting_seconds INTEGER)"
    )
    taken = []
    for number in range(WARM_UP + NOTES):
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO notes (review_id, entry_id, phase, key_question, text, speaker, tag, private, wall_utc, meeting_seconds) "
            "VALUES (1, 4, 'timeline', NULL, ?, 'Kwame Mensah', 'discussion', 0, '2026-11-23T01:00:00.000000+00:00', 1920)",
            [f"{TEXT} ({number})"],
        )
        conn.execute("COMMIT")
        elapsed = (time.perf_counter() - started) * 1000
        if number >= WARM_UP:
            taken.append(elapsed)
    conn.close()
    return taken


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-notes-") as home:
        store = ReviewStore(open_database(Path(home) / "reviews.sqlite3"))
        review_id = demo_review_id(store)
        app_ms, writes, keystrokes = commits(store, review_id)
        store.db.close()
        bare_ms = bare_inserts(Path(home) / "bare.sqlite3")
    print(json.dumps({"commit_ms": app_ms, "bare_ms": bare_ms, "writes_while_typing": writes, "keystrokes": keystrokes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
