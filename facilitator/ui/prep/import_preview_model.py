"""The tables of an import preview: the entries a file gives, and the parts of it left out and why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from ...domain.timeline import TimelineEntry
from ...importers import Skipped
from ...text_types import ImportingColumns
from ..common.locale_dates import DAY
from ..common.rows_model import Index, RowsModel
from .timeline_model import one_line, time_shown

TIME, WHO, WHAT = range(3)
DAY_WITH_YEAR = f"{DAY} yyyy"
"""An entry's time when the file puts it in another year than the review's: the year is shown, not guessed at."""
WHERE, WHY = range(2)


class PreviewEntriesModel(RowsModel):
    """Each entry to be added: its time in the review's zone, who, and what happened (the detail as a tooltip)."""

    def __init__(self, words: ImportingColumns, parent=None):
        super().__init__(parent)
        self.words = words
        self.zone: dt.tzinfo = dt.UTC
        self.zone_name = "UTC"
        self.year: int | None = None
        self._day_form = DAY
        self.columns = (words["time"], words["who"], words["what"])

    def show(self, entries: list[TimelineEntry], zone: dt.tzinfo, zone_name: str, year: int | None = None) -> None:
        """The entries, their times in the zone; with the year when any of them is not in `year` (the review's)."""
        self.beginResetModel()
        self.rows, self.zone, self.zone_name = list(entries), zone, zone_name
        self.year = year
        self._day_form = DAY
        if year is not None and any(entry.at.astimezone(zone).year != year for entry in self.rows):
            self._day_form = DAY_WITH_YEAR
        self.endResetModel()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == TIME:
            return self.words["time"].format(zone=self.zone_name)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry: TimelineEntry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return time_shown(entry, entry.at.astimezone(self.zone), self._day_form)
            return entry.actor if column == WHO else one_line(entry.text)
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return "\n\n".join(part for part in (entry.text, entry.detail) if part)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class SkippedModel(RowsModel):
    """Each part of the input left out: where it is ('line 12') and why ('no time')."""

    def __init__(self, words: ImportingColumns, parent=None):
        super().__init__(parent)
        self.columns = (words["where"], words["why"])

    def show(self, skipped: list[Skipped]) -> None:
        self.beginResetModel()
        self.rows = list(skipped)
        self.endResetModel()

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        part: Skipped = self.rows[index.row()]
        return part.where if index.column() == WHERE else part.reason

    def flags(self, index: Index | QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags
