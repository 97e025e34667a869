"""The current prompt, large enough to read from the back of the room."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..domain.questions import QuestionLibrary
from ..domain.timeline import TimelineEntry

NOTHING_MARKED = "No moments are marked yet. Mark the moments worth discussing in the Timeline tab (keys 1–5)."


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class PromptCard(QFrame):
    """Shows one entry: when, who, what happened, its kind, and open questions for that kind."""

    def __init__(self, library: QuestionLibrary, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.position = _label("position")
        self.when = _label("when")
        self.what = _label("what")
        self.detail = _label("detail")
        self.kind = _label("kind")
        self.questions = _label("questions")
        self.questions.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        for widget in (self.position, self.when, self.what, self.detail, self.kind, self.questions):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_entry(None, dt.UTC)

    def show_entry(self, entry: TimelineEntry | None, zone: dt.tzinfo, position: str = "") -> None:
        self.position.setText(position)
        if entry is None:
            for label in (self.when, self.detail, self.kind, self.questions):
                label.clear()
            self.what.setText(NOTHING_MARKED)
            return
        local = entry.at.astimezone(zone)
        actor = f" · {entry.actor}" if entry.actor else ""
        self.when.setText(f"{local:%a %d %b, %H:%M} {local.tzname()}{actor}")
        self.what.setText(entry.text)
        self.detail.setText(entry.detail)
        self.detail.setVisible(bool(entry.detail))
        self.kind.setText(self.library.label(entry.moment) if entry.marked else "Not marked as a moment")
        questions = self.library.questions(entry.moment, entry.questions)
        self.questions.setText("\n".join(f"•  {q}" for q in questions))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_type(event.size().height(), event.size().width())

    def _scale_type(self, height: int, width: int) -> None:
        """Type grows with the window, so 720p and 4K both read from the back of a room."""
        unit = max(9.0, min(height / 34, width / 48))
        for label, factor, bold in (
            (self.position, 0.8, False),
            (self.when, 1.0, False),
            (self.what, 1.7, True),
            (self.detail, 1.0, False),
            (self.kind, 1.0, True),
            (self.questions, 1.05, False),
        ):
            font = QFont(label.font())
            font.setPointSizeF(unit * factor)
            font.setBold(bold)
            label.setFont(font)
