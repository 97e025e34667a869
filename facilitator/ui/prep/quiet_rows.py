"""The timeline table's rows with a 'What was happening here?' row after each quiet stretch.

A proxy over the (filtered) timeline: entry rows pass through, and a quiet stretch (domain/quiet_stretches.py)
shows as a row of its own just after the entry that starts it, when that entry is shown. Quiet rows are
selectable but not editable; the panel marks one by adding a real entry at the stretch's start.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from ...domain.quiet_stretches import QuietStretch, quiet_stretches
from ...export.record_blocks import duration, fill
from ..common.locale_dates import SHORT_DAY, clock, day_and_clock
from .timeline_model import ACTOR, ON_SCREEN, TIME, EntryRole, Index, TimelineModel

QuietRole = Qt.ItemDataRole.UserRole + 2
"""The QuietStretch a quiet row stands for (None on an entry's row)."""
SPANNED = (ACTOR, ON_SCREEN)
"""The first and last columns a quiet row's question spans: Who, What happened, Moment and On screen."""
"""A silence that ends on another day names that day."""


class QuietRows(QAbstractProxyModel):
    """Entry rows as the filter gives them, and one row per quiet stretch after the entry that starts it."""

    def __init__(self, timeline: TimelineModel, words: Mapping, units: Mapping[str, str], parent=None):
        super().__init__(parent)
        self.timeline = timeline
        self.words = words
        self.units = units
        self._stretches: list[QuietStretch] = []
        self._anchors: list[int] = []
        """The source rows a quiet row follows, ascending."""
        self._rows: list[int] = []
        """This model's row of each quiet stretch."""
        self._italic = QFont()
        self._italic.setItalic(True)
        self._saved: list[QPersistentModelIndex | tuple[int, int]] = []
        """Across a change: each persistent index as its source index, or a quiet row as (entry id, column)."""

    def setSourceModel(self, source) -> None:
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._reset)
        for before in (source.rowsAboutToBeInserted, source.rowsAboutToBeRemoved, source.layoutAboutToBeChanged):
            before.connect(self._before_change)
        for after in (source.rowsInserted, source.rowsRemoved, source.layoutChanged):
            after.connect(self._after_change)
        source.dataChanged.connect(self._data_changed)
        self._place()

    # Where the quiet rows go

    def _shown_row(self, stretch: QuietStretch) -> int | None:
        """The source row of the entry the stretch follows, if the filter shows it."""
        row = self.timeline.row_of(stretch.after.id)
        source = cast(QAbstractProxyModel, self.sourceModel())
        shown = source.mapFromSource(self.timeline.index(row, 0)) if row is not None else QModelIndex()
        return shown.row() if shown.isValid() else None

    def _place(self) -> None:
        placed = []
        for stretch in quiet_stretches(self.timeline.entries()):
            row = self._shown_row(stretch)
            if row is not None:
                placed.append((row, stretch))
        placed.sort(key=lambda pair: pair[0])
        self._anchors = [row for row, _ in placed]
        self._stretches = [stretch for _, stretch in placed]
        self._rows = [row + k + 1 for k, row in enumerate(self._anchors)]

    def _reset(self) -> None:
        self._place()
        self.endResetModel()

    def _before_change(self, *_args) -> None:
        self.layoutAboutToBeChanged.emit()
        self._saved = [self._remember(index) for index in self.persistentIndexList()]

    def _after_change(self, *_args) -> None:
        self._place()
        self._restore()
        self.layoutChanged.emit()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        """An edited time or mark can start or end a quiet stretch: the quiet rows move, then the change is passed on."""
        before = sorted((s.after.id, s.start, s.until) for s in self._stretches)
        now = sorted((s.after.id, s.start, s.until) for s in quiet_stretches(self.timeline.entries()) if self._shown_row(s) is not None)
        if before != now:
            self.layoutAboutToBeChanged.emit()
            self._saved = [self._remember(index) for index in self.persistentIndexList()]
            self._place()
            self._restore()
            self.layoutChanged.emit()
        first, last = self.mapFromSource(top), self.mapFromSource(bottom)
        if first.isValid() and last.isValid():
            self.dataChanged.emit(first, last, roles)

    def _remember(self, index: QModelIndex):
        stretch = self.stretch_at(index.row())
        if stretch is not None:
            return (stretch.after.id, index.column())
        return QPersistentModelIndex(self.mapToSource(index))

    def _restore(self) -> None:
        old = self.persistentIndexList()
        new = []
        for _index, saved in zip(old, self._saved, strict=False):
            if isinstance(saved, tuple):
                row = next((r for r, s in zip(self._rows, self._stretches, strict=True) if s.after.id == saved[0]), None)
                new.append(self.index(row, saved[1]) if row is not None else QModelIndex())
            else:
                new.append(self.mapFromSource(saved) if saved.isValid() else QModelIndex())
        self.changePersistentIndexList(old, new)
        self._saved = []

    def stretch_at(self, row: int) -> QuietStretch | None:
        at = bisect.bisect_left(self._rows, row)
        return self._stretches[at] if at < len(self._rows) and self._rows[at] == row else None

    # The proxy's mapping

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self.stretch_at(index.row()) is not None:
            return QModelIndex()
        return self.sourceModel().index(index.row() - bisect.bisect_left(self._rows, index.row()), index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self.index(index.row() + bisect.bisect_left(self._anchors, index.row()), index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.rowCount() + len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return self.sourceModel().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.stretch_at(index.row()) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return super().flags(index)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        stretch = self.stretch_at(index.row()) if index.isValid() else None
        if stretch is None:
            return super().data(index, role)
        if role == QuietRole:
            return stretch
        if role == EntryRole:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(stretch, index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.words["tooltip"]
        return None

    def _shown(self, stretch: QuietStretch, column: int) -> str:
        """The silence's span in the Time column; the question in Who, which the table spans to the Moment column."""
        if column == TIME:
            return self.text(stretch, "span")
        return self.text(stretch, "row") if column == SPANNED[0] else ""

    def text(self, stretch: QuietStretch, template: str) -> str:
        """One of the [quiet] sentences filled in for this stretch, in the review's time zone."""
        start = stretch.start.astimezone(self.timeline.zone)
        until = stretch.until.astimezone(self.timeline.zone)
        same_day = until.date() == start.date()
        return fill(
            self.words[template],
            length=duration(dt.timedelta(minutes=round(stretch.length.total_seconds() / 60)), self.units),
            start=clock(start),
            until=clock(until) if same_day else day_and_clock(until, SHORT_DAY),
        )

    def quiet_rows(self) -> list[int]:
        """The rows that are quiet stretches, for the table to span their question across columns."""
        return list(self._rows)
