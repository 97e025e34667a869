"""The review library as a table model: incident, title, date, state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...content import texts
from ...domain.review import Review

COLUMNS = ("incident", "title", "date", "state")
"""The columns, by their keys under [columns] in the library texts."""
ReviewIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ReviewListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._reviews: list[Review] = []

    def set_reviews(self, reviews: list[Review]) -> None:
        self.beginResetModel()
        self._reviews = list(reviews)
        self.endResetModel()

    def review_at(self, row: int) -> Review:
        return self._reviews[row]

    def row_of(self, review_id: int) -> int | None:
        return next((i for i, r in enumerate(self._reviews) if r.id == review_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._reviews)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return texts("library")["columns"][COLUMNS[section]]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        review = self._reviews[index.row()]
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
