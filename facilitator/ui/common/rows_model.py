"""A read-only table model over a list of rows, with fixed column headings: subclasses say what a cell shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...content import texts

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    columns: Sequence[str] = ()
    header_texts: tuple[str, str] | None = None
    """(text file, table) whose words, under the columns' keys, head the columns; None: the columns are the words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        """Replace the rows; an unchanged list (same values and ids) leaves views and selections alone."""
        if rows == self.rows and [getattr(r, "id", None) for r in rows] == [getattr(r, "id", None) for r in self.rows]:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, new: object) -> None:
        """One row as it now is (an edit made in a cell): every cell of it is told to the views."""
        self.rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            key = self.columns[section]
            return texts(self.header_texts[0])[self.header_texts[1]][key] if self.header_texts else key
        return None


class RowsListModel(RowsModel):
    """The same over one column, for a list view: a row's index is `index(row)`, as a list model gives it."""

    columns = ("",)

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:
        return super().index(row, column, parent)
