"""The notes already taken, as a table the note-taker edits by keyboard: F2 to edit, Esc back to typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from ...domain.notes import Note, Place
from ..common.choice_delegate import ChoiceDelegate
from ..common.one_line import OneLineDelegate
from ..common.tables import EDIT_ON_F2, set_up_table
from .note_places import Places
from .notes_model import NOTE, TAG, WHEN, WHERE, WHERE_LENGTH, WHO, NotesModel
from .row_heights import RowHeights

SHORT_COLUMNS = (WHEN, WHO, TAG)
COLUMN_SAMPLE_ROWS = 300
"""When all the notes arrive at once, the short columns are measured on this many of the newest."""


def is_typing(event: QKeyEvent) -> bool:
    """A key that writes a character (Shift allowed), not a command: it belongs in the note being typed."""
    commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & commands


class NotesTable(QTableView):
    """Esc gives the keys back to the input; so does typing, whose characters go there (none is lost)."""

    back_to_input = Signal()
    typed = Signal(object)
    speaker_number = Signal(int)
    row_heights: RowHeights

    def __init__(self, tag_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.notes_model = NotesModel(tag_names, self)
        self.setModel(self.notes_model)
        set_up_table(self, stretch=NOTE, edit=EDIT_ON_F2, one_row=True, alternate=True, tab_leaves=True)
        self.speakers = ChoiceDelegate([""], self)
        self.setItemDelegateForColumn(WHO, self.speakers)
        self.setItemDelegateForColumn(TAG, ChoiceDelegate(self.notes_model.tag_labels(), self))
        self.one_line = OneLineDelegate(self)
        for column in (WHEN, WHERE):
            self.setItemDelegateForColumn(column, self.one_line)
        header = self.horizontalHeader()
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHERE, self.fontMetrics().averageCharWidth() * (WHERE_LENGTH + 2))
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(lambda: self.row_heights.all_changed())
        header.sectionResized.connect(lambda column, _old, _new: column == NOTE and self._refit.start())
        self._following = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(lambda value: setattr(self, "_following", value == bar.maximum()))
        bar.rangeChanged.connect(self._follow)
        self.hideColumn(WHERE)
        model = self.notes_model
        model.modelReset.connect(self._fit_columns)
        model.rowsInserted.connect(lambda _parent, first, last: self._widen_columns(first, last))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self._widen_columns(top.row(), bottom.row()))
        self._fit_columns()
        self.row_heights = RowHeights(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        """No row is painted before it is measured."""
        self.row_heights.fit_in_view()
        super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.row_heights.fit_in_view()

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.isValid():
            self.row_heights.fit_around(index.row())
        super().scrollTo(index, hint)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Pages measured by the rows they page over."""
        self.row_heights.fit_around(self.currentIndex().row())
        return super().moveCursor(action, modifiers)

    def _fit_columns(self) -> None:
        """When, Who and Tag as wide as their headings and the newest notes (a few hundred, not thousands)."""
        header = self.horizontalHeader()
        for column in SHORT_COLUMNS:
            header.resizeSection(column, header.sectionSizeHint(column))
        rows = self.notes_model.rowCount()
        if rows:
            self._widen_columns(max(0, rows - COLUMN_SAMPLE_ROWS), rows - 1)

    def _widen_columns(self, first: int, last: int) -> None:
        """When, Who and Tag widened, never narrowed, to show these rows on one line: a note kept measures one row."""
        header, model = self.horizontalHeader(), self.notes_model
        for column in SHORT_COLUMNS:
            alike: dict[tuple[str, bool], QModelIndex] = {}  # one cell measured for each text in each font (a private note is in italics)
            for row in range(first, last + 1):
                index = model.index(row, column)
                alike.setdefault((index.data(), model.note_at(row).private), index)
            widest = max((self.sizeHintForIndex(index).width() for index in alike.values()), default=0)
            widest += 1 if self.showGrid() else 0  # the grid line takes a pixel of the cell, as in sizeHintForColumn
            if widest > header.sectionSize(column):
                header.resizeSection(column, widest)

    def _follow(self, _minimum: int, maximum: int) -> None:
        """Like a chat: at the newest note, stay there as rows arrive or grow, unless the note-taker is looking back."""
        if self._following and not self.hasFocus():
            self.verticalScrollBar().setValue(maximum)

    def show_notes(self, notes: list[Note], places: Places, speakers: list[str], every: bool, waiting=()) -> None:
        """Show the notes, keeping the selected one selected and the newest in view; those in waiting are marked
        as not in the database yet."""
        selected = self.selected_note()
        self.speakers.choices = ["", *speakers]
        self.notes_model.set_waiting(waiting)
        self.notes_model.set_notes(notes, places, speakers)
        self.setColumnHidden(WHERE, not every)
        if selected is not None and self.notes_model.row_of(selected.id) is not None:
            self.select_note(selected.id)
        elif not self.hasFocus():
            self.scrollToBottom()

    def selected_note(self) -> Note | None:
        rows = self.selectionModel().selectedRows()
        return self.notes_model.note_at(rows[0].row()) if rows else None

    def select_note(self, note_id: int | None) -> None:
        row = self.notes_model.row_of(note_id)
        if row is None:
            return
        index = self.notes_model.index(row, NOTE)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def focus_last(self) -> bool:
        """Ctrl+Up from the input: the newest note, selected, ready to edit; False (the keys left where they are) when
        there is none."""
        if not self.notes_model.rowCount():
            return False
        if self.selected_note() is None:
            self.select_note(self.notes_model.note_at(self.notes_model.rowCount() - 1).id)
        self.setFocus()
        return True

    def popup_places(self, choices: list[tuple[str, Place]], current: Place, chosen: Callable[[Place], None]) -> QMenu:
        """A keyboard menu of the places to move a note to, opened at the selected row."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for label, place in choices:
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(place == current)
            act.triggered.connect(lambda _checked=False, p=place: chosen(p))
        rows = self.selectionModel().selectedRows()
        at = self.visualRect(rows[0]).bottomLeft() if rows else self.rect().topLeft()
        menu.popup(self.viewport().mapToGlobal(at))
        current_action = next((a for a in menu.actions() if a.isChecked()), None)
        if current_action is not None:
            menu.setActiveAction(current_action)
        return menu

    def next_after(self, note: Note) -> int | None:
        """The note to select once this one is deleted: the one after it, else the one before."""
        row = self.notes_model.row_of(note.id)
        if row is None:
            return None
        for other in (row + 1, row - 1):
            if 0 <= other < self.notes_model.rowCount():
                return self.notes_model.note_at(other).id
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Escape and not editing:
            self.back_to_input.emit()
            return
        if not editing and event.text().isdigit() and len(event.text()) == 1 and not _modified(event):
            self.speaker_number.emit(int(event.text()))
            return
        if not editing and is_typing(event):
            self.typed.emit(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
            return
        super().keyPressEvent(event)


def _modified(event: QKeyEvent) -> bool:
    """Ctrl, Alt or Meta held (Shift and the keypad do not count)."""
    held = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    return held != Qt.KeyboardModifier.NoModifier
