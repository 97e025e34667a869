"""The current prompt, large enough to read from the back of the room."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ...content import texts
from ...domain.questions import QuestionLibrary
from ...domain.timeline import TimelineEntry, TimePrecision
from ..common.locale_dates import DAY
from ..prep.timeline_model import time_shown

QUESTIONS_PER_PAGE = 4
"""At most this many questions on screen at once; fewer when the room's type needs their space."""
ROOM_PX = 20
"""The least size, in pixels, of any word the room must read (the prompt, its questions, the notes): legible from
the back of a meeting room on a 720p projector."""
QUESTION_SHARE = (32, 40)
"""The questions' pixel size as a share of the space's height and width (the smaller wins), before the zoom."""
HEADLINE_LEAST = 1.1
"""What happened is set at least this much larger than its questions."""
FRAME_SHARE = 0.6
"""The card's margins and spacing against the questions' size: tight on a small screen, roomier on a large one."""
SHRINK_STEP = 0.92
"""How much smaller the type gets at each try to fit the card's words in its space."""


def question_order(library: tuple[str, ...], own: tuple[str, ...]) -> tuple[str, ...]:
    """The moment's own questions first (the facilitator chose them for it), then the library's."""
    return (*own, *(q for q in library if q not in own))


def question_page(questions: tuple[str, ...], page: int, per_page: int = QUESTIONS_PER_PAGE) -> tuple[tuple[str, ...], int, int]:
    """One page of questions, wrapping round, with the 1-based numbers of its first and last."""
    if not questions:
        return (), 0, 0
    pages = -(-len(questions) // per_page)
    start = (page % pages) * per_page
    shown = questions[start : start + per_page]
    return shown, start + 1, start + len(shown)


def points(pixels: float, widget: QWidget) -> float:
    """The point size that renders at this many pixels on the widget's screen."""
    return pixels * 72 / widget.logicalDpiY()


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
        self.per_page = QUESTIONS_PER_PAGE
        self.reached = True
        """Whether the questions got the size the room's zoom asks for (else the card had no room for it)."""
        self.refit: Callable[[], None] | None = None
        """Set by the column the card is in, which then sizes the card's type with the notes under it."""
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
        self._shown: tuple[TimelineEntry | None, dt.tzinfo, str, int] = (None, dt.UTC, "", 0)
        self._fill()  # its type is set when it is first sized, as it is shown: not here, at a size it is never shown at

    def show_entry(self, entry: TimelineEntry | None, zone: dt.tzinfo, position: str = "", page: int = 0) -> None:
        """Show the entry with one page of its questions (as many as fit at the room's type, at most QUESTIONS_PER_PAGE)."""
        self._shown = (entry, zone, position, page)
        self._fill()
        self._fit()

    def _fill(self) -> None:
        entry, zone, position, page = self._shown
        self.position.setText(position)
        if entry is None:
            for label in (self.when, self.detail, self.kind, self.questions):
                label.clear()
            self.what.setText(texts("meeting")["card"]["nothing_marked"])
            return
        local = entry.at.astimezone(zone)
        actor = f" · {entry.actor}" if entry.actor else ""
        zone_name = "" if entry.precision is TimePrecision.DATE_ONLY else f" {local.tzname()}"
        self.when.setText(f"{time_shown(entry, local, DAY + ',')}{zone_name}{actor}")
        self.what.setText(entry.text)
        self.detail.setText(entry.detail)
        self.detail.setVisible(bool(entry.detail))
        questions = self.question_list(entry)
        shown, first, last = question_page(questions, page, self.per_page)
        words = texts("meeting")["card"]
        kind = self.library.label(entry.moment) if entry.marked else words["not_a_moment"]
        span = (words["question_span_one"] if first == last else words["question_span"]).format(first=first, last=last)
        more = f"   ·   {words['more_questions'].format(span=span, count=len(questions))}" if len(questions) > len(shown) else ""
        self.kind.setText(kind + more)
        self.questions.setText("\n".join(f"•  {q}" for q in shown))

    def question_list(self, entry: TimelineEntry) -> tuple[str, ...]:
        return question_order(self.library.questions(entry.moment), entry.questions)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.refit is None:
            self._fit()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._fit()

    def _fit(self) -> None:
        if self.refit is not None:
            self.refit()
        else:
            self.fit_to(self.height(), self.height(), self.width())

    def fit_to(self, room: int, space: int, width: int) -> int:
        """Set the type for a card `width` wide in a column `space` tall, of which it may fill `room`; return the
        height its words then take.

        The questions get the size the space calls for, times the zoom, never under ROOM_PX. When the words do not
        fit, the headline gives way first, then the questions down to the room's least size (zoomed), then the
        page holds fewer questions; only then does the zoom give way (and `reached` says so)."""
        wanted = max(ROOM_PX, min(space / QUESTION_SHARE[0], width / QUESTION_SHARE[1]))
        length = len(self.what.text())
        headline = 1.7 if length <= 140 else 1.35 if length <= 320 else 1.1
        size = wanted * self.zoom
        least = ROOM_PX * self.zoom
        if self.per_page != QUESTIONS_PER_PAGE:
            self.per_page = QUESTIONS_PER_PAGE
            self._fill()
        heights: dict[tuple[int, float, str], int] = {}
        while True:
            self._set_type(size, headline)
            if self._text_height(width, heights) <= room:
                break
            if headline > HEADLINE_LEAST:
                headline = max(HEADLINE_LEAST, headline * SHRINK_STEP)
            elif size > least:
                size = max(least, size * SHRINK_STEP)
            elif self.per_page > 1 and self.questions.text().count("\n") > 0:
                self.per_page -= 1
                self._fill()
            elif size > ROOM_PX:
                size = max(ROOM_PX, size * SHRINK_STEP)
            else:
                break
        self.reached = size >= least - 0.5
        return self._text_height(width, heights)

    def _set_type(self, size: float, headline: float) -> None:
        """`size` is the questions' pixel size; the prompt's other lines follow it, none under ROOM_PX."""
        for label, factor, bold in (
            (self.position, 0.8, False),
            (self.when, 0.9, False),
            (self.what, headline, True),
            (self.detail, 0.9, False),
            (self.kind, 0.9, True),
            (self.questions, 1.0, False),
        ):
            font = QFont(label.font())
            font.setPointSizeF(points(max(ROOM_PX, size * factor), self))
            font.setBold(bold)
            label.setFont(font)
        frame = int(size * FRAME_SHARE)
        layout = self.layout()
        assert layout is not None
        layout.setSpacing(max(4, frame // 2))
        layout.setContentsMargins(frame + 8, frame, frame + 8, frame)

    def _text_height(self, width: int, heights: dict[tuple[int, float, str], int] | None = None) -> int:
        """How tall the card's words stand, wrapped at its inner width, with the margins and spacing.

        `heights` keeps each label's height at a type size and width while one fit tries sizes: a step that shrinks
        the headline only measures the headline again."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
        shown = [label for label in self._labels() if not label.isHidden() and label.text()]
        if heights is None:
            heights = {}
        words = 0
        for label in shown:
            font = label.font()
            key = (id(label), font.pointSizeF(), f"{inner}:{font.bold()}:{label.text()}")
            if key not in heights:
                heights[key] = label.heightForWidth(inner)
            words += heights[key]
        return words + layout.spacing() * max(0, len(shown) - 1) + margins.top() + margins.bottom() + 2 * self.frameWidth()

    def _labels(self) -> tuple[QLabel, ...]:
        return (self.position, self.when, self.what, self.detail, self.kind, self.questions)
