"""Recording or editing one action: a title, an owner (always), and what the follow-up tools need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...content import texts
from ...domain.actions import Action, ActionError, Priority
from ...refusal_words import sentence_for
from ..common.dialog_keys import keyboard_complete
from ..common.due_date_edit import DueDateEdit, DueDateError

PRIORITIES = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)


class ActionDialog(QDialog):
    def __init__(
        self,
        action: Action | None,
        people: list[str],
        title: str = "",
        parent: QWidget | None = None,
        today: dt.date | None = None,
        incident_date: dt.date | None = None,
        key_question: str = "",
    ):
        super().__init__(parent)
        words: Mapping[str, Any] = texts("parking")["action_dialog"]
        self.setWindowTitle(words["title"])
        self.original = action
        self.title = QLineEdit(action.title if action else title)
        self.owner = QComboBox(editable=True)
        self.owner.addItems(people)
        self.owner.setCurrentText(action.owner if action else "")
        owner_line = self.owner.lineEdit()
        if owner_line is not None:
            owner_line.setPlaceholderText(words["owner_hint"])
        self.due = DueDateEdit(action.due if action else None, today, incident_date=incident_date)
        self.priority = QComboBox()
        for priority in PRIORITIES:
            self.priority.addItem(words[priority.name.lower()], priority)
        self.priority.setCurrentIndex(PRIORITIES.index(action.priority if action else Priority.MEDIUM))
        self.isms = QCheckBox(words["isms"])
        self.isms.setChecked(bool(action and action.isms_impact))
        self.tracker = QLineEdit(action.tracker_ref if action else "")
        self.tracker.setPlaceholderText(words["tracker_hint"])
        self.description = QPlainTextEdit(action.description if action else "")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        for key, widget in (("title_field", self.title), ("owner", self.owner), ("due", self.due), ("priority", self.priority),
                            ("tracker", self.tracker), ("description", self.description)):
            label = QLabel(words[key])
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.isms)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if key_question:
            self.context = QLabel(words["for_key_question"].format(question=key_question))
            self.context.setWordWrap(True)
            layout.addWidget(self.context)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        fields = [self.title, self.owner, self.due.field, self.priority, self.tracker, self.description, self.isms]
        self.tab_order = keyboard_complete(self, fields, buttons)
        self.result_action: Action | None = None
        self.resize(640, 420)

    def action(self) -> Action:
        """The action as filled in; raises ActionError for a missing title or owner."""
        fields: dict[str, Any] = dict(
            title=self.title.text().strip(),
            owner=self.owner.currentText().strip(),
            due=self.due.date(),
            priority=Priority(self.priority.currentData()),
            isms_impact=self.isms.isChecked(),
            tracker_ref=self.tracker.text().strip(),
            description=self.description.toPlainText().strip(),
        )
        if self.original is not None:
            return replace(self.original, **fields)
        return Action(**fields)

    def accept(self) -> None:
        """Save (the button, Enter in a one-line field, or Ctrl+Enter anywhere): refused with the reason
        and the field to mend focused, for a missing title or owner or a due date that is not a date."""
        try:
            self.result_action = self.action()
        except DueDateError as e:
            self.problem.setText(str(e))
            self.due.setFocus()
            return
        except ActionError as e:
            self.problem.setText(sentence_for(e))
            (self.owner if e.kind == "no_owner" else self.title).setFocus()
            return
        super().accept()
