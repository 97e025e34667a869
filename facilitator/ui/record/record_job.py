"""Work on a whole review (exporting it, rendering its preview, storing an import) on a worker thread with its own
connection."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from ...importers import ImportProblem
from ...storage.database import open_database
from ...storage.errors import StorageError
from ...storage.reviews import ReviewStore


class ReviewJob(QObject):
    """Runs work(store) once off the GUI thread; emits finished(result) or failed(message) on the GUI thread.

    Made without a parent: the running work keeps it alive, so a window closed meanwhile is simply not told."""

    finished = Signal(object)
    failed = Signal(str)
    waiting = Signal()
    """The work says another program holds the database: it is done as soon as that is free."""

    def __init__(self, db_path: Path, work: Callable[[ReviewStore], object], parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.work = work

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            store = ReviewStore(open_database(self.db_path))
            try:
                result = self.work(store)
            finally:
                store.db.close()
        except OSError as e:
            self.failed.emit(f"{e.strerror or e}" + (f": {e.filename}" if e.filename else ""))
            return
        except (StorageError, ImportProblem) as e:
            self.failed.emit(str(e))
            return
        except Exception as e:  # a worker must always report back, or the window waits forever
            traceback.print_exc()
            self.failed.emit(f"an unexpected problem ({type(e).__name__}: {e})")
            return
        self.finished.emit(result)
