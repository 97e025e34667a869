"""Parked items as a table: words, category, who raised them, and the fate the actions phase gave them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ...domain.parking import ParkedItem
from ..common.rows_model import Index, RowsModel

TEXT, CATEGORY, RAISED_BY, FATE = range(4)
COLUMNS = ("parked", "category", "raised_by", "fate")


class ParkedItemsModel(RowsModel):
    columns = COLUMNS
    header_texts = ("parking", "parked_columns")

    def __init__(self, words: dict, parent=None):
        super().__init__(parent)
        self.words = words
        self._muted = QFont()
        self._muted.setItalic(True)

    def set_items(self, items: list[ParkedItem]) -> None:
        self.set_rows(items)

    def items(self) -> list[ParkedItem]:
        return self.rows

    def item_at(self, row: int) -> ParkedItem:
        return self.rows[row]

    def row_of(self, item_id: int | None) -> int | None:
        return next((i for i, item in enumerate(self.rows) if item.id == item_id), None)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            raised = self.words["panel"]["raised_by_tip"].format(name=item.raised_by) if item.raised_by else ""
            return f"{item.text}\n{self.words['categories'][item.category.value]}{raised}"
        if role == Qt.ItemDataRole.FontRole and item.fate is not None:
            return self._muted
        return None

    def _text(self, item: ParkedItem, column: int) -> str:
        if column == TEXT:
            return item.text
        if column == CATEGORY:
            return self.words["categories"][item.category.value]
        if column == RAISED_BY:
            return item.raised_by
        if item.fate is None:
            return ""
        fate = self.words["fates"][item.fate.value]
        return f"{fate}: {item.fate_reason}" if item.fate_reason else fate
