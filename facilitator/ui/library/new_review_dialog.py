"""Asks for the two things a new review cannot do without: incident reference and title."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ...content import texts
from ..common.dialog_keys import keyboard_complete


class NewReviewDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        words = texts("library")["new_review"]
        self.setWindowTitle(words["title"])
        self.incident_ref = QLineEdit(placeholderText=words["ref_hint"])
        self.title = QLineEdit(placeholderText=words["title_hint"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(words["create"])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(words["ref"], self.incident_ref)
        form.addRow(words["title_field"], self.title)
        form.addRow(self.buttons)
        for field in (self.incident_ref, self.title):
            field.textChanged.connect(self._enable_create)
        self._enable_create()
        self.tab_order = keyboard_complete(self, [self.incident_ref, self.title], self.buttons, self._create)
        self.resize(560, self.sizeHint().height())

    def _create(self) -> None:
        """Ctrl+Enter creates, as Enter does, once both are filled in."""
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def _enable_create(self) -> None:
        ready = bool(self.incident_ref.text().strip() and self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
