"""An import's two steps off the GUI thread, so the window never freezes: reading for the preview (TimelineParse),
and storing what was accepted (store_job), which waits while another program holds the database, saying so."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from ...app.hub import Hub
from ...app.session import ReviewStore
from ...app.timeline_import import Imported, Reader, TimelineImport
from ...content import texts
from ...domain.timeline import TimelineEntry
from ...importers import AmbiguousZone, ImportContext, ImportProblem, Skipped
from ..record.record_job import ReviewJob

WAIT_MS = 250
"""How long each try waits for another program's lock."""


def store_job(
    db_path: Path | str, review_id: int, entries: Sequence[TimelineEntry], skipped: Sequence[Skipped], hub: Hub
) -> ReviewJob:
    """A job that stores the entries read (and previewed): finished(app.timeline_import.Imported), failed(message),
    or first waiting() while another process holds the lock (it tries again until the application closes).

    Made without a parent: it is kept until it ends, so closing the window mid-import is safe (the entries are
    still stored; the closed panel simply hears nothing). The hub hears what the import changed, on the GUI thread,
    just before finished."""
    job: ReviewJob

    def work(store: ReviewStore, kept: Hub) -> Imported:
        importing = TimelineImport(store, kept)
        return importing.store_when_free(review_id, entries, skipped, WAIT_MS, job.waiting.emit, _closing)

    job = ReviewJob(db_path, work, hub)
    return job


def _closing() -> bool:
    app = QCoreApplication.instance()
    return app is None or QCoreApplication.closingDown()


class TimelineParse(QObject):
    """One reading for the preview, nothing stored: emits parsed(Parsed), ambiguous(AmbiguousZone) when a zone
    abbreviation needs an answer, or failed(message), on the GUI thread."""

    parsed = Signal(object)
    ambiguous = Signal(object)
    failed = Signal(str)

    def __init__(self, read: Reader, context: ImportContext, parent: QObject | None = None):
        super().__init__(parent)
        self.read: Callable[[ImportContext], object] = read
        self.context = context

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            result = self.read(self.context)
        except AmbiguousZone as question:
            self.ambiguous.emit(question)
        except (ImportProblem, OSError) as e:
            self.failed.emit(str(e))
        except Exception as e:  # a worker must always report back, or the preview waits forever
            traceback.print_exc()
            self.failed.emit(texts("app")["crash"]["unexpected"].format(kind=type(e).__name__, error=e))
        else:
            self.parsed.emit(result)
