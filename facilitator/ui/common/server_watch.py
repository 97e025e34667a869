"""The windows' watch on a database server: each notice another process sends (LISTEN/NOTIFY) is read when its
socket wakes Qt's event loop, nothing is asked over the network to find out; when the link goes away, a new one
is tried every few seconds off the GUI thread until the server answers again."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal

from ...app.changes import Changed
from ...app.errors import StorageError
from ...app.server_link import OfflineServerConnection, ServerChangeWatch, is_lost, reconnected, reports

RECONNECT_MS = 2000
"""How often a lost server is tried again."""

class ServerWatch(QObject):
    """Hears other processes' writes on a server, and notices (and mends) a lost link."""

    heard = Signal(object)
    """[Changed] another process's writes, as its notices say."""
    offline_changed = Signal(bool)
    _reopened = Signal(object, object)

    def __init__(self, db: OfflineServerConnection, parent: QObject | None = None, back: Callable[[object], None] | None = None):
        """back: called off the GUI thread with each new link, before the windows use it (the clock agreed again)."""
        super().__init__(parent)
        self.db = db
        self._on_back = back
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
            raw, watch = reconnected(self.db)
        except (StorageError, OSError):
            self._trying = False
            return
        if self._on_back is not None:
            self._on_back(raw)
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
