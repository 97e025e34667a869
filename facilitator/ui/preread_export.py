"""File → Export pre-read: the timeline as Markdown for attendees, written where the user expects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..export.files import write_private
from ..export.preread import preread_file_name, preread_markdown
from ..storage.reviews import ReviewStore


def export_preread(parent: QWidget, store: ReviewStore, review_id: int) -> Path | None:
    """Ask where (starting in the incident folder), write the pre-read, and say where it went."""
    review = store.get(review_id)
    folder = Path(review.folder) if review.folder and Path(review.folder).is_dir() else Path.home()
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export the pre-read", str(folder / preread_file_name(review)), "Markdown (*.md)"
    )
    if not name:
        return None
    text = preread_markdown(review, store.people(review_id), store.timeline.entries(review_id))
    try:
        written = write_private(Path(name), text)
    except OSError as e:
        QMessageBox.warning(parent, "Pre-read not written", f"The pre-read could not be written to {name}:\n{e}")
        return None
    parent.statusBar().showMessage(f"Pre-read written to {written} (readable by you only).", 10000)
    return written
