"""The hub's reports as Qt signals, whether this process or another wrote: each window listens for the kinds it shows.

Another process's writes are noticed by polling SQLite's data_version for a file, and, on a server, by its
LISTEN/NOTIFY notices read when their socket wakes the event loop (server_watch.py), never by polling the network."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ...app.changes import Changed
from ...app.hub import Hub
from ...app.session import ChangeWatch, ReviewStore, agree_again, kept_while_offline
from ...app.waiting import Waiting
from ...app.writes import changed_by
from .write_queue import WriteQueue

if TYPE_CHECKING:
    from .server_watch import ServerWatch

POLL_MS = 250
TAKE_OVER_POLLS = 8
"""Every this many polls (2 s), look for writes another process left waiting when it closed or died."""


class StoreEvents(QObject):
    """Wraps the store so every window hears about every change."""

    reported = Signal(object)
    """A Changed: what one write changed, by kind (another process's: everything, for now). Also said of a write
    that waits its turn, as the windows show it at once; and again once it is in."""

    def __init__(self, store: ReviewStore, parent: QObject | None = None, hub: Hub | None = None):
        super().__init__(parent)
        self.store = store
        self.hub = hub or Hub()
        """The application layer's hub: use cases publish to it, and its reports come out as ``reported``."""
        self._stop_hearing = self.hub.subscribe(self.reported.emit)
        self.server: ServerWatch | None = None
        """On a server: the watch on its notices and its link (None for a file)."""
        self._watch: ChangeWatch | None = None
        if store.db.dialect == "sqlite":
            self._watch = ChangeWatch(store.db)
        else:
            from .server_watch import ServerWatch  # a server's own: a file's windows never load it

            self.server = ServerWatch(kept_while_offline(store), self, back=lambda link: agree_again(store, link))
            self.server.heard.connect(self._heard)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._polls = 0
        self.queue = WriteQueue(store, self)
        """The windows' writes that may meet another process's lock go through it (see write_queue.py)."""
        self.queue.written.connect(self._queued_written)
        self.queue.queued.connect(self._queued)
        if self.server is not None:
            self.server.offline_changed.connect(self.queue.say_offline)
            self.queue.waiting_changed.connect(self._maybe_lost)

    def _heard(self, reports: list[Changed]) -> None:
        """Another process wrote to the server: the hub hears what its notices say it changed."""
        for report in reports:
            self.hub.publish(report)

    def _maybe_lost(self) -> None:
        """A write could not reach the server: the watch says offline and tries to get the link back."""
        if self.server is not None and self.queue.offline and not self.server.offline:
            self.server.lost()

    def _poll(self) -> None:
        self._polls += 1
        if self._polls % TAKE_OVER_POLLS == 0:
            self.queue.take_over()
        if self._watch is not None and self._watch.changed():
            self.hub.publish(Changed.elsewhere())

    def _queued(self, waiting: Waiting) -> None:
        """A write waits its turn: the windows show it meanwhile (the hub hears it once it is in)."""
        self.reported.emit(changed_by(waiting.kind, waiting.data))

    def _queued_written(self, done: list) -> None:
        """Writes that waited are in: the hub hears what each changed."""
        for waiting, _result in done:
            self.hub.publish(changed_by(waiting.kind, waiting.data))

    def stop(self) -> None:
        """Stop watching and writing (what still waits stays on disk), before the store's connection closes."""
        self._stop_hearing()
        self._timer.stop()
        if self.server is not None:
            self.server.stop()
        self.queue.stop()
