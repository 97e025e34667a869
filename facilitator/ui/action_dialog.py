"""Recording or editing one action: a title, an owner (always), and what the follow-up tools need."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.actions import Action, ActionError, Priority

PRIORITY_LABELS = {Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low"}


class ActionDialog(QDialog):
    def __init__(self, action: Action | None, people: list[str], title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Action")
        self.original = action
        self.title = QLineEdit(action.title if action else title)
        self.owner = QComboBox(editable=True)
        self.owner.addItems(people)
        self.owner.setCurrentText(action.owner if action else "")
        self.owner.lineEdit().setPlaceholderText("An attendee or a name (required)")
        self.has_due = QCheckBox("&Due by")
        self.due = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        due = action.due if action and action.due else dt.date.today() + dt.timedelta(days=14)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.has_due.setChecked(bool(action and action.due))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.priority = QComboBox()
        for priority, label in PRIORITY_LABELS.items():
            self.priority.addItem(label, priority)
        self.priority.setCurrentIndex(list(PRIORITY_LABELS).index(action.priority if action else Priority.MEDIUM))
        self.isms = QCheckBox("Affects the &information-security management system (also goes in the findings tracker)")
        self.isms.setChecked(bool(action and action.isms_impact))
        self.tracker = QLineEdit(action.tracker_ref if action else "")
        self.tracker.setPlaceholderText("e.g. the follow-up's link in the incident tool, or a card link")
        self.description = QPlainTextEdit(action.description if action else "")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        for text, widget in (("&Title", self.title), ("&Owner", self.owner), ("&Priority", self.priority),
                             ("T&racker reference", self.tracker), ("D&escription", self.description)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.insertRow(2, "", due_row)
        form.addRow(self.isms)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.result_action: Action | None = None
        self.resize(640, 420)

    def action(self) -> Action:
        """The action as filled in; raises ActionError for a missing title or owner."""
        fields = dict(
            title=self.title.text().strip(),
            owner=self.owner.currentText().strip(),
            due=self.due.date().toPython() if self.has_due.isChecked() else None,
            priority=Priority(self.priority.currentData()),
            isms_impact=self.isms.isChecked(),
            tracker_ref=self.tracker.text().strip(),
            description=self.description.toPlainText().strip(),
        )
        if self.original is not None:
            return replace(self.original, **fields)
        return Action(**fields)

    def accept(self) -> None:
        try:
            self.result_action = self.action()
        except ActionError as e:
            self.problem.setText(str(e))
            (self.owner if "owner" in str(e) else self.title).setFocus()
            return
        super().accept()
