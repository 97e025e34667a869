"""The hub's reports as Qt signals, whether this process or another wrote: each window listens for the kinds it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...app.changes import Change, Changed
from ...app.hub import Hub
from ...app.session import ChangeWatch, ReviewStore
from ...app.waiting import Waiting
from ...app.writes import changed_by
from .write_queue import WriteQueue

POLL_MS = 250
TAKE_OVER_POLLS = 8
"""Every this many polls (2 s), look for writes another process left waiting when it closed or died."""


class StoreEvents(QObject):
    """Wraps the store so every window hears about every change."""

    reported = Signal(object)
    """A Changed: what one write changed, by kind (another process's: everything, for now). Also said of a write
    that waits its turn, as the windows show it at once; and again once it is in."""
    changed = Signal()
    """Something other than notes changed: for the windows that do not listen to ``reported`` by kind yet."""
    notes_changed = Signal()
    """Only notes changed: for the windows that do not listen to ``reported`` by kind yet."""

    def __init__(self, store: ReviewStore, parent: QObject | None = None, hub: Hub | None = None):
        super().__init__(parent)
        self.store = store
        self.hub = hub or Hub()
        """The application layer's hub: use cases publish to it, and its reports come out as ``reported``."""
        self._held: Change | None = None
        self._stop_hearing = self.hub.subscribe(self._tell)
        self._watch = ChangeWatch(store.db)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._polls = 0
        self.queue = WriteQueue(store, self)
        """The windows' writes that may meet another process's lock go through it (see write_queue.py)."""
        self.queue.written.connect(self._queued_written)
        self.queue.queued.connect(self._queued)

    def _tell(self, changed: Changed) -> None:
        """Every report as ``reported``; then, once per batch, the old signals for the windows that want them."""
        self.reported.emit(changed)
        if self._held is not None:
            self._held |= changed.kinds
        else:
            self._tell_the_rest(changed.kinds)

    def _tell_the_rest(self, kinds: Change) -> None:
        if kinds & ~Change.NOTES:
            self.changed.emit()
        elif kinds:
            self.notes_changed.emit()

    def _poll(self) -> None:
        self._polls += 1
        if self._polls % TAKE_OVER_POLLS == 0:
            self.queue.take_over()
        if self._watch.changed():
            self.hub.publish(Changed.elsewhere())

    def _queued(self, waiting: Waiting) -> None:
        """A write waits its turn: the windows show it meanwhile (the hub hears it once it is in)."""
        self._tell(changed_by(waiting.kind, waiting.data))

    def _queued_written(self, done: list) -> None:
        """Writes that waited are in: the hub hears what each changed (the old signals once for them all)."""
        self._held = Change.NOTHING
        try:
            for waiting, _result in done:
                self.hub.publish(changed_by(waiting.kind, waiting.data))
        finally:
            held, self._held = self._held, None
            self._tell_the_rest(held or Change.NOTHING)

    def wrote(self) -> None:
        """This process changed the store and cannot say what (a write that does not go through app/ yet)."""
        self.hub.publish(Changed(Change.EVERYTHING))

    def wrote_notes(self) -> None:
        """This process kept, changed or deleted notes (a write that does not go through app/ yet)."""
        self.hub.publish(Changed(Change.NOTES))

    def stop(self) -> None:
        """Stop watching and writing (what still waits stays on disk), before the store's connection closes."""
        self._stop_hearing()
        self._timer.stop()
        self.queue.stop()
