"""Notes as a table: when, who, tag, the note itself, and where it is filed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from ...content import texts
from ...domain.notes import TAGS, Note, NoteTag
from ..common import theme
from ..common.rows_model import Index, RowsModel
from .note_places import Places

WHEN, WHO, TAG, NOTE, WHERE = range(5)
COLUMNS = ("when", "who", "tag", "note", "filed_under")
NoteRole = Qt.ItemDataRole.UserRole + 1
Flag = Qt.ItemFlag
WHERE_LENGTH = 30
"""Characters of a moment's words shown in the 'Filed under' column; the tooltip has them all."""


def meeting_time(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


class NotesModel(RowsModel):
    """Edits arrive as note_edited(old, new); the owner stores them and calls set_notes.

    A list that only grew at the end (the usual case: a note just kept) inserts rows rather than
    resetting, and only rows that changed are announced, so views re-measure just those rows."""

    columns = COLUMNS
    header_texts = ("notes", "columns")

    note_edited = Signal(object, object)

    def __init__(self, tag_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.tag_names = tag_names
        self.places: Places | None = None
        self.speakers: list[str] = []
        self._italic = QFont()
        self._italic.setItalic(True)
        self._waiting: list[Note] = []
        self._waiting_ids: set[int] = set()
        self.waiting_words = texts("waiting")
        self.alignment: Qt.AlignmentFlag | None = None
        """Where each cell's words sit, when not the view's default (the shared screen: from the top)."""

    def set_waiting(self, notes) -> None:
        """These very notes (not equal ones) are still waiting to be saved: marked, and not editable yet."""
        self._waiting = list(notes)
        self._waiting_ids = {id(note) for note in self._waiting}

    def is_waiting(self, note: Note) -> bool:
        return id(note) in self._waiting_ids

    def tag_name(self, tag: NoteTag) -> str:
        return self.tag_names.get(tag.value, tag.value)

    def tag_labels(self) -> list[str]:
        return [self.tag_name(t) for t in TAGS]

    def set_notes(self, notes: list[Note], places: Places | None = None, speakers: list[str] | None = None) -> None:
        if places is not None:
            self.places = places
        if speakers is not None:
            self.speakers = speakers
        old_ids, new_ids = [n.id for n in self.rows], [n.id for n in notes]
        if new_ids[: len(old_ids)] != old_ids:
            self.beginResetModel()
            self.rows = list(notes)
            self.endResetModel()
            return
        changed = [row for row, (old, new) in enumerate(zip(self.rows, notes, strict=False)) if old != new]
        self.rows[: len(old_ids)] = notes[: len(old_ids)]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1))
        if len(notes) > len(old_ids):
            self.beginInsertRows(QModelIndex(), len(old_ids), len(notes) - 1)
            self.rows.extend(notes[len(old_ids) :])
            self.endInsertRows()

    def notes(self) -> list[Note]:
        return list(self.rows)

    def note_at(self, row: int) -> Note:
        return self.rows[row]

    def row_of(self, note_id: int | None) -> int | None:
        return next((i for i, n in enumerate(self.rows) if n.id == note_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Flag.NoItemFlags
        waiting = self.is_waiting(self.rows[index.row()])
        editable = Flag.ItemIsEditable if index.column() in (WHO, TAG, NOTE) and not waiting else Flag.NoItemFlags
        return Flag.ItemIsEnabled | Flag.ItemIsSelectable | editable

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, column)
        if role == Qt.ItemDataRole.EditRole:
            return {WHO: note.speaker, TAG: self.tag_name(note.tag), NOTE: note.text}.get(column)
        if role == NoteRole:
            return note
        if role == Qt.ItemDataRole.TextAlignmentRole and self.alignment is not None:
            return self.alignment
        if role == Qt.ItemDataRole.ForegroundRole and column == TAG and note.tag is not NoteTag.DISCUSSION:
            return theme.note_colour()
        if role == Qt.ItemDataRole.FontRole and note.private:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == WHERE and self.places:
            return self.places.describe(note.place, 400)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_waiting(note):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and self.is_waiting(note):
            return self.waiting_words["note_tip"]
        if role == Qt.ItemDataRole.ToolTipRole and column == WHEN:
            wall = f"{note.wall.astimezone(self._zone()):%H:%M:%S}"
            return texts("notes")["window"]["when_tip"].format(wall=wall, time=meeting_time(note.meeting_seconds))
        return None

    def _zone(self) -> dt.tzinfo:
        return self.places.zone if self.places else dt.UTC

    def _display(self, note: Note, column: int) -> str:
        if column == WHEN:
            if self.is_waiting(note):
                return self.waiting_words["note_waiting"]
            wall = f"{note.wall.astimezone(self._zone()):%H:%M}"
            return f"{wall} · {meeting_time(note.meeting_seconds)}" if note.meeting_seconds else wall
        if column == WHO:
            return note.speaker
        if column == TAG:
            return self.tag_name(note.tag) + (" · private" if note.private else "")
        if column == NOTE:
            return note.text
        return self.places.describe(note.place, WHERE_LENGTH) if self.places else ""

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        old = self.rows[index.row()]
        text = str(value)
        if index.column() == NOTE:
            if not text.strip():
                return False
            new = replace(old, text=text.strip())
        elif index.column() == WHO:
            new = replace(old, speaker=text.strip())
        elif index.column() == TAG:
            tag = next((t for t in TAGS if self.tag_name(t) == text), None)
            if tag is None:
                return False
            new = replace(old, tag=tag)
        else:
            return False
        if new == old:
            return False
        self.replace_row(index.row(), new)
        self.note_edited.emit(old, new)
        return True
