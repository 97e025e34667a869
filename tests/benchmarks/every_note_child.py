"""Run as a child of `make bench`: "Every note" on a 5,000-note review, against a plain list of the same notes.

Prints one JSON line of milliseconds: `app`, each time the note-taker's window (offscreen, 1280x720) took
from ticking "Every note" to the table laid out and painted (the notes read from the database included),
and `plain`, each time a plain QListView over a QStringListModel of the same 5,000 texts took from being
given its model to laid out and painted once: the floor any PySide6 view showing them pays.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView

from facilitator.app.demo import demo_review_id
from facilitator.domain.notes import Note, NoteTag, Place
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.ui.app import application
from facilitator.ui.windows import Windows

NOTES = 5000
ROUNDS = 5
SIZE = (1280, 720)
WORDS = (
    "Kwame saw the pool limit in the release notes only after the second evening",
    "The dashboard showed green while the queue behind the gateway kept growing for forty minutes, and nobody on call "
    "had a reason to look past it until the first customer wrote in",
    "Paging went to the old rota",
    "Asked whether the runbook step had ever been tried on the replica; nobody was sure, and the last person who "
    "knew had moved teams in the spring. The step assumes a manual failover that the new tooling does on its own, "
    "so following it by the letter would have undone the automatic one",
)


def fill(store: ReviewStore, review_id: int) -> list[str]:
    """The demo's notes and more, 5,000 in all, of mixed lengths (some wrap over several lines), on its moments and phases."""
    texts = [note.text for note in store.notes.notes(review_id)]
    moments = [e.id for e in store.timeline.entries(review_id)]
    start = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    with store.db.atomic():
        for number in range(NOTES - len(texts)):
            text = f"{WORDS[number % len(WORDS)]} ({number})"
            place = Place(entry_id=moments[number % len(moments)]) if number % 3 else Place()
            tag = NoteTag.DISCUSSION if number % 5 else NoteTag.DISSENT
            note = Note(text, start + dt.timedelta(seconds=number), place, tag, "Kwame Mensah", number % 11 == 0, number)
            store.notes.add(review_id, note)
            texts.append(text)
    return texts


def every_note(store: ReviewStore, review_id: int) -> list[float]:
    """Tick "Every note", paint; untick (not timed); ROUNDS times after one warm-up."""
    app = application()
    window = Windows(store).open_notes(review_id)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    taken = []
    for round_ in range(ROUNDS + 1):
        started = time.perf_counter()
        window.every_note.setChecked(True)
        app.processEvents()
        window.repaint()
        elapsed = (time.perf_counter() - started) * 1000
        if window.table.notes_model.rowCount() != NOTES:
            raise SystemExit(f"Every note showed {window.table.notes_model.rowCount()} notes, not {NOTES}")
        if round_:
            taken.append(elapsed)
        window.every_note.setChecked(False)
        app.processEvents()
        window.repaint()
    window.close()
    return taken


def plain(texts: list[str]) -> list[float]:
    """A plain QListView given a plain model of the same texts, laid out and painted once, ROUNDS times."""
    app = application()
    taken = []
    for round_ in range(ROUNDS + 1):
        view = QListView()
        view.resize(*SIZE)
        view.show()
        app.processEvents()
        started = time.perf_counter()
        view.setModel(QStringListModel(texts, view))
        app.processEvents()
        view.repaint()
        elapsed = (time.perf_counter() - started) * 1000
        if round_:
            taken.append(elapsed)
        view.close()
        view.deleteLater()
        app.processEvents()
    return taken


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-every-") as home:
        store = ReviewStore(open_database(Path(home) / "reviews.sqlite3"))
        review_id = demo_review_id(store)
        texts = fill(store, review_id)
        app_ms = every_note(store, review_id)
        store.db.close()
    plain_ms = plain(texts)
    print(json.dumps({"app": app_ms, "plain": plain_ms}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
