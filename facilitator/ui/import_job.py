"""Reading and storing an imported timeline on a worker thread, so the window never freezes; while another
program holds the database the entries wait, in memory, and the window says so."""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from ..domain.timeline import TimelineEntry
from ..importers import AmbiguousZone, ImportContext, ImportProblem
from ..storage.busy import is_busy
from ..storage.database import open_database
from ..storage.errors import StorageError
from ..storage.reviews import ReviewStore


class TimelineImport(QObject):
    """One import: emits finished(added, already_there) or failed(message), on the GUI thread.

    Made without a parent: the running worker holds it, so closing the window mid-import is safe
    (the entries are still stored; the closed panel simply hears nothing)."""

    finished = Signal(int, int)
    failed = Signal(str)
    waiting = Signal()
    """Another program holds the database: the entries read are stored as soon as it is free."""

    def __init__(self, db_path: Path | str, review_id: int, context: ImportContext, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.review_id = review_id
        self.context = context

    def start_file(self, path: Path, format: str | None = None) -> None:
        QThreadPool.globalInstance().start(lambda: self._run(lambda: _read_file(path, self.context, format)))

    def start_pasted(self, text: str) -> None:
        QThreadPool.globalInstance().start(lambda: self._run(lambda: _read_pasted(text, self.context)))

    def start_entries(self, entries: list[TimelineEntry]) -> None:
        """Store entries already read (and previewed)."""
        QThreadPool.globalInstance().start(lambda: self._run(lambda: entries))

    def _run(self, read) -> None:
        try:
            entries = read()
            if not entries:
                raise ImportProblem("no timeline entries found")
            added = self._store(entries)
        except (ImportProblem, StorageError, OSError) as e:
            self.failed.emit(str(e))
            return
        except Exception as e:  # a worker must always report back, or the window waits forever
            traceback.print_exc()
            self.failed.emit(f"an unexpected problem ({type(e).__name__}: {e})")
            return
        self.finished.emit(added, len(entries) - added)

    def _store(self, entries) -> int:
        """Store the entries, trying again while another process holds the lock (saying so, once) until the
        application closes."""
        store = ReviewStore(open_database(self.db_path))
        said = False
        try:
            store.db.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
            while True:
                try:
                    return store.timeline.add(self.review_id, entries)
                except sqlite3.OperationalError as error:
                    if not is_busy(error) or _closing():
                        raise StorageError(str(error)) from error
                    if not said:
                        self.waiting.emit()
                        said = True
        finally:
            store.db.close()


WAIT_MS = 250
"""How long each try waits for another program's lock."""


def _closing() -> bool:
    app = QCoreApplication.instance()
    return app is None or QCoreApplication.closingDown()


def _read_file(path: Path, context: ImportContext, format: str | None):
    from ..importers.formats import read_timeline

    return read_timeline(path, context, format)


def _read_pasted(text: str, context: ImportContext):
    from ..importers.formats import read_pasted

    return read_pasted(text, context)


Reader = Callable[[ImportContext], object]
"""Reads the file or text with a context: gives importers.formats.Parsed, or raises ImportProblem."""


def file_reader(path: Path, format: str | None = None) -> Reader:
    def read(context: ImportContext):
        from ..importers.formats import parse_file

        return parse_file(path, context, format)

    return read


def pasted_reader(text: str) -> Reader:
    def read(context: ImportContext):
        from ..importers.formats import parse_pasted

        return parse_pasted(text, context)

    return read


class TimelineParse(QObject):
    """One reading for the preview, nothing stored: emits parsed(Parsed), ambiguous(AmbiguousZone) when a zone
    abbreviation needs an answer, or failed(message), on the GUI thread."""

    parsed = Signal(object)
    ambiguous = Signal(object)
    failed = Signal(str)

    def __init__(self, read: Reader, context: ImportContext, parent: QObject | None = None):
        super().__init__(parent)
        self.read = read
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
            self.failed.emit(f"an unexpected problem ({type(e).__name__}: {e})")
        else:
            self.parsed.emit(result)
