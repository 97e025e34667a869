"""Asking where an export goes (starting where destinations' one rule says), writing it, and saying where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ...app.destinations import Destination
from ...content import texts


def save_export(
    window: QMainWindow,
    what: Literal["preread", "follow_ups"],
    target: Destination,
    filters: str,
    write: Callable[[Path, str], Path],
) -> Path | None:
    """what: the export's words under [saving] in the exporting texts (preread, follow_ups); write(chosen path,
    chosen filter) writes it and gives the file written; returns that file, or None."""
    words = texts("exporting")["saving"][what]
    caption = words["where_title"]
    if target.missing_folder:
        caption = words["no_folder"].format(folder=target.missing_folder)
    name, chosen = QFileDialog.getSaveFileName(window, caption, str(target.to_ask_from()), filters)
    if not name:
        return None
    try:
        written = write(Path(name), chosen)
    except OSError as e:
        QMessageBox.warning(window, words["failed_title"], words["failed"].format(path=name, error=e.strerror or e))
        return None
    window.statusBar().showMessage(words["written"].format(path=written), 10000)
    return written
