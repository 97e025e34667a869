"""File → Export follow-ups: the actions as CSV or JSON for the incident tool, written owner-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ..export.follow_ups import follow_ups_csv, follow_ups_file_name, follow_ups_json
from ..storage.reviews import ReviewStore
from .save_export import remembering, save_export

FILTERS = "CSV for spreadsheets and most tools (*.csv);;JSON (*.json)"


def _as_json(name: str, chosen: str) -> bool:
    return name.lower().endswith(".json") or (chosen.startswith("JSON") and not name.lower().endswith(".csv"))


def export_follow_ups(window: QMainWindow, store: ReviewStore, review_id: int) -> Path | None:
    review = store.get(review_id)
    actions = store.parking.actions(review_id)
    return save_export(
        window,
        "follow-ups",
        review,
        follow_ups_file_name(review, "csv"),
        FILTERS,
        lambda name, chosen: (follow_ups_json if _as_json(name, chosen) else follow_ups_csv)(review, actions),
        remembering(store),
    )
