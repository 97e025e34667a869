"""The review window does only the work it must: it builds the tab it shows, and re-reads the timeline only when it changed."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.review import Review

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_mid_meeting(qtbot, windows, review, store):
    store.meeting.add_event(review.id, MeetingEvent(dt.datetime.now(dt.UTC), ClockEvent.START))
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_only_the_shown_tab_is_built_at_first(qtbot, windows, review, timeline, store):
    """Opening mid-meeting builds the meeting, not the set-up, timeline or comments; Ctrl+1 builds and shows the set-up."""
    window = _open_mid_meeting(qtbot, windows, review, store)
    assert window.tabs.currentWidget() is window.meeting_view
    assert not any(window._built(name) for name in ("setup", "timeline", "comments"))
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window._built("setup")
    assert window.tabs.currentWidget() is window.setup
    assert window.setup.form.incident_ref.text() == "INC-100"


def test_a_menu_action_works_before_its_tab_is_built(qtbot, windows, review, timeline, store):
    """Ctrl+Shift+N from the meeting adds a timeline entry, building the timeline tab on the way."""
    window = _open_mid_meeting(qtbot, windows, review, store)
    assert not window._built("timeline")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window._built("timeline")
    assert store.timeline.count(review.id) == len(timeline) + 1


def test_a_draft_saved_by_another_process_does_not_re_read_the_timeline(qtbot, windows, review, timeline, store):
    """The review window hears the change but skips the timeline, whose version did not move."""
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore

    window = windows.open_review(review.id)
    reads = []
    original = store.timeline.entries
    store.timeline.entries = lambda review_id: reads.append(review_id) or original(review_id)
    heard = []
    windows.events.reported.connect(heard.append)
    other = ReviewStore(open_database(store.path))
    try:
        other.notes.save_draft(review.id, "half a thought", dt.datetime.now(dt.UTC))
        qtbot.waitUntil(lambda: bool(heard), timeout=3000)
        assert reads == []
        other.timeline.add(review.id, [timeline[0].__class__(dt.datetime.now(dt.UTC), "Ada", "A new line")])
        qtbot.waitUntil(lambda: bool(reads), timeout=3000)
    finally:
        other.db.close()
    assert window.timeline_model.rowCount() == len(timeline) + 1


def test_store_events_pass_the_hubs_reports_and_other_processes_changes_on_as_signals(qtbot, store):
    from facilitator.app.changes import Change, Changed
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore
    from facilitator.ui.common.store_events import StoreEvents

    events = StoreEvents(store)
    other = ReviewStore(open_database(store.path))
    try:
        with qtbot.waitSignal(events.reported) as blocker:
            events.hub.publish(Changed(Change.NOTES, 1))
        assert blocker.args == [Changed(Change.NOTES, 1)]
        with qtbot.waitSignal(events.reported, timeout=3000) as blocker:
            other.create(Review(incident_ref="INC-1", title="From another connection", incident_date=dt.date(2026, 1, 2)))
        assert blocker.args == [Changed.elsewhere()]
    finally:
        events.stop()
        other.db.close()
