"""The current prompt, large enough to read from the back of the room."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ..domain.questions import QuestionLibrary
from ..domain.timeline import TimelineEntry, TimePrecision
from .timeline_model import time_shown

QUESTIONS_PER_PAGE = 4
MIN_UNIT = 9.0
"""The smallest base type size, in points, however long the text or small the window."""
SHRINK_STEP = 0.92
"""How much smaller the type gets at each try to fit the card's words in its space."""
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
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
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
        zone = "" if entry.precision is TimePrecision.DATE_ONLY else f" {local.tzname()}"
        self.when.setText(f"{time_shown(entry, local, '%a %d %b,')}{zone}{actor}")
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
        """Type grows with the window and the room's zoom, so 720p and 4K both read from the back of a room;
        long text gets smaller, and the type shrinks further rather than cut off any line of the card."""
        unit = max(MIN_UNIT, min(height / 34, width / 48) * self.zoom)
        length = len(self.what.text())
        headline = 1.7 if length <= 140 else 1.35 if length <= 320 else 1.1
        self._set_type(unit, headline)
        while unit > MIN_UNIT and self._text_height(width) > height:
            unit = max(MIN_UNIT, unit * SHRINK_STEP)
            self._set_type(unit, headline)

    def _set_type(self, unit: float, headline: float) -> None:
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

    def _text_height(self, width: int) -> int:
        """How tall the card's words stand, wrapped at its inner width, with the margins and spacing."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
        shown = [label for label in self._labels() if not label.isHidden() and label.text()]
        words = sum(label.heightForWidth(inner) for label in shown)
        return words + layout.spacing() * max(0, len(shown) - 1) + margins.top() + margins.bottom() + 2 * self.frameWidth()

    def _labels(self) -> tuple[QLabel, ...]:
        return (self.position, self.when, self.what, self.detail, self.kind, self.questions)
