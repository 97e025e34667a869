"""The timer strip: phase, time left in the phase and the slot, time on the prompt, and gentle warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from ...content import texts as shipped_texts
from ...domain.agenda import Phase
from ...domain.meeting_clock import ClockReading, clock_text, suggested_per_moment
from ..common import theme


class TimerView(NamedTuple):
    """Everything the strip (and the facilitator's cue) shows at one instant, as text."""

    phase: str
    phase_left: str
    slot_left: str
    on_prompt: str
    message: str
    warn: bool
    state: str


def timer_view(
    reading: ClockReading,
    budgets: Mapping[Phase, int],
    slot_minutes: int,
    on_prompt_seconds: int | None,
    undiscussed: int,
    texts: Mapping,
) -> TimerView:
    """The strip's text for a reading; warnings in the words from resources/text/meeting.toml."""
    labels = texts["phases"]
    timer_texts = texts["timer"]
    phase_name = labels[reading.phase.value]
    message = ""
    over = reading.phase_over(budgets)
    time_check = reading.needs_time_check(slot_minutes)
    if time_check:
        message = timer_texts["time_check"].format(left=clock_text(reading.slot_remaining(slot_minutes)))
    elif over:
        message = timer_texts["phase_over"].format(phase=phase_name)
    else:
        share = suggested_per_moment(reading, budgets, undiscussed)
        if share is not None:
            message = timer_texts["suggested"].format(minutes=clock_text(share), count=undiscussed)
    if not reading.started:
        state = timer_texts["not_started"]
    elif reading.ended_at is not None:
        state = timer_texts["ended"]
    elif reading.on_break_since is not None:
        state = timer_texts["on_break"]
    elif reading.running:
        state = timer_texts["running"]
    else:
        state = timer_texts["paused"]
    return TimerView(
        phase=phase_name,
        phase_left=clock_text(reading.phase_remaining(budgets)),
        slot_left=clock_text(reading.slot_remaining(slot_minutes)),
        on_prompt="" if on_prompt_seconds is None else clock_text(dt.timedelta(seconds=on_prompt_seconds)),
        message=message,
        warn=over or time_check,
        state=state,
    )


def _value(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


class FittedLine(QLabel):
    """A line that never widens the window (a 1280-pixel projector): too long for its room, it ends in '…',
    the whole of it in the tooltip."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._whole = ""

    def setText(self, text: str) -> None:
        self._whole = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        return self._whole

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        super().setText(shown if self.width() > 1 else self._whole)


class AgendaBar(QFrame):
    """Large figures in a row; the phase figure changes colour when the phase runs over."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.phase = _value("phase")
        self.phase_left = _value("phase_left")
        self.slot_left = _value("slot_left")
        self.on_prompt = _value("on_prompt")
        self.message = _value("message")
        self.message.setWordWrap(True)
        self.state = FittedLine("state")
        captions = shipped_texts("meeting")["timer"]["captions"]
        self._captions = [QLabel(captions[name]) for name in ("phase", "phase_left", "slot_left", "on_prompt")]
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 6, 16, 6)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        for column, (caption, value) in enumerate(
            zip(self._captions, (self.phase, self.phase_left, self.slot_left, self.on_prompt), strict=True)
        ):
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
        grid.addWidget(self.state, 0, 4)
        grid.addWidget(self.message, 1, 4)
        grid.setColumnStretch(4, 1)
        self.zoom = 1.0
        self._scale()

    def show_view(self, view: TimerView) -> None:
        self.phase.setText(view.phase)
        self.phase_left.setText(view.phase_left)
        self.slot_left.setText(view.slot_left)
        self.on_prompt.setText(view.on_prompt or "–")
        self.message.setText(view.message)
        self.state.setText(view.state)
        style = f"color: {theme.warning_colour().name()};" if view.warn else ""
        for label in (self.phase_left, self.message):
            label.setStyleSheet(style)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._scale()

    def _scale(self) -> None:
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 12.0
        for label in (self.phase, self.phase_left, self.slot_left, self.on_prompt):
            font = QFont(base)
            font.setPointSizeF(size * 1.9 * self.zoom)
            font.setBold(True)
            label.setFont(font)
        for label in (self.message, self.state, *self._captions):
            font = QFont(base)
            font.setPointSizeF(size * 1.0 * self.zoom)
            label.setFont(font)
        message_font = QFont(base)
        message_font.setPointSizeF(size * 1.2 * self.zoom)
        message_font.setBold(True)
        self.message.setFont(message_font)
