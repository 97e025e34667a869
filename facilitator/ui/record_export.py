"""File → Export record: the Markdown record written into the incident folder off the GUI thread, then
the folder opened if the user asks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from ..storage.reviews import ReviewStore
from .record_job import ReviewJob

if TYPE_CHECKING:
    from ..export.record_file import Written

MESSAGE_MS = 15000


def ask_where(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog, for a review with no incident folder (or one that is gone)."""
    name, _ = QFileDialog.getSaveFileName(parent, "Export the record", str(suggested), "Markdown (*.md)")
    return Path(name) if name else None


def ask_open_folder(parent: QWidget, written: Written) -> bool:
    """Say where the record went (and why, if not where expected); True to open its folder."""
    box = QMessageBox(parent)
    box.setWindowTitle("Record written")
    box.setIcon(QMessageBox.Icon.Information)
    text = f"The record was written to\n{written.path}\n(readable by you only)."
    if written.instead_of is not None:
        text += f"\n\n{written.instead_of.name} was changed by someone since the last export, so it was left as it is."
    box.setText(text)
    open_button = box.addButton("&Open the folder", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is open_button


class RecordExporter(QObject):
    """One window's record exports, one at a time; ask_where and ask_open_folder can be replaced in tests."""

    done = Signal()
    """An export finished, written or not, and the user has been told."""

    def __init__(self, window: QMainWindow, store: ReviewStore, review_id: int):
        super().__init__(window)
        self.window = window
        self.store = store
        self.review_id = review_id
        self.ask_where = ask_where
        self.ask_open_folder = ask_open_folder
        self.job: ReviewJob | None = None

    def export(self) -> None:
        from ..review_files import FileFormat, default_path, export_review, file_name

        if self.job is not None:
            return
        review = self.store.get(self.review_id)
        path = default_path(review, FileFormat.MARKDOWN)
        if path is None or not path.parent.is_dir():
            if review.folder:
                self.window.statusBar().showMessage(f"The incident folder {review.folder} is not there: choose where the record goes.")
            path = self.ask_where(self.window, Path.home() / file_name(review, FileFormat.MARKDOWN))
            if path is None:
                return
        now = dt.datetime.now(dt.UTC)
        review_id = self.review_id
        self.job = ReviewJob(self.store.path, lambda store: export_review(store, review_id, path, FileFormat.MARKDOWN, now))
        self.job.finished.connect(self._written)
        self.job.failed.connect(self._failed)
        self.window.statusBar().showMessage("Writing the record…")
        self.job.start()

    def _written(self, written: Written) -> None:
        self.job = None
        moved = f" ({written.instead_of.name} was changed by someone, so it was left alone)" if written.instead_of else ""
        self.window.statusBar().showMessage(f"Record written to {written.path}{moved}.", MESSAGE_MS)
        if self.ask_open_folder(self.window, written):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path.parent)))
        self.done.emit()

    def _failed(self, message: str) -> None:
        self.job = None
        self.window.statusBar().showMessage("The record was not written.", MESSAGE_MS)
        QMessageBox.warning(self.window, "Record not written", f"The record could not be written: {message}")
        self.done.emit()
