"""The selected entry's longer fields: its detail, the facilitator's private note, its own questions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...content import texts
from ...domain.timeline import TimelineEntry
from ..common import accessible

SAVE_AFTER_MS = 400


class QuestionList(QListView):
    """The moment's own questions; Delete removes the selected one."""

    remove_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self.remove_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class EntryDetails(QWidget):
    """Emits edited(old, new, field) as the user types (debounced) and questions_changed(entry, questions)."""

    edited = Signal(object, object, str)
    questions_changed = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: TimelineEntry | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        words = self.words = texts("timeline")["details"]
        self.detail = QPlainTextEdit(placeholderText=words["detail_hint"])
        self.prep_note = QPlainTextEdit(placeholderText=words["prep_note_hint"])
        self.prep_note.setToolTip(words["prep_note_hint"])
        self.question_model = QStringListModel(self)
        self.questions = QuestionList()
        self.questions.setModel(self.question_model)
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.setWordWrap(True)
        self.questions.remove_requested.connect(self._remove_question)
        self.new_question = QLineEdit(placeholderText=words["question_hint"])
        self.new_question.returnPressed.connect(self._add_question)
        accessible.name(self.new_question, "timeline.new_question")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, widget in (
            (words["detail"], self.detail),
            (words["prep_note"], self.prep_note),
            (words["questions"], self.questions),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.new_question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form, 1)

        self._pending: dict[str, QPlainTextEdit] = {}
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.commit)
        self.detail.textChanged.connect(lambda: self._typed("detail", self.detail))
        self.prep_note.textChanged.connect(lambda: self._typed("prep_note", self.prep_note))
        self.show_entry(None)

    def show_entry(self, entry: TimelineEntry | None) -> None:
        """Show an entry; text being typed into the same entry is left alone."""
        same = entry is not None and self.entry is not None and entry.id == self.entry.id
        if not same:
            self.commit()
        self.entry = entry
        self.setEnabled(entry is not None)
        self.heading.setText(self.words["none_selected"] if entry is None else entry.text)
        for field, editor in (("detail", self.detail), ("prep_note", self.prep_note)):
            if same and (field in self._pending or editor.hasFocus()):
                continue
            wanted = "" if entry is None else getattr(entry, field)
            if editor.toPlainText() != wanted:
                editor.blockSignals(True)
                editor.setPlainText(wanted)
                editor.blockSignals(False)
        questions = [] if entry is None else list(entry.questions)
        if self.question_model.stringList() != questions:
            self.question_model.setStringList(questions)

    def _typed(self, field: str, editor: QPlainTextEdit) -> None:
        self._pending[field] = editor
        self._save_timer.start()

    def commit(self) -> None:
        """Hand over what has been typed and not yet saved."""
        self._save_timer.stop()
        if self.entry is None or not self._pending:
            self._pending.clear()
            return
        pending, self._pending = self._pending, {}
        for field, editor in pending.items():
            text = editor.toPlainText()
            new = replace(self.entry, detail=text) if field == "detail" else replace(self.entry, prep_note=text)
            if new != self.entry:
                old, self.entry = self.entry, new
                self.edited.emit(old, new, field)

    def _add_question(self) -> None:
        text = " ".join(self.new_question.text().split())
        if self.entry is None or not text:
            return
        self.new_question.clear()
        self.questions_changed.emit(self.entry, (*self.entry.questions, text), self.words["add_question"])

    def _remove_question(self, row: int) -> None:
        if self.entry is None or not 0 <= row < len(self.entry.questions):
            return
        kept = self.entry.questions[:row] + self.entry.questions[row + 1 :]
        self.questions_changed.emit(self.entry, kept, self.words["remove_question"])
