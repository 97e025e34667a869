"""'Every note' on a long review: it opens without measuring thousands of notes, and no note in view is cut short."""

import datetime as dt

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt

from facilitator.domain.agenda import Phase
from facilitator.domain.notes import Note, Place
from facilitator.ui.notes.notes_model import NOTE, NotesModel

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NOTES = 1500
LONG = "The dashboard stayed green while the queue behind the gateway grew for forty minutes, and nobody on call had a reason to look"


def _many_notes(store, review, timeline) -> None:
    """Short notes, every seventh a long one that wraps over several lines, spread over the moments."""
    start = dt.datetime(2026, 10, 14, 19, 0, tzinfo=dt.UTC)
    with store.db.atomic():
        for number in range(NOTES):
            text = f"{LONG} ({number})" if number % 7 == 0 else f"Paging went to the old rota ({number})"
            place = Place(Phase.TIMELINE, entry_id=timeline[number % len(timeline)].id)
            store.notes.add(review.id, Note(text, start + dt.timedelta(seconds=number), place, meeting_seconds=number))


def _every_note(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[4])
    _many_notes(store, review, timeline)
    window = open_notes(qtbot, windows, review)
    window.resize(900, 600)
    qtbot.keyClick(window.input, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: window.table.notes_model.rowCount() == NOTES)
    return window


def _rows_in_view(table) -> range:
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    return range(top, (bottom if bottom >= 0 else table.notes_model.rowCount() - 1) + 1)


def _none_cut_short(table) -> bool:
    """Every row in view at least as tall as its contents (a long note shows all its lines)."""
    return all(table.rowHeight(row) >= table.sizeHintForRow(row) for row in _rows_in_view(table))


def test_every_note_asks_only_for_the_notes_in_view(qtbot, windows, store, review, timeline, monkeypatch):
    """Showing 1,500 notes measures the screenfuls a person can see, not every note of the review."""
    asked = []
    shown = NotesModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.column() == NOTE and role == Qt.ItemDataRole.DisplayRole:
            asked.append(index.row())
        return shown(self, index, role)

    monkeypatch.setattr(NotesModel, "data", counted)
    window = _every_note(qtbot, windows, store, review, timeline)
    qtbot.waitUntil(lambda: _none_cut_short(window.table))
    assert 0 < len(set(asked)) < NOTES // 10


def test_a_long_note_scrolled_to_shows_all_its_lines(qtbot, windows, store, review, timeline):
    """From the newest note, paging up and jumping to the first: each row in view is as tall as its words."""
    window = _every_note(qtbot, windows, store, review, timeline)
    table = window.table
    line = table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: _none_cut_short(table))
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.waitUntil(table.hasFocus)
    for _page in range(5):
        before = table.currentIndex().row()
        qtbot.keyClick(table, Qt.Key.Key_PageUp)
        assert table.currentIndex().row() < before
        qtbot.waitUntil(lambda: _none_cut_short(table))
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 0 and table.rowAt(0) == 0)
    qtbot.waitUntil(lambda: _none_cut_short(table))
    assert table.rowHeight(0) >= 2 * line
