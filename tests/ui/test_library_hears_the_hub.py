"""The library's list follows the windows' hub: another window's write of the library is shown at once, and a
report that does not touch the library costs the library no read."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.app.changes import Change, Changed
from facilitator.app.reviews import Reviews, new_review
from facilitator.domain.review import Review
from facilitator.ui.library import library_window


def _show_library(qtbot, windows):
    library = windows.show_library()
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is library)
    return library


def _titles(library):
    return [library.proxy.index(row, 1).data() for row in range(library.proxy.rowCount())]


@pytest.fixture
def reads(monkeypatch, windows):
    """How often the library's list was read from the store."""
    count = []
    all_reviews = windows.store.all
    monkeypatch.setattr(windows.store, "all", lambda: count.append(1) or all_reviews())
    return count


def test_another_windows_delete_leaves_the_list_at_once_through_the_hub(qtbot, windows, review, store):
    """A review deleted by another window of this process (its own Reviews on the same hub) leaves the library's
    list in the same moment, without waiting for the database to be looked at again."""
    other = store.create(Review("INC-7", "Queue backlog", dt.date(2026, 9, 1)))
    library = _show_library(qtbot, windows)
    assert sorted(_titles(library)) == sorted([review.title, "Queue backlog"])
    Reviews(store, windows.events.hub).delete(other.id)
    assert _titles(library) == [review.title]
    Reviews(store, windows.events.hub).create(new_review("INC-8", "Search outage"))
    assert sorted(_titles(library)) == sorted([review.title, "Search outage"])


def test_a_report_that_does_not_touch_the_library_is_not_read_for(qtbot, windows, review, reads):
    """Notes, the meeting, the timeline: the library reads nothing; the library's own kind, or another process's
    unnamed change, and it reads its list once."""
    _show_library(qtbot, windows)
    reads.clear()
    for kinds in (Change.NOTES, Change.MEETING, Change.TIMELINE | Change.MARKS, Change.PEOPLE):
        windows.events.hub.publish(Changed(kinds, review.id))
    assert reads == []
    windows.events.hub.publish(Changed(Change.LIBRARY, review.id))
    assert len(reads) == 1
    windows.events.hub.publish(Changed.elsewhere())
    assert len(reads) == 2


def test_a_delete_in_the_library_is_heard_once_by_every_window_as_the_librarys(qtbot, windows, review, monkeypatch):
    """Delete (confirmed) in the library: the hub tells every window the library changed, once, for that review."""
    library = _show_library(qtbot, windows)
    heard = []
    windows.events.hub.subscribe(heard.append)
    monkeypatch.setattr(library_window, "confirm_delete", lambda parent, r: True)
    qtbot.keyClick(library.table, Qt.Key.Key_Delete)
    assert heard == [Changed(Change.LIBRARY, review.id)]
    assert _titles(library) == []
