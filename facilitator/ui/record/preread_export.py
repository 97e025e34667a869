"""File → Export pre-read: the timeline as Markdown for attendees, written where the user expects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ...export.preread import preread_file_name, preread_markdown
from ...storage.reviews import ReviewStore
from .save_export import remembering, save_export


def export_preread(window: QMainWindow, store: ReviewStore, review_id: int) -> Path | None:
    review = store.get(review_id)
    return save_export(
        window,
        "preread",
        review,
        preread_file_name(review),
        "Markdown (*.md)",
        lambda _name, _filter: preread_markdown(review, store.people(review_id), store.timeline.entries(review_id)),
        remembering(store),
    )
