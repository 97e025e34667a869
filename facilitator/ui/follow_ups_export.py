"""File → Export follow-ups: the actions as CSV or JSON for the incident tool, written owner-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..export.files import write_private
from ..export.follow_ups import follow_ups_csv, follow_ups_file_name, follow_ups_json
from ..storage.reviews import ReviewStore

FILTERS = "CSV for spreadsheets and most tools (*.csv);;JSON (*.json)"


def export_follow_ups(parent: QWidget, store: ReviewStore, review_id: int) -> Path | None:
    review = store.get(review_id)
    folder = Path(review.folder) if review.folder and Path(review.folder).is_dir() else Path.home()
    name, chosen = QFileDialog.getSaveFileName(
        parent, "Export the follow-ups", str(folder / follow_ups_file_name(review, "csv")), FILTERS
    )
    if not name:
        return None
    as_json = name.lower().endswith(".json") or (chosen.startswith("JSON") and not name.lower().endswith(".csv"))
    actions = store.parking.actions(review_id)
    text = (follow_ups_json if as_json else follow_ups_csv)(review, actions)
    try:
        written = write_private(Path(name), text)
    except OSError as e:
        QMessageBox.warning(parent, "Follow-ups not written", f"The follow-ups could not be written to {name}:\n{e}")
        return None
    parent.statusBar().showMessage(f"{len(actions)} follow-up(s) written to {written} (readable by you only).", 10000)
    return written
