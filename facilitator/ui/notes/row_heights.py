"""Each row of a word-wrapping table as tall as its contents, measured only when it can be seen.

Measuring a row asks the model and the delegates for every cell of it, so measuring all of a 5,000-note
review took seconds. The table scrolls by row (ScrollPerItem), so the scroll bar counts rows, not pixels:
a row not yet measured changes nothing a person sees until it comes into view, and it is measured before
it is painted. The rows at the end are always measured, since they decide how far the table scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

STALE, MEASURED = 1, 0


class RowHeights(QObject):
    """Which rows of the view are measured at the columns' current widths; fits those about to be seen."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._stale = bytearray()
        model = view.model()
        model.modelReset.connect(self.all_changed)
        model.layoutChanged.connect(self.all_changed)
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(lambda top, bottom, _roles=(): self._changed(top.row(), bottom.row()))
        self.all_changed()

    def all_changed(self) -> None:
        """Every row to be measured again (new rows, or a column's width changed): those in view at once."""
        self._stale = bytearray([STALE]) * self.view.model().rowCount()
        self.fit_in_view()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._stale[first:first] = bytearray([STALE]) * (last - first + 1)
        self.fit_in_view()

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        del self._stale[first : last + 1]
        self.fit_in_view()

    def _changed(self, first: int, last: int) -> None:
        if first < 0:
            return
        self._stale[first : last + 1] = bytearray([STALE]) * (last - first + 1)
        self.fit_in_view()

    def is_measured(self, row: int) -> bool:
        return 0 <= row < len(self._stale) and self._stale[row] == MEASURED

    def fit_in_view(self) -> None:
        """The rows from the top of the view down, and the last screenful (it sets the scroll bar's end)."""
        rows = len(self._stale)
        if not rows:
            return
        self._fit_down(max(0, min(self.view.verticalScrollBar().value(), rows - 1)))
        self._fit_up(rows - 1)

    def fit_around(self, row: int) -> None:
        """A screenful above and below the row: what scrolling to it or paging from it measures by."""
        if 0 <= row < len(self._stale):
            self._fit_up(row)
            self._fit_down(row)

    def _fit_down(self, row: int) -> None:
        height, room = 0, self.view.viewport().height()
        while row < len(self._stale) and height <= room:
            height += self._fit(row)
            row += 1

    def _fit_up(self, row: int) -> None:
        height, room = 0, self.view.viewport().height()
        while row >= 0 and height <= room:
            height += self._fit(row)
            row -= 1

    def _fit(self, row: int) -> int:
        if self._stale[row] == STALE:
            self._stale[row] = MEASURED
            self.view.resizeRowToContents(row)
        return self.view.rowHeight(row)
