"""Putting a test review into its meeting, and opening the note-taker's window on it, as a user would find it."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore


def meeting_in_timeline(store, review, entry, minutes_in: int = 10) -> None:
    """The clock started minutes_in ago, the timeline phase five minutes later, this entry on the shared screen."""
    now = dt.datetime.now(dt.UTC)
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=minutes_in), ClockEvent.START))
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=minutes_in - 5), ClockEvent.PHASE, Phase.TIMELINE))
    store.set_current_entry(review.id, entry.id)


def open_notes(qtbot, windows, review):
    window = windows.open_notes(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def notes_on_server(url, review_id):
    """The notes as the server holds them, read through a link of its own."""
    db = open_database(url)
    try:
        return [n.text for n in ReviewStore(db).notes.notes(review_id)]
    finally:
        db.close()
