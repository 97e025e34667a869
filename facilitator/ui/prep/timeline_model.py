"""A review's timeline as a table model, with a filter for marked moments and typed words."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import replace
from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont

from ...content import texts
from ...domain.questions import QuestionLibrary
from ...domain.timeline import MomentKind, TimelineEntry, TimePrecision, time_as_written
from ..common.locale_dates import DAY, SHORT_DAY, clock, day
from ..common.rows_model import Index, RowsModel

TIME, ACTOR, TEXT, MOMENT, ON_SCREEN = range(5)
COLUMNS = ("time", "who", "what", "moment", "on_screen")
"""The columns, by their keys under [columns] in the timeline texts."""
EntryRole = Qt.ItemDataRole.UserRole + 1
EDIT_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
DAY_FORMAT = DAY
PROMPT_DAY_FORMAT = SHORT_DAY
"""The prompt list's times: the weekday names the day while the timeline spans less than a week."""
WEEK = dt.timedelta(days=6)
Flag = Qt.ItemFlag


def minutes_seconds(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def time_shown(entry: TimelineEntry, local: dt.datetime, day_format: str) -> str:
    """The day in that format and the clock time: '~17:20' when the source gave it roughly, 'date only' for a day."""
    said = time_as_written(clock(local), entry.precision, texts("meeting")["times"]["date_only"])
    return f"{day(local, day_format)} {said}"


_HALF_DAY = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2}\s+)?(?P<hour>\d{1,2})(?P<rest>:\d{2}(?::\d{2})?)\s*(?P<half>[ap])\.?\s*m\.?",
    re.IGNORECASE,
)
"""A time in twelve-hour form, as spreadsheets write it: '7:05 PM', '2026-10-14 12:10 am'."""


def _in_day_hours(text: str) -> str:
    """A twelve-hour time written in the day's 24 hours ('7:05 PM' -> '19:05'); any other text as it is."""
    match = _HALF_DAY.fullmatch(text)
    if match is None or not 1 <= int(match["hour"]) <= 12:
        return text
    hour = int(match["hour"]) % 12 + (12 if match["half"].lower() == "p" else 0)
    day = f"{match['day'].strip()} " if match["day"] else ""
    return f"{day}{hour:02d}{match['rest']}"


def parse_edited_time(text: str, zone: dt.tzinfo, old: dt.datetime) -> dt.datetime | None:
    """A time typed into the table: full date and time, or a time of day on the same date (either in 24 hours
    or in twelve with AM or PM)."""
    text = _in_day_hours(text.strip())
    for fmt in (EDIT_TIME_FORMAT, "%Y-%m-%d %H:%M"):
        try:
            return dt.datetime.strptime(text, fmt).replace(tzinfo=zone)
        except ValueError:
            pass
    for fmt in ("%H:%M:%S", "%H:%M"):
        try:
            clock = dt.datetime.strptime(text, fmt).time()
        except ValueError:
            continue
        return dt.datetime.combine(old.astimezone(zone).date(), clock, tzinfo=zone)
    return None


def one_line(text: str) -> str:
    """Text as tables show it: one line per row, its line breaks read as spaces (the tooltip, card and detail keep them)."""
    return " ".join(text.split())


class TimelineModel(RowsModel):
    """Edits arrive as entry_edited(old, new); the owner stores them and calls set_entries. An edit that
    cannot be kept (a time that is no time, empty words) is announced as edit_refused(why), the cell unchanged."""

    columns = COLUMNS
    header_texts = ("timeline", "columns")

    entry_edited = Signal(object, object)
    edit_refused = Signal(str)

    def __init__(self, library: QuestionLibrary, parent=None):
        super().__init__(parent)
        self.library = library
        self.zone: dt.tzinfo = dt.UTC
        self.zone_name = "UTC"
        self._rows: dict[object, int] = {}
        """Each entry's row by its id (a Later for an entry added while the database is busy)."""
        self._bold = QFont()
        self._bold.setBold(True)
        self._within_a_week = True

    def set_entries(self, entries: list[TimelineEntry], zone_name: str) -> None:
        zone = zoneinfo.ZoneInfo(zone_name)
        times = [e.at for e in entries]
        within_a_week = not times or max(times) - min(times) < WEEK
        if [e.id for e in entries] == [e.id for e in self.rows] and zone == self.zone:
            changed = [i for i, (a, b) in enumerate(zip(self.rows, entries, strict=True)) if a != b]
            self.rows = list(entries)
            if within_a_week != self._within_a_week:
                self._within_a_week = within_a_week
                self.dataChanged.emit(self.index(0, TIME), self.index(len(entries) - 1, TIME))
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1))
            return
        self._within_a_week = within_a_week
        self.beginResetModel()
        self.zone = zone
        self.zone_name = zone_name
        self.rows = list(entries)
        self._rows = {e.id: i for i, e in enumerate(entries)}
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return self.rows

    def entry_at(self, row: int) -> TimelineEntry:
        return self.rows[row]

    def row_of(self, entry_id: object) -> int | None:
        return self._rows.get(entry_id)

    def local_time(self, entry: TimelineEntry) -> dt.datetime:
        return entry.at.astimezone(self.zone)

    def prompt_time(self, entry: TimelineEntry) -> str:
        """The entry's time as the prompt list shows it: as short as the timeline's span allows."""
        return time_shown(entry, self.local_time(entry), PROMPT_DAY_FORMAT if self._within_a_week else DAY_FORMAT)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        header = super().headerData(section, orientation, role)
        return f"{header}\n({self.zone_name})" if header is not None and section == TIME else header

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Flag.NoItemFlags
        editable = Flag.NoItemFlags if index.column() == ON_SCREEN else Flag.ItemIsEditable
        return Flag.ItemIsEnabled | Flag.ItemIsSelectable | editable

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry: TimelineEntry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ON_SCREEN:
                return minutes_seconds(entry.seconds_on_screen) if entry.discussed else ""
            if column == TIME:
                return time_shown(entry, self.local_time(entry), DAY_FORMAT)
            if column == MOMENT:
                return self.library.label(entry.moment) if entry.marked else ""
            return entry.actor if column == ACTOR else one_line(entry.text)
        if role == Qt.ItemDataRole.EditRole:
            if column == TIME:
                return f"{self.local_time(entry):{EDIT_TIME_FORMAT}}"
            if column == MOMENT:
                return self.library.label(entry.moment) if entry.marked else ""
            return entry.actor if column == ACTOR else entry.text
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.FontRole and entry.marked:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return "\n\n".join(part for part in (entry.text, entry.detail) if part)
        return None

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        old: TimelineEntry = self.rows[index.row()]
        column = index.column()
        text = str(value).strip()
        if column == TIME:
            at = parse_edited_time(text, self.zone, old.at)
            if at is None:
                mark_key = len(text) == 1 and text in "0123456789" and int(text) <= len(MomentKind)
                said = texts("timeline")["edits"]["digit_in_time" if mark_key else "not_a_time"]
                self.edit_refused.emit(said.format(text=text))
                return False
            new = replace(old, at=at, precision=old.precision if at == old.at else TimePrecision.EXACT)
        elif column == ACTOR:
            new = replace(old, actor=text)
        elif column == TEXT:
            if not text:
                self.edit_refused.emit(texts("timeline")["edits"]["needs_words"])
                return False
            new = replace(old, text=text)
        else:
            new = replace(old, moment=self.kind_labelled(text))
        if new == old:
            return False
        self.rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.entry_edited.emit(old, new)
        return True

    def kind_labelled(self, label: str) -> MomentKind | None:
        return next((k for k in MomentKind if self.library.label(k) == label), None)

    def moment_labels(self) -> list[str]:
        return ["", *(self.library.label(k) for k in MomentKind)]


class MomentFilter(QSortFilterProxyModel):
    """Shows the marked moments only (the meeting's default) or everything, narrowed by typed words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._marked_only = True
        self._words: list[str] = []

    @property
    def marked_only(self) -> bool:
        return self._marked_only

    def set_marked_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._marked_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = cast(TimelineModel, self.sourceModel())
        entry = model.entry_at(source_row)
        if self._marked_only and not entry.marked:
            return False
        if not self._words:
            return True
        haystack = f"{model.local_time(entry):%H:%M} {entry.actor} {entry.text}".casefold()
        return all(w in haystack for w in self._words)
