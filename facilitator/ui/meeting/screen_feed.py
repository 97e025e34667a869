"""One stream of change reports for the meeting's windows of a process: the hub's (what this process wrote) and
another process's change, each once, so every window refreshing after it shares one read (app/meeting_screen.py)."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from ...app.changes import Change, Changed
from ...app.meeting_screen import MeetingScreen
from ..common.store_events import StoreEvents

_FEEDS: weakref.WeakKeyDictionary[StoreEvents, ScreenFeed] = weakref.WeakKeyDictionary()


def _elsewhere(changed: Changed) -> bool:
    return changed.kinds == Change.EVERYTHING and changed.review_id is None


class ScreenFeed(QObject):
    """heard(Changed): what changed; a change the windows were only told of as "something changed" (another
    process, or a write that says no more) comes as one Changed.elsewhere() for all of them."""

    heard = Signal(object)

    def __init__(self, events: StoreEvents):
        super().__init__(events)
        self.events = events
        self.screen = MeetingScreen.of(events.store, events.hub)
        events.changed.connect(lambda: self.heard.emit(Changed.elsewhere()))
        events.notes_changed.connect(lambda: self.heard.emit(Changed(Change.NOTES)))
        events.reported.connect(self._reported)

    @classmethod
    def of(cls, events: StoreEvents) -> ScreenFeed:
        """The process's feed, made the first time a window asks."""
        feed = _FEEDS.get(events)
        if feed is None:
            feed = _FEEDS[events] = cls(events)
        return feed

    def _reported(self, changed: Changed) -> None:
        if not _elsewhere(changed):  # another process's change came as `changed` just before
            self.heard.emit(changed)
