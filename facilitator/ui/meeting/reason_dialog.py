"""Asking, in a few words, why the room drops a parked item: Save stays off until there are words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..common.dialog_keys import keyboard_complete


class ReasonDialog(QDialog):
    def __init__(self, words: Mapping[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(words["title"])
        self.reason = QLineEdit(placeholderText=words["placeholder"])
        label = QLabel(words["question"])
        label.setWordWrap(True)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(words["drop"])
        self.buttons.accepted.connect(self._drop)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.tab_order = keyboard_complete(self, [self.reason], self.buttons, self._drop)
        self._enable()
        self.resize(520, self.sizeHint().height())

    def text(self) -> str:
        return " ".join(self.reason.text().split())

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.text()))

    def _drop(self) -> None:
        if self.text():
            self.accept()


def ask_reason(parent: QWidget) -> str | None:
    """The reason typed, or None when the facilitator cancels."""
    from ...content import texts

    dialog = ReasonDialog(texts("parking")["drop"], parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
