"""The review library as a table model: incident, title, date, state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import Qt

from ...content import texts
from ...domain.review import Review
from ..common.rows_model import Index, RowsModel

COLUMNS = ("incident", "title", "date", "state")
"""The columns, by their keys under [columns] in the library texts."""
ReviewIdRole = Qt.ItemDataRole.UserRole + 1


class ReviewListModel(RowsModel):
    columns = COLUMNS
    header_texts = ("library", "columns")

    def set_reviews(self, reviews: list[Review]) -> None:
        self.set_rows(reviews)

    def review_at(self, row: int) -> Review:
        return self.rows[row]

    def row_of(self, review_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == review_id), None)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        review: Review = self.rows[index.row()]
        if role == ReviewIdRole:
            return review.id
        if role == Qt.ItemDataRole.DisplayRole:
            words = texts("library")
            return (
                words["columns"]["major"].format(ref=review.incident_ref) if review.major else review.incident_ref,
                review.title,
                review.incident_date.isoformat(),
                cast("Mapping[str, str]", words["states"])[review.state.name.lower()],
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{review.incident_ref}: {review.title}"
        return None
