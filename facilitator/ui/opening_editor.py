"""Editing this review's opening words, with a way back to the default text."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..storage.reviews import ReviewStore


def edit_opening_text(parent: QWidget, store: ReviewStore, review_id: int, default_text: str) -> bool:
    """Show the editor; True when the review's opening text was changed."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Opening text for this review")
    editor = QPlainTextEdit(store.meeting.opening_text(review_id) or default_text)
    editor.setMinimumSize(640, 320)
    label = QLabel("What the room reads at the start (the Prime Directive is shown beneath it):")
    label.setBuddy(editor)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    use_default = buttons.addButton("Use the &default text", QDialogButtonBox.ButtonRole.ResetRole)
    use_default.clicked.connect(lambda: editor.setPlainText(default_text))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(editor, 1)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text = editor.toPlainText().strip()
    store.meeting.set_opening_text(review_id, None if text == default_text.strip() else text)
    return True
