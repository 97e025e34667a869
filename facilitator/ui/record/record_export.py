"""File → Export record: the Markdown record written into the incident folder off the GUI thread, then
the folder opened if the user asks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from ...app.hub import Hub
from ...app.session import ReviewStore
from ...content import texts
from .record_job import ReviewJob

if TYPE_CHECKING:
    from ...app.exports import Exported

MESSAGE_MS = 15000


def ask_where(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog, for a review with no incident folder (or one that is gone)."""
    words = texts("exporting")["record"]
    name, _ = QFileDialog.getSaveFileName(parent, words["where_title"], str(suggested), words["file_kind"])
    return Path(name) if name else None


def ask_open_folder(parent: QWidget, written: Exported) -> bool:
    """Say where the record went (and why, if not where expected); True to open its folder."""
    words = texts("exporting")["record"]
    box = QMessageBox(parent)
    box.setWindowTitle(words["written_title"])
    box.setIcon(QMessageBox.Icon.Information)
    text = words["written"].format(path=written.path)
    if written.instead_of is not None:
        text += "\n\n" + words["left_alone"].format(name=written.instead_of.name)
    box.setText(text)
    open_button = box.addButton(words["open_folder"], QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is open_button


class RecordExporter(QObject):
    """One window's record exports, one at a time; ask_where and ask_open_folder can be replaced in tests."""

    done = Signal()
    """An export finished, written or not, and the user has been told."""

    def __init__(self, window: QMainWindow, store: ReviewStore, review_id: int, hub: Hub):
        super().__init__(window)
        self.window = window
        self.store = store
        self.hub = hub
        self.review_id = review_id
        self.ask_where = ask_where
        self.ask_open_folder = ask_open_folder
        self.job: ReviewJob | None = None

    def export(self) -> None:
        from ...app.destinations import Kind
        from ...app.exports import Exports
        from ...app.record_files import FileFormat

        if self.job is not None:
            return
        target = Exports(self.store, self.hub).destination(self.review_id, Kind.RECORD, Path.home())
        path: Path | None = target.path
        if not (target.in_incident_folder and target.usable):
            if target.missing_folder:
                self.window.statusBar().showMessage(texts("exporting")["record"]["no_folder"].format(folder=target.missing_folder))
            path = self.ask_where(self.window, target.to_ask_from())
        if path is None:
            return
        now, review_id, chosen = self.store.clock.now(), self.review_id, path
        def write(store: ReviewStore, hub: Hub) -> Exported:
            return Exports(store, hub).record(review_id, chosen, FileFormat.MARKDOWN, now)

        self.job = ReviewJob(self.store.path, write, self.hub)
        self.job.finished.connect(self._written)
        self.job.failed.connect(self._failed)
        self.window.statusBar().showMessage(texts("exporting")["record"]["writing"])
        self.job.start()

    def _written(self, written: Exported) -> None:
        self.job = None
        words = texts("exporting")["record"]
        if written.instead_of is None:
            said = words["written_to"].format(path=written.path)
        else:
            said = words["written_to_instead"].format(path=written.path, name=written.instead_of.name)
        self.window.statusBar().showMessage(said, MESSAGE_MS)
        if self.ask_open_folder(self.window, written):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path.parent)))
        self.done.emit()

    def _failed(self, message: str) -> None:
        self.job = None
        words = texts("exporting")["record"]
        self.window.statusBar().showMessage(words["not_written"], MESSAGE_MS)
        QMessageBox.warning(self.window, words["failed_title"], words["failed"].format(error=message))
        self.done.emit()
