"""Run as a child of `make bench`: PageDown in the facilitator's meeting on a 20,000-entry review, the notes window
open in the same process; and, as the floor, a bare QTableView moving its current row on a plain 20,000-row model.

Prints one JSON line: the time each key press took, through the events it posted (ms), the queries the store's
connection ran per press (storage/statement_count.py), and the same times for the bare view.
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

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.statement_count import counted_statements
from facilitator.ui.app import application
from facilitator.ui.windows import Windows

ENTRIES = 20_000
MARK_EVERY = 10
"""One entry in ten is a moment to discuss: 2,000 prompts to step through."""
PRESSES = 200
WARM_UP = 10


def _review(store: ReviewStore) -> int:
    review = store.create(
        Review(incident_ref="INC-BENCH", title="Twenty thousand entries", incident_date=dt.date(2026, 11, 2), timezone="UTC"),
        [Person("Ada Quist", Role.RESPONDER, attendance=Attendance.PRESENT),
         Person("Dee Oyelaran", Role.OTHER, attendance=Attendance.PRESENT, takes_notes=True)],
    )
    start = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)
    store.timeline.add(review.id, [
        TimelineEntry(start + dt.timedelta(seconds=7 * n), f"actor {n % 40}", f"Entry {n}: the pool filled again",
                      moment=MomentKind.DECISION if n % MARK_EVERY == 0 else None)
        for n in range(ENTRIES)
    ])
    now = dt.datetime.now(dt.UTC)
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=10), ClockEvent.START))
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=5), ClockEvent.PHASE, Phase.TIMELINE))
    return review.id


def facilitator_presses(store: ReviewStore, review_id: int) -> tuple[list[float], float]:
    """PageDown PRESSES times (after a warm-up), each timed through the events it posted; queries per press."""
    app = application()
    windows = Windows(store)
    window = windows.open_review(review_id)
    window.show_panel(window.meeting_view)
    notes = windows.open_notes(review_id)
    app.processEvents()
    panel = window.meeting
    taken = []
    with counted_statements(store.db) as queries:
        for number in range(WARM_UP + PRESSES):
            if number == WARM_UP:
                queries.clear()
            started = time.perf_counter()
            QTest.keyClick(panel, Qt.Key.Key_PageDown)
            app.processEvents()
            if number >= WARM_UP:
                taken.append((time.perf_counter() - started) * 1000)
    shown = notes.on_screen.what.text()
    if not shown.startswith("Entry "):
        raise SystemExit(f"the notes window does not follow the prompt: {shown!r}")
    notes.close()
    window.close()
    windows.events.stop()
    return taken, len(queries) / PRESSES


class Rows(QAbstractTableModel):
    """Plain rows of text, the floor any list of 20,000 must stand on."""

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else ENTRIES

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"08:{index.row() % 60:02d}" if index.column() == 0 else f"Entry {index.row()}: the pool filled again"
        return None


def bare_presses() -> list[float]:
    app = application()
    view = QTableView()
    model = Rows()
    view.setModel(model)
    view.resize(1280, 720)
    view.show()
    view.setCurrentIndex(model.index(0, 0))
    app.processEvents()
    taken = []
    for number in range(WARM_UP + PRESSES):
        started = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_Down)
        app.processEvents()
        if number >= WARM_UP:
            taken.append((time.perf_counter() - started) * 1000)
    view.close()
    return taken


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-keys-") as folder:
        store = ReviewStore(open_database(Path(folder) / "keys.sqlite3"))
        review_id = _review(store)
        taken, per_press = facilitator_presses(store, review_id)
        store.db.close()
    print(json.dumps({"press_ms": taken, "queries_per_press": per_press, "bare_ms": bare_presses()}))


if __name__ == "__main__":
    sys.exit(main())
