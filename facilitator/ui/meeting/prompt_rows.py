"""The walk-through's list of prompts: the marked moments (or every entry), and with the hindsight shield nothing
after the one on screen. A proxy that maps rows by a sorted list, so stepping to the next prompt adds or removes
a row in O(log n), where a filter proxy would look at all 20,000 entries again on every key."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...content import texts
from ...domain.timeline import TimelineEntry
from ..prep.timeline_model import COLUMNS, TIME, TimelineModel

Index = QModelIndex | QPersistentModelIndex


class PromptRows(QAbstractProxyModel):
    """Rows of the timeline model: the candidates (marked, or all), up to the shield's last row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marked_only = True
        self._last_row: int | None = None
        self._rows: Sequence[int] = []
        self._place: dict[int, int] = {}
        self._count = 0
        self._entries: list[TimelineEntry] | None = None
        self._source: TimelineModel | None = None

    def setSourceModel(self, model: TimelineModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        self._source = model
        model.modelReset.connect(self._rebuild)
        model.dataChanged.connect(self._source_changed)
        self._rebuild()

    def _model(self) -> TimelineModel:
        assert self._source is not None
        return self._source

    @property
    def marked_only(self) -> bool:
        return self._marked_only

    def set_marked_only(self, on: bool) -> None:
        if on != self._marked_only:
            self._marked_only = on
            self._rebuild()

    def set_last_row(self, row: int | None) -> None:
        """Hide every entry after this source row (None: hide none)."""
        if row == self._last_row:
            return
        self._last_row = row
        count = self._visible()
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def _candidates(self) -> Sequence[int]:
        entries = self._model().entries()
        self._entries = entries
        if self._marked_only:
            return [row for row, entry in enumerate(entries) if entry.marked]
        return range(len(entries))

    def _visible(self) -> int:
        return len(self._rows) if self._last_row is None else bisect_right(self._rows, self._last_row)

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._rows = self._candidates()
        self._place = {} if isinstance(self._rows, range) else {row: k for k, row in enumerate(self._rows)}
        self._count = self._visible()
        self.endResetModel()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        """Entries edited in place: a mark that came or went changes the rows; else the rows shown are redrawn."""
        before = self._rows
        if list(self._candidates()) != list(before):
            self._rebuild()
        elif self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1))

    def _proxy_row(self, source_row: int) -> int | None:
        k = source_row if isinstance(self._rows, range) else self._place.get(source_row)
        return k if k is not None and 0 <= k < self._count else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < self._count and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or proxy.row() >= self._count:
            return QModelIndex()
        return self._model().index(self._rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        row = self._proxy_row(source.row())
        return QModelIndex() if row is None else self.createIndex(row, source.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Straight from the timeline model (the list repaints a few hundred cells a key press: no detours)."""
        row, column = index.row(), index.column()
        if not 0 <= row < self._count:
            return None
        model = self._model()
        if role == Qt.ItemDataRole.DisplayRole and column == TIME:
            return model.prompt_time(model.entry_at(self._rows[row]))
        return model.data(model.index(self._rows[row], column), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= self._count:
            return Qt.ItemFlag.NoItemFlags
        model = self._model()
        return model.flags(model.index(self._rows[index.row()], index.column()))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """'Time' alone: the card on screen names the zone beside each time."""
        if orientation == Qt.Orientation.Horizontal:
            if section == TIME and role == Qt.ItemDataRole.DisplayRole:
                return texts("timeline")["columns"]["time"]
            return self._model().headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def later(self, row: int) -> int:
        """How many candidates come after this source row (what the shield hides from the list)."""
        return len(self._rows) - bisect_right(self._rows, row)

    def moment_number(self, row: int | None) -> tuple[int | None, int]:
        """(the marked moment's number, from 1, of this source row, or None; how many moments are marked)."""
        marked = self._rows if self._marked_only else [r for r, e in enumerate(self._model().entries()) if e.marked]
        if row is None:
            return None, len(marked)
        k = bisect_right(marked, row) - 1
        return (k + 1 if k >= 0 and marked[k] == row else None), len(marked)
