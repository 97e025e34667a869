"""Work on a whole review (exporting it, rendering its preview, storing an import) on a worker thread with its own
connection."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from ...app.changes import Changed
from ...app.errors import StorageError
from ...app.hub import Hub
from ...app.session import ReviewStore, open_store
from ...content import texts
from ...importers import ImportProblem

Work = Callable[[ReviewStore, Hub], object]
"""The work: given its own store and a hub that keeps what it reports until the job is back on the GUI thread."""

_RUNNING: set[ReviewJob] = set()
"""The jobs under way: each is kept until it has told the GUI thread how it ended."""


class ReviewJob(QObject):
    """Runs work(store, hub) once off the GUI thread; on the GUI thread, the windows' hub then hears what the work
    reported, and finished(result) or failed(message) is emitted.

    Made without a parent: it is kept until it ends, so a window closed meanwhile is simply not told (the hub is)."""

    finished = Signal(object)
    failed = Signal(str)
    waiting = Signal()
    """The work says another program holds the database: it is done as soon as that is free."""
    _ended = Signal(object, object, object)
    """(what the work returned, what it reported, the message if it failed), to the GUI thread."""

    def __init__(self, db_path: Path | str, work: Work, hub: Hub, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.work = work
        self.hub = hub
        self._ended.connect(self._end)

    def start(self) -> None:
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        reports: list[Changed] = []
        kept = Hub()  # only the GUI thread tells the windows' hub: nothing reaches Qt from this thread
        kept.subscribe(reports.append)
        try:
            store = open_store(self.db_path)
            try:
                result = self.work(store, kept)
            finally:
                store.db.close()
        except OSError as e:
            self._ended.emit(None, reports, f"{e.strerror or e}" + (f": {e.filename}" if e.filename else ""))
            return
        except (StorageError, ImportProblem) as e:
            self._ended.emit(None, reports, str(e))
            return
        except Exception as e:  # a worker must always report back, or the window waits forever
            traceback.print_exc()
            self._ended.emit(None, reports, texts("app")["crash"]["unexpected"].format(kind=type(e).__name__, error=e))
            return
        self._ended.emit(result, reports, None)

    def _end(self, result: object, reports: list[Changed], message: str | None) -> None:
        """On the GUI thread: the hub hears what the work changed, then the window how it ended."""
        _RUNNING.discard(self)
        for changed in reports:
            self.hub.publish(changed)
        if message is None:
            self.finished.emit(result)
        else:
            self.failed.emit(message)
