"""Editing this review's opening words, with a way back to the default text."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...app.meeting_plan import MeetingPlan
from ...content import texts
from ..common.dialog_keys import keyboard_complete
from ..common.waiting_edits import opening_with_waiting
from ..common.write_queue import WriteQueue


class OpeningEditor(QDialog):
    """The words in a multi-line field (Tab leaves it, Ctrl+Enter saves), the default a button away."""

    def __init__(self, text: str, default_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        words = texts("meeting")["opening_editor"]
        self.setWindowTitle(words["title"])
        self.editor = QPlainTextEdit(text)
        self.editor.setMinimumSize(640, 320)
        label = QLabel(words["label"])
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.use_default = buttons.addButton(words["default"], QDialogButtonBox.ButtonRole.ResetRole)
        self.use_default.clicked.connect(lambda: self._use_default(default_text))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.tab_order = keyboard_complete(self, [self.editor], buttons)

    def _use_default(self, default_text: str) -> None:
        """The default in place of the words, as one edit of the field: Ctrl+Z there brings the words back."""
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(default_text)
        self.editor.setFocus()


def edit_opening_text(parent: QWidget, plan: MeetingPlan, queue: WriteQueue, review_id: int, default_text: str) -> bool:
    """Show the editor; True when the review's opening text was changed (written, or waiting its turn for a
    database another program holds)."""
    dialog = OpeningEditor(opening_with_waiting(plan.store, queue, review_id) or default_text, default_text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text = dialog.editor.toPlainText().strip()
    plan.set_opening_text(review_id, None if text == default_text.strip() else text)
    return True
