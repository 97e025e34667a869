"""The windows' watch on a database server: each notice another process sends (LISTEN/NOTIFY) is read when its
socket wakes Qt's event loop, nothing is asked over the network to find out; when the link goes away, a new one
is tried every few seconds off the GUI thread until the server answers again."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal

from ...app.changes import Change, Changed
from ...storage.changes import Change as Notice
from ...storage.changes import ServerChangeWatch
from ...storage.database import lock_wait_s
from ...storage.errors import StorageError
from ...storage.server import ServerConnection
from ...storage.server_offline import OfflineServerConnection, is_lost, reopened

RECONNECT_MS = 2000
"""How often a lost server is tried again."""

TABLE_KINDS = {
    "reviews": Change.LIBRARY | Change.DETAILS | Change.MEETING,
    "people": Change.PEOPLE,
    "timeline_entries": Change.TIMELINE | Change.MARKS,
    "entry_questions": Change.MARKS,
    "meeting_events": Change.MEETING,
    "key_questions": Change.MEETING,
    "phase_budgets": Change.DETAILS | Change.MEETING,
    "notes": Change.NOTES,
    "note_drafts": Change.NOTES,
    "parked_items": Change.PARKING,
    "actions": Change.ACTIONS,
    "comments": Change.COMMENTS,
    "write_queues": Change.NOTHING,
    "export_folders": Change.NOTHING,
    "record_exports": Change.NOTHING,
    "change_counters": Change.NOTHING,
}
"""What a write to each table changes, for the windows; a table not named here: everything."""


def reports(notices: list[Notice]) -> list[Changed]:
    """The notices another process sent, as the hub's reports: one per review named (or one for every review)."""
    by_review: dict[int | None, Change] = {}
    for notice in notices:
        kinds = Change.NOTHING
        for table in notice.tables or ("?",):
            kinds |= TABLE_KINDS.get(table, Change.EVERYTHING)
        for review_id in notice.reviews or (None,):
            by_review[review_id] = by_review.get(review_id, Change.NOTHING) | kinds
    if None in by_review:  # said for every review: the per-review ones are inside it
        every = by_review.pop(None)
        by_review = {None: every | _joined(by_review.values())}
    return [Changed(kinds, review_id) for review_id, kinds in by_review.items() if kinds]


def _joined(kinds: object) -> Change:
    joined = Change.NOTHING
    for one in kinds:  # type: ignore[attr-defined]
        joined |= one
    return joined


class ServerWatch(QObject):
    """Hears other processes' writes on a server, and notices (and mends) a lost link."""

    heard = Signal(object)
    """[Changed] another process's writes, as its notices say."""
    offline_changed = Signal(bool)
    _reopened = Signal(object, object)

    def __init__(self, db: OfflineServerConnection, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.offline = False
        self._watch: ServerChangeWatch | None = ServerChangeWatch(db)
        self._notifier: QSocketNotifier | None = None
        self._listen()
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self._try_again)
        self._trying = False
        self._stopped = False
        self._reopened.connect(self._back, Qt.ConnectionType.QueuedConnection)

    def _listen(self) -> None:
        assert self._watch is not None
        self._notifier = QSocketNotifier(self._watch.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        if self._watch is None:
            return
        try:
            notices = self._watch.drain()
        except StorageError:
            self.lost()
            return
        if is_lost(self._watch.listener):
            self.lost()
        if notices:
            for notice in notices:
                self.db.forget(notice.tables)
            self.heard.emit(reports(notices))

    def lost(self) -> None:
        """The server's link is gone (the notices' socket closed, or a write could not reach it): say so, try again."""
        if self.offline or self._stopped:
            return
        self.offline = True
        self.db.forget()
        self._drop_watch()
        self._retry.start()
        self.offline_changed.emit(True)

    def _drop_watch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def _try_again(self) -> None:
        if self._trying:
            return
        self._trying = True
        threading.Thread(target=self._reopen, name="facilitator-reconnect", daemon=True).start()

    def _reopen(self) -> None:
        """Off the GUI thread: a new link for the windows and one for the notices, or nothing yet."""
        try:
            raw = reopened(self.db, lock_wait_s())
            try:
                watch = ServerChangeWatch(ServerConnection(raw, self.db.url))
            except BaseException:
                raw.close()
                raise
        except (StorageError, OSError):
            self._trying = False
            return
        self._reopened.emit(raw, watch)

    def _back(self, raw: object, watch: ServerChangeWatch) -> None:
        self._trying = False
        if self._stopped:
            watch.close()
            raw.close()  # type: ignore[attr-defined]
            return
        self._retry.stop()
        self.db.take_link(raw)
        self._watch = watch
        self._listen()
        self.offline = False
        self.offline_changed.emit(False)
        self.heard.emit([Changed.elsewhere()])  # what others wrote meanwhile was not heard: read everything again

    def stop(self) -> None:
        self._stopped = True
        self._retry.stop()
        self._drop_watch()
