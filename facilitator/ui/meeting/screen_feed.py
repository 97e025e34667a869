"""One stream of change reports for the meeting's windows of a process (the hub's, another process's among them),
each once, so every window refreshing after it shares one read (app/meeting_screen.py)."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from ...app.changes import Changed
from ...app.meeting_screen import MeetingScreen
from ..common.store_events import StoreEvents

_FEEDS: weakref.WeakKeyDictionary[StoreEvents, ScreenFeed] = weakref.WeakKeyDictionary()


class ScreenFeed(QObject):
    """heard(Changed): what changed, as the store events report it; and the process's read model of the meeting."""

    heard = Signal(object)

    def __init__(self, events: StoreEvents):
        super().__init__(events)
        self.events = events
        self.screen = MeetingScreen.of(events.store, events.hub)
        events.reported.connect(self._reported)

    @classmethod
    def of(cls, events: StoreEvents) -> ScreenFeed:
        """The process's feed, made the first time a window asks."""
        feed = _FEEDS.get(events)
        if feed is None:
            feed = _FEEDS[events] = cls(events)
        return feed

    def _reported(self, changed: Changed) -> None:
        self.heard.emit(changed)
