"""Preparing the timeline: import it, correct it, and mark the moments worth discussing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...app.timeline_edits import TimelineEdits
from ...app.timeline_import import Imported, Reader, TimelineImport, file_reader, pasted_reader
from ...content import texts
from ...domain.quiet_stretches import QuietStretch
from ...domain.timeline import MomentKind, TimelineEntry
from ...importers import ImportContext
from ..common import accessible, commands
from ..common.choice_delegate import ChoiceDelegate
from ..common.store_events import StoreEvents
from ..common.tables import EDIT_ON_TYPING, Resize, set_up_table
from ..record.record_job import ReviewJob
from .entry_details import EntryDetails
from .import_job import store_job
from .import_preview import ImportPreview
from .quiet_rows import SPANNED, QuietRows
from .timeline_edits import AddEntry, DeleteEntry, EditEntry, SetQuestions
from .timeline_keys import MARK_KEYS, UNMARK_KEY
from .timeline_model import ACTOR, MOMENT, ON_SCREEN, TEXT, TIME, MomentFilter, TimelineModel

COLUMN_SAMPLES = {TIME: "Wed 14 Oct 19:25", ACTOR: "Priya Raghu", MOMENT: "Communication", ON_SCREEN: "On screen"}
"""Each narrow column is as wide as this text; a longer name or kind ends in '…', and 'What happened' gets the rest."""


def mark_keys_hint(model: TimelineModel) -> str:
    keys = " · ".join(f"{i + 1} {model.library.label(kind)}" for i, kind in enumerate(MomentKind))
    return texts("timeline")["panel"]["mark_keys"].format(keys=keys)


class TimelineTable(QTableView):
    """The entries, with the number keys marking the selected one (in the Time column they start a time)."""

    mark_requested = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        current = self.currentIndex()
        if current.column() == TIME and current.flags() & Qt.ItemFlag.ItemIsEditable:
            super().keyPressEvent(event)
            return
        if plain and key in MARK_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.mark_requested.emit(MARK_KEYS[key])
            return
        if plain and key == UNMARK_KEY and self.state() != QAbstractItemView.State.EditingState:
            self.mark_requested.emit(None)
            return
        super().keyPressEvent(event)


class TimelinePanel(QWidget):
    """Every entry, editable, with the selected entry's details beside the table."""

    def __init__(self, events: StoreEvents, review_id: int, model: TimelineModel, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.events = events
        self.store = events.store
        self.review_id = review_id
        self.model = model
        self.undo_stack = undo_stack
        self.edits = TimelineEdits(events.store, events.hub, events.queue)
        self._import: ReviewJob | None = None
        self.preview: ImportPreview | None = None
        """The preview of an import under way, until it is imported or cancelled."""

        self.filter = MomentFilter(self)
        self.filter.setSourceModel(model)
        self.filter.set_marked_only(False)
        self.quiet = QuietRows(model, texts("timeline")["quiet"], texts("record")["units"], self)
        self.quiet.setSourceModel(self.filter)
        self.table = TimelineTable()
        self.table.setModel(self.quiet)
        for signal in (self.quiet.modelReset, self.quiet.layoutChanged):
            signal.connect(self._span_quiet_rows)
        set_up_table(
            self.table, stretch=TEXT, columns=Resize.Interactive, edit=EDIT_ON_TYPING, one_row=True, wrap=False, alternate=True
        )
        self.table.setItemDelegateForColumn(MOMENT, ChoiceDelegate(model.moment_labels(), self.table))
        self._span_quiet_rows()
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)  # marked moments show in bold: the columns are measured so
        widths = QFontMetrics(bold)
        padding = 2 * widths.averageCharWidth()
        for column, sample in COLUMN_SAMPLES.items():
            header.resizeSection(column, widths.horizontalAdvance(sample) + padding)
        self.table.mark_requested.connect(self.mark_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        model.entry_edited.connect(lambda old, new: self._push(EditEntry(self.edits, review_id, old, new, self._done)))
        model.edit_refused.connect(self.tell)

        self.details = EntryDetails()
        self.details.edited.connect(lambda old, new, field: self._push(EditEntry(self.edits, review_id, old, new, self._done, field)))
        self.details.questions_changed.connect(
            lambda entry, questions, text: self._push(SetQuestions(self.edits, review_id, entry, questions, self._done, text))
        )

        self.words = QLineEdit(placeholderText=texts("timeline")["panel"]["filter"])
        self.words.setClearButtonEnabled(True)
        self.words.textChanged.connect(self.filter.set_words)
        accessible.name(self.words, "timeline.words")
        accessible.name(self.table, "timeline.table")
        self.marked_only = QCheckBox(texts("timeline")["panel"]["marked_only"])
        self.marked_only.toggled.connect(self.filter.set_marked_only)
        self.hint = QLabel(mark_keys_hint(model))
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_action = commands.import_timeline(self, self.choose_import)
        self.paste_action = commands.paste_entries(self, self.paste)
        self.add_action = commands.add_entry(self, self.add_entry)
        self.delete_action = commands.delete_entry(self.table, self.delete_selected)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.find_action = commands.find(self, self.focus_filter)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        tools = QHBoxLayout()
        for act in (self.import_action, self.paste_action, self.add_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.addWidget(button)
        tools.addWidget(self.words, 1)
        tools.addWidget(self.marked_only)

        split = self.split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint)
        self.message.hide()
        self.setFocusProxy(self.table)

    def selected_entry(self) -> TimelineEntry | None:
        index = self.quiet.mapToSource(self.table.selectionModel().currentIndex())
        if not index.isValid():
            return None
        return self.model.entry_at(self.filter.mapToSource(index).row())

    def _span_quiet_rows(self) -> None:
        """Each 'What was happening here?' question across the Who, What happened and Moment columns, to be read whole."""
        self.table.clearSpans()
        first, last = SPANNED
        for row in self.quiet.quiet_rows():
            self.table.setSpan(row, first, 1, last - first + 1)

    def selected_quiet_stretch(self) -> QuietStretch | None:
        """The quiet stretch whose 'What was happening here?' row is selected, if one is."""
        index = self.table.selectionModel().currentIndex()
        return self.quiet.stretch_at(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: object, column: int = TEXT) -> QModelIndex:
        """Select the entry by its id (a Later while it waits for the database); an invalid index if not shown."""
        row = self.model.row_of(entry_id)
        if row is None:
            return QModelIndex()
        index = self.quiet.mapFromSource(self.filter.mapFromSource(self.model.index(row, column)))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        return index

    def refresh(self) -> None:
        """After the model was reloaded: keep showing the selected entry's details."""
        self._show_details()

    def _show_details(self) -> None:
        self.details.show_entry(self.selected_entry())
        explained = self.quiet.words["tooltip"]
        if self.selected_quiet_stretch() is not None:
            self.tell(explained)
        elif self.message.text() == explained:
            self.tell("")

    def _push(self, command) -> None:
        self.undo_stack.push(command)

    def _done(self, entry_id: int | None) -> None:
        """After an edit (or its undo), which the window has shown already (the hub heard it): the entry selected,
        in the column the cursor was in; an earlier message gone."""
        self.tell("")
        if entry_id is not None:
            current = self.table.currentIndex()
            self.select_entry(entry_id, current.column() if current.isValid() else TEXT)
        focus = QApplication.focusWidget()
        if focus is not None and self.table.isAncestorOf(focus) and not focus.isVisible():
            self.table.setFocus()  # the cell's editor, let go when the entry moved: the keys go on to the table
        self._show_details()

    def tell(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def mark_selected(self, kind: MomentKind | None) -> None:
        stretch = self.selected_quiet_stretch()
        if stretch is not None:
            self._mark_quiet_stretch(stretch, kind)
            return
        entry = self.selected_entry()
        if entry is None or entry.moment == kind:
            return
        self._push(EditEntry(self.edits, self.review_id, entry, replace(entry, moment=kind), self._done))

    def _mark_quiet_stretch(self, stretch: QuietStretch, kind: MomentKind | None) -> None:
        """A real entry at the silence's start, marked, asking what was happening: from here it is a moment like any
        other, in the meeting and the record (Ctrl+Z takes it away and the quiet row comes back)."""
        if kind is None:
            return
        column = self.table.currentIndex().column()
        text = self.quiet.text(stretch, "entry")
        entry = TimelineEntry(at=stretch.start, actor="", text=text, moment=kind)
        command = AddEntry(self.edits, self.review_id, entry, self._done)
        self._push(command)
        self.select_entry(command.added_id, column)

    def add_entry(self) -> None:
        self.details.commit()
        review = self.store.get(self.review_id)
        after = self.selected_entry()
        if after is not None:
            at = after.at + dt.timedelta(minutes=1)
        else:
            last = self.model.entries()[-1:] or None
            at = last[0].at + dt.timedelta(minutes=1) if last else dt.datetime.combine(
                review.incident_date, dt.time(9, 0), tzinfo=self.model.zone
            )
        command = AddEntry(self.edits, self.review_id, TimelineEntry(at=at, actor="", text=texts("timeline")["panel"]["new_entry"]), self._done)
        self._push(command)
        if self.words.text():
            self.words.clear()
        index = self.select_entry(command.added_id, TEXT)
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.details.commit()
        below = self.table.selectionModel().currentIndex().row()
        self._push(DeleteEntry(self.edits, self.review_id, entry, self._done))
        row = min(below, self.quiet.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)
        self.tell(texts("timeline")["panel"]["deleted"].format(text=entry.text))

    def focus_filter(self) -> None:
        self.words.setFocus()
        self.words.selectAll()

    def _context(self) -> ImportContext:
        return TimelineImport(self.store, self.events.hub).context(self.review_id)

    def choose_import(self) -> None:
        words = texts("importing")["file_dialog"]
        name, _ = QFileDialog.getOpenFileName(self, words["title"], "", words["filter"])
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, format: str | None = None) -> None:
        """Read the file on a worker thread and preview what it gives; nothing is stored until it is accepted."""
        self._preview(file_reader(path, format), texts("importing")["preview"]["file"].format(name=path.name))

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.tell(texts("timeline")["panel"]["empty_clipboard"])
            return
        self._preview(pasted_reader(text), texts("importing")["preview"]["pasted"])

    def _preview(self, read: Reader, heading: str) -> None:
        if self.preview is not None:
            self.preview.raise_()
            return
        self.tell("")
        preview = self.preview = ImportPreview(read, heading, self._context(), self)
        preview.accepted.connect(lambda: self._store(preview))
        preview.rejected.connect(lambda: self._cancelled(preview))
        preview.finished.connect(lambda *_: self._preview_closed(preview))
        preview.open()

    def _preview_closed(self, preview: ImportPreview) -> None:
        if self.preview is preview:
            self.preview = None
        preview.deleteLater()

    def _cancelled(self, preview: ImportPreview) -> None:
        words = texts("importing")["panel"]
        self.tell(words["nothing"].format(problem=preview.problem) if preview.problem else words["cancelled"])

    def _store(self, preview: ImportPreview) -> None:
        """Store the previewed entries on a worker thread; the result arrives as a message."""
        parsed = preview.parsed
        if parsed is None:  # accepted only once there is a reading to import
            return
        self.tell(texts("importing")["preview"]["storing"])
        self.import_action.setEnabled(False)
        self.paste_action.setEnabled(False)
        job = store_job(self.store.path, self.review_id, parsed.entries, parsed.skipped, self.events.hub)
        job.finished.connect(self._imported)
        job.failed.connect(self._import_failed)
        job.waiting.connect(self._import_waits)
        self._import = job
        job.start()

    def _imported(self, imported: Imported) -> None:
        self._end_import()
        words = texts("importing")["panel"]
        added, already, summary = imported.added, imported.already_there, imported.skip_report(lead="")
        again = words["again"].format(count=already) if already else ""
        noun = words["entry"] if added == 1 else words["entries"]
        left_out = words["skipped"].format(summary=summary) if summary else ""
        self.tell(words["added"].format(added=added, noun=noun, again=again) + left_out)
        self._ready_to_mark()

    def _ready_to_mark(self) -> None:
        """An entry selected in 'What happened' with the keys in the table, so 1–5 mark it (in Time they start a time)."""
        entry = self.selected_entry() or (self.model.entries()[0] if self.model.entries() else None)
        if entry is not None:
            self.select_entry(entry.id, TEXT)
        self.window().activateWindow()  # back from the preview
        self.table.setFocus()

    def _import_waits(self) -> None:
        self.tell(texts("waiting")["import_waits"])

    def _import_failed(self, message: str) -> None:
        self._end_import()
        self.tell(texts("importing")["panel"]["nothing"].format(problem=message))

    def _end_import(self) -> None:
        self.import_action.setEnabled(True)
        self.paste_action.setEnabled(True)
        if self._import is not None:
            self._import.deleteLater()
            self._import = None
