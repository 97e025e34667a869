"""The close: the room's pulse as two counts, how to comment afterwards, and thanks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...domain.agenda import Phase
from ..common.scaled_text import ScaledView, set_size
from .phases import PhaseBase

if TYPE_CHECKING:
    from .meeting_view import MeetingView

NOT_COUNTED = -1


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _count(not_counted: str) -> QSpinBox:
    box = QSpinBox(minimum=NOT_COUNTED, maximum=999)
    box.setSpecialValueText(not_counted)
    box.setValue(NOT_COUNTED)
    return box


class CloseView(ScaledView):
    """Emits pulse_changed(learned, would_return) with None for a count not taken."""

    pulse_changed = Signal(object, object)

    def __init__(self, texts: dict, parent: QWidget | None = None):
        super().__init__(parent)
        close = texts["close"]
        self.title = _label(close["title"])
        self.learned_question = _label(close["pulse_learned"])
        self.return_question = _label(close["pulse_would_return"])
        self.learned = _count(close["not_counted"])
        self.would_return = _count(close["not_counted"])
        self.comments = _label(close["comments"])
        self.thanks = _label(close["thanks"])
        pulse = QFormLayout()
        pulse.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        pulse.addRow(self.learned_question, self.learned)
        pulse.addRow(self.return_question, self.would_return)
        self.learned_question.setBuddy(self.learned)
        self.return_question.setBuddy(self.would_return)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addLayout(pulse)
        layout.addWidget(self.comments)
        layout.addWidget(self.thanks)
        layout.addStretch(1)
        for box in (self.learned, self.would_return):
            box.valueChanged.connect(self._changed)

    def show_pulse(self, learned: int | None, would_return: int | None) -> None:
        for box, value in ((self.learned, learned), (self.would_return, would_return)):
            if not box.hasFocus():
                box.blockSignals(True)
                box.setValue(NOT_COUNTED if value is None else value)
                box.blockSignals(False)

    def _changed(self) -> None:
        values = [None if box.value() == NOT_COUNTED else box.value() for box in (self.learned, self.would_return)]
        self.pulse_changed.emit(*values)


    def _fit(self) -> None:
        unit = self.unit()
        set_size(self.title, unit * 1.6, bold=True)
        for widget in (self.learned_question, self.return_question, self.learned, self.would_return):
            set_size(widget, unit * 0.95)
        for box in (self.learned, self.would_return):
            box.setMaximumWidth(int(unit * 14))
        set_size(self.comments, unit * 0.85)
        set_size(self.thanks, unit * 0.95, bold=True)


class ClosePhase(PhaseBase):
    """The close: the room's pulse, counted and stored as it changes."""

    phase = Phase.CLOSE
    texts_key = "close"

    def __init__(self, meeting: MeetingView) -> None:
        super().__init__(meeting)
        self.widget = self.view = CloseView(meeting.texts)
        self.view.pulse_changed.connect(self._pulse_changed)

    def load(self) -> None:
        self.view.show_pulse(*self.meeting.shown.record().pulse)

    def notes_after(self) -> QWidget:
        return self.view.thanks

    def _pulse_changed(self, learned: int | None, would_return: int | None) -> None:
        meeting = self.meeting
        meeting._shown_unless_written(meeting.room.pulse(meeting.review_id, learned, would_return))
