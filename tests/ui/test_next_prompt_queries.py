"""PageDown in the meeting, with the note-taker's window open here and in another process: what it costs the
database. Each process reads once per change, whatever windows it has open (counted, never timed)."""

import datetime as dt

import pytest
from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.statement_count import counted_statements
from facilitator.ui.windows import Windows

QUERIES_PER_KEY = 2


@pytest.fixture
def other_process(qapp, store):
    """The note-taker's process: its own connection to the same database, its own windows."""
    other = Windows(ReviewStore(open_database(store.path)))
    yield other
    for window in list(other.notes.values()):
        window.close()
    other.events.stop()
    other.store.db.close()


def _facilitator(qtbot, windows, review):
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_panel(window.meeting_view)
    return window


def test_pagedown_costs_two_queries_here_and_two_in_the_note_takers_process(
    qtbot, windows, store, review, timeline, other_process
):
    """The next prompt reaches the notes window here at once and the other process's within its poll, for at most
    two queries in each (the position's own write among them)."""
    meeting_in_timeline(store, review, timeline[1])
    there = other_process.open_notes(review.id)
    qtbot.waitExposed(there)
    window = _facilitator(qtbot, windows, review)
    here = open_notes(qtbot, windows, review)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel = window.meeting
    panel.setFocus()
    assert here.on_screen.what.text() == "Acknowledged the page"

    with counted_statements(store.db) as pressing, counted_statements(other_process.store.db) as watching:
        qtbot.keyClick(panel, Qt.Key.Key_PageDown)
        assert here.on_screen.what.text() == "Rolled back the certificate bundle"
        pressed = list(pressing)
        qtbot.waitUntil(lambda: there.on_screen.what.text() == "Rolled back the certificate bundle")
    assert any(sql.lstrip().upper().startswith("UPDATE") for sql in pressed), "the position is written"
    assert len(pressed) <= QUERIES_PER_KEY, pressed
    assert len(pressing) == len(pressed), "nothing read here after the key"
    assert 1 <= len(watching) <= QUERIES_PER_KEY, watching


def test_a_prompt_left_after_a_while_costs_its_time_and_its_place_and_nothing_more(
    qtbot, windows, store, review, timeline, clock
):
    """Leaving a prompt that was on screen writes its seconds and the new position; the windows read nothing back."""
    now = clock.now()
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=10), ClockEvent.START))
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=5), ClockEvent.PHASE, Phase.TIMELINE))
    store.set_current_entry(review.id, timeline[1].id)
    window = _facilitator(qtbot, windows, review)
    here = open_notes(qtbot, windows, review)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel = window.meeting
    panel.setFocus()
    clock.advance(seconds=1.1)
    with counted_statements(store.db) as pressing:
        qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert here.on_screen.what.text() == "Rolled back the certificate bundle"
    assert store.timeline.get(timeline[1].id).seconds_on_screen >= 1
    assert [sql.split()[0].upper() for sql in pressing] == ["UPDATE", "UPDATE"], pressing


def test_a_note_kept_costs_one_read_however_many_windows_show_notes(qtbot, windows, store, review, timeline):
    """Enter in the notes window: where the shared screen is now (read fresh: the facilitator may be in another
    process), the note's write, then the notes read once for the notes window and every strip of the shared
    screen; the windows that show no notes read nothing."""
    meeting_in_timeline(store, review, timeline[1])
    _facilitator(qtbot, windows, review)
    here = open_notes(qtbot, windows, review)
    qtbot.keyClicks(here.input, "The pager went to the old rota")
    with counted_statements(store.db) as queries:
        qtbot.keyClick(here.input, Qt.Key.Key_Return)
    assert here.table.notes_model.rowCount() == 1
    reads = [sql for sql in queries if sql.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 2 and "FROM reviews" in reads[0] and "FROM notes" in reads[1], queries


def test_parking_from_the_notes_window_reads_nothing_for_the_notes_window(qtbot, windows, store, review, timeline):
    """Ctrl+P: where the shared screen is now is read (the item is parked under it), the item and the emptied draft
    are written; neither is something the notes window shows, so nothing is read again after."""
    meeting_in_timeline(store, review, timeline[1])
    here = open_notes(qtbot, windows, review)
    qtbot.keyClicks(here.input, "Alert on rota changes")
    with counted_statements(store.db) as queries:
        qtbot.keyClick(here.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in store.parking.items(review.id)] == ["Alert on rota changes"]
    assert sum("FROM reviews r" in sql for sql in queries) == 1, queries
    assert not any("FROM notes WHERE review_id = 1 ORDER BY" in sql for sql in queries), queries
    assert "note_drafts" in queries[-1], "nothing read after the writes"
