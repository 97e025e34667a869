"""Asking where an export goes (starting in the incident folder), writing it owner-only, and saying where."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ...content import texts
from ...domain.review import Review
from ...export.files import write_private
from ...storage.reviews import ReviewStore


def remembering(store: ReviewStore) -> Callable[[Path], object]:
    """Note the folder an export goes to, so what a crash leaves half-written there is removed at the next start."""
    return lambda folder: store.exports.note_folder(os.path.abspath(folder), store.clock.now())


def incident_folder(review: Review) -> Path:
    return Path(review.folder) if review.folder and Path(review.folder).is_dir() else Path.home()


def save_export(
    window: QMainWindow,
    what: str,
    review: Review,
    file_name: str,
    filters: str,
    text_for: Callable[[str, str], str],
    before_writing: Callable[[Path], object] | None = None,
) -> Path | None:
    """what: the export's words under [saving] in the exporting texts (preread, follow_ups); text_for(chosen path,
    chosen filter) gives the text; returns the file written, or None. before_writing(folder) is told where the
    file goes first (see remembering)."""
    words = texts("exporting")["saving"][what]
    caption = words["where_title"]
    if review.folder and not Path(review.folder).is_dir():
        caption = words["no_folder"].format(folder=review.folder)
    name, chosen = QFileDialog.getSaveFileName(window, caption, str(incident_folder(review) / file_name), filters)
    if not name:
        return None
    if before_writing is not None:
        before_writing(Path(name).parent)
    try:
        written = write_private(Path(name), text_for(name, chosen))
    except OSError as e:
        QMessageBox.warning(window, words["failed_title"], words["failed"].format(path=name, error=e.strerror or e))
        return None
    window.statusBar().showMessage(words["written"].format(path=written), 10000)
    return written
