"""The current prompt, large enough to read from the back of the room."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..domain.questions import QuestionLibrary
from ..domain.timeline import TimelineEntry

QUESTIONS_PER_PAGE = 4
NOTHING_MARKED = "No moments are marked yet. Mark the moments worth discussing in the Timeline tab (keys 1–5)."


def question_order(library: tuple[str, ...], own: tuple[str, ...]) -> tuple[str, ...]:
    """The moment's own questions first (the facilitator chose them for it), then the library's."""
    return (*own, *(q for q in library if q not in own))


def question_page(questions: tuple[str, ...], page: int) -> tuple[tuple[str, ...], int, int]:
    """One page of questions, wrapping round, with the 1-based numbers of its first and last."""
    if not questions:
        return (), 0, 0
    pages = -(-len(questions) // QUESTIONS_PER_PAGE)
    start = (page % pages) * QUESTIONS_PER_PAGE
    shown = questions[start : start + QUESTIONS_PER_PAGE]
    return shown, start + 1, start + len(shown)


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
        self.zoom = 1.0
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

    def show_entry(self, entry: TimelineEntry | None, zone: dt.tzinfo, position: str = "", page: int = 0) -> None:
        """Show the entry with one page of its questions (QUESTIONS_PER_PAGE at a time, so they fit)."""
        self.position.setText(position)
        if entry is None:
            for label in (self.when, self.detail, self.kind, self.questions):
                label.clear()
            self.what.setText(NOTHING_MARKED)
            self._fit()
            return
        local = entry.at.astimezone(zone)
        actor = f" · {entry.actor}" if entry.actor else ""
        self.when.setText(f"{local:%a %d %b, %H:%M} {local.tzname()}{actor}")
        self.what.setText(entry.text)
        self.detail.setText(entry.detail)
        self.detail.setVisible(bool(entry.detail))
        questions = question_order(self.library.questions(entry.moment), entry.questions)
        shown, first, last = question_page(questions, page)
        kind = self.library.label(entry.moment) if entry.marked else "Not marked as a moment"
        more = f"   ·   questions {first}–{last} of {len(questions)} (Q for more)" if len(questions) > len(shown) else ""
        self.kind.setText(kind + more)
        self.questions.setText("\n".join(f"•  {q}" for q in shown))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._fit()

    def _fit(self) -> None:
        self._scale_type(self.height(), self.width())

    def _scale_type(self, height: int, width: int) -> None:
        """Type grows with the window, so 720p and 4K both read from the back of a room; long text gets smaller."""
        unit = max(9.0, min(height / 34, width / 48)) * self.zoom
        length = len(self.what.text())
        headline = 1.7 if length <= 140 else 1.35 if length <= 320 else 1.1
        for label, factor, bold in (
            (self.position, 0.8, False),
            (self.when, 1.0, False),
            (self.what, headline, True),
            (self.detail, 1.0, False),
            (self.kind, 1.0, True),
            (self.questions, 1.05, False),
        ):
            font = QFont(label.font())
            font.setPointSizeF(unit * factor)
            font.setBold(bold)
            label.setFont(font)
