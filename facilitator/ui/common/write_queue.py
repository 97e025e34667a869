"""The windows' writes, never waiting on the GUI thread: written at once when the database is free, otherwise kept
in a journal on disk and written in order by a worker thread with its own connection as soon as it is free."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...app.session import ReviewStore
from ...app.write_journal import (
    WRITE_ERRORS,
    Orphan,
    ServerLost,
    Waiting,
    held_by_another,
    journal_folder_of,
    journal_of,
    lost_server,
    still_waiting,
    take_orphans,
    worker_store,
    write_batch,
    write_now,
)

WAIT_MS = 250
"""How long the worker's connection waits for the lock before it says so and tries again."""
RETRY_S = 2.0
"""How long the worker rests after an error other than a lock (a read-only file, a full disk) before trying again."""
UNANSWERED_MS = 3000
"""On a team server: a write that has waited this long for the server's answer is said to wait for it, before the
link is given up for lost (which takes the network's own time-outs, some 20 s, or never while a server is stuck)."""
STOP_S = 2.0
"""How long closing waits for the worker to finish what it is doing; past that it is left to end with the process
(whatever it had not committed is still in the journal, and what it commits after is skipped by the journal's mark)."""


class WriteQueue(QObject):
    """One per process. Writes stay in the order they were asked for; what waits survives a crash (replayed, once,
    by the next process to start on the database) and is shown by the windows as waiting."""

    written = Signal(object)
    """[(Waiting, what the write returned)] once a batch that waited is in the database."""
    refused = Signal(object, object)
    """(Waiting, the error) for a write the database refused for what it says; it is given up."""
    waiting_changed = Signal()
    """The writes waiting, or whether the database holds them up, changed."""
    queued = Signal(object)
    """A Waiting: a write that could not go in at once waits its turn (the windows show it meanwhile)."""
    _finished = Signal(object, object, object)

    def __init__(self, store: ReviewStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.blocked = False
        self.offline = False
        """The database server cannot be reached: what is typed waits in the journal until it is back."""
        self.problem = ""
        """Why the database holds writes up: '' for another process's lock, else SQLite's own words."""
        self.unanswered = False
        """On a server: the oldest write waiting has had no answer for UNANSWERED_MS (the link may have just gone)."""
        self._on_server = store.db.dialect != "sqlite"
        self._folder = journal_folder_of(store)
        self._journal = journal_of(self._folder)
        self._orphans: dict[str, Orphan] = {}
        self._cond = threading.Condition()
        self._pending: list[Waiting] = []
        self._forget: set[str] = set()
        self._stopping = False
        self._retry_now = False
        self._thread: threading.Thread | None = None
        self.results: dict = {}
        """What each write that waited returned once written, by (source, seq): an edit made meanwhile may name it."""
        self._finished.connect(self._batch_done, Qt.ConnectionType.QueuedConnection)
        self._answer_watch = QTimer(self, singleShot=True, interval=UNANSWERED_MS)
        self._answer_watch.timeout.connect(self._no_answer)
        self._watched: Waiting | None = None
        self.take_over()

    def take_over(self) -> None:
        """Take over the journals of processes that died or closed with writes still waiting, and write them."""
        if self._folder is None or not self._folder.is_dir() or self._stopping:
            return
        found = {o.name: o for o in take_orphans(self._folder)}
        if not found:
            return
        waiting = still_waiting(self.store, list(found.values()))
        with self._cond:
            self._orphans.update(found)
            self._pending.extend(waiting)
            for name in [name for name in found if not any(w.source == name for w in waiting)]:
                self._orphans.pop(name).finish()
                self._forget.add(name)
            self._cond.notify()
        self._start()
        self.waiting_changed.emit()

    def submit(self, kind: str, data: dict) -> tuple[bool, object]:
        """Write now if nothing waits and the database is free, returning (True, what the write returned); else keep
        it on disk, queue it behind the others and return (False, the Waiting). A write the database refuses raises.

        On a server every write goes through the journal and the worker: a key press never waits for the network."""
        with self._cond:
            nothing_waits = not self._pending and not self._on_server
        if nothing_waits or self._journal is None:
            try:
                return True, write_now(self.store, kind, data, self.results)
            except (sqlite3.OperationalError, ServerLost) as error:
                if self._journal is None:
                    raise
                self._hold_up(error)
        waiting = self._journal.append(kind, data)
        with self._cond:
            self._forget.discard(self._journal.name)  # its mark is needed again while the journal holds writes
            self._pending.append(waiting)
            self._cond.notify()
        self._start()
        self._watch_answer()
        self.queued.emit(waiting)
        self.waiting_changed.emit()
        return False, waiting

    def _watch_answer(self) -> None:
        """On a server, time the oldest write waiting: still there after UNANSWERED_MS, the windows say so."""
        if not self._on_server or self._answer_watch.isActive() or self.unanswered:
            return
        with self._cond:
            self._watched = self._pending[0] if self._pending else None
        if self._watched is not None:
            self._answer_watch.start()

    def _no_answer(self) -> None:
        with self._cond:
            still = self._watched is not None and any(w is self._watched for w in self._pending)
        if self._stopping:
            return
        if still:
            self.unanswered = True
            self.waiting_changed.emit()
        else:  # that one was answered: time the oldest still waiting
            self._watch_answer()

    def tell_refused(self, kind: str, data: dict, error: Exception) -> None:
        """A write the database refused at once (its row deleted by another window, say): said like one that waited."""
        self.refused.emit(Waiting("", 0, kind, data), error)

    def pending(self, *kinds: str) -> list[Waiting]:
        """The writes still waiting (of these kinds, if any are named), in order."""
        with self._cond:
            return [w for w in self._pending if not kinds or w.kind in kinds]

    def _hold_up(self, error: Exception) -> None:
        self.blocked = True
        self.offline = isinstance(error, ServerLost)
        self.problem = "" if held_by_another(error) or self.offline else str(error)

    def say_offline(self, offline: bool) -> None:
        """The server's link went away or came back (the change watch noticed): the windows say so."""
        if offline != self.offline:
            self.offline = offline
            if not offline:
                with self._cond:
                    self._retry_now = True
                    self._cond.notify()  # the worker tries again at once rather than after its rest
            self.waiting_changed.emit()

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="facilitator-writes", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        """The worker thread: write everything waiting, a batch per transaction, until told to stop."""
        store = None
        while True:
            with self._cond:
                while not self._pending and not self._forget and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    break
                batch = list(self._pending)
                forget = frozenset(self._forget - {w.source for w in batch})  # a mark the batch moves is kept
            try:
                if store is None:
                    store = worker_store(self.store.path, WAIT_MS, self.store.clock)
                if self._journal is not None:
                    self._journal.sync()
                written, refused = write_batch(store, batch, forget, self.results)
            except WRITE_ERRORS as error:
                if lost_server(error, store):
                    error = ServerLost(str(error))  # the server went away: wait for it, with a new link
                    if store is not None:
                        store.db.close()
                    store = None
                self._finished.emit(None, error, None)
                if not held_by_another(error):
                    with self._cond:
                        self._cond.wait_for(lambda: self._stopping or self._retry_now, RETRY_S)
                        self._retry_now = False
                continue
            with self._cond:
                del self._pending[: len(batch)]
                self._forget -= forget
            self._finished.emit(batch, written, refused)
        if store is not None:
            store.db.close()

    def _batch_done(self, batch: list[Waiting] | None, written, refused) -> None:
        """On the GUI thread, after each try of the worker: say what was written, tidy the journals."""
        if self._stopping:
            return  # the windows and the store may be gone; the journals were left as they were
        if batch is None:
            before = (self.blocked, self.problem, self.offline)
            self._hold_up(written)
            if (self.blocked, self.problem, self.offline) != before:
                self.waiting_changed.emit()
            return
        self.blocked, self.problem, self.offline, self.unanswered = False, "", False, False
        with self._cond:
            sources = {w.source for w in self._pending}
            for name in [name for name in self._orphans if name not in sources]:
                self._orphans.pop(name).finish()
                self._forget.add(name)
            if self._journal is not None and self._journal.name not in sources and batch:
                self._journal.empty()
                if any(w.source == self._journal.name for w in batch):
                    self._forget.add(self._journal.name)
            self._cond.notify()
        for key, error in refused.items():
            self.refused.emit(next(w for w in batch if (w.source, w.seq) == key), error)
        done = [(w, written.get((w.source, w.seq))) for w in batch]
        if done:
            self.written.emit(done)
        self._watch_answer()
        self.waiting_changed.emit()

    def stop(self) -> None:
        """Stop the worker; what still waits stays in the journal for the next start."""
        self._answer_watch.stop()
        with self._cond:
            self._stopping = True
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(STOP_S)
            self._thread = None
        with self._cond:
            own_waiting = self._journal is not None and any(w.source == self._journal.name for w in self._pending)
        if self._journal is not None:
            self._journal.close(finished=not own_waiting)
        for orphan in self._orphans.values():
            orphan.release()
        self._orphans.clear()
