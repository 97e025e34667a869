"""The facilitator's own small window, on top: the timer, and for the moment on screen the private
preparation note and the comments sent outside the meeting. Never part of the shared screen: presenter mode
(presenter.py) opens it on the facilitator's own screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...content import texts
from ..common import settings
from .agenda_bar import AgendaBar, TimerView
from .presenter import PLACED

CUE_SIZE = (560, 260)


class TimerCue(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(texts("meeting")["presenter"]["warn_title"])
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.bar = AgendaBar()
        self.bar.set_zoom(0.7)
        self.private = QLabel()
        self.private.setWordWrap(True)
        self.private.setTextFormat(Qt.TextFormat.PlainText)
        self.private.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.bar)
        layout.addWidget(self.private, 1)
        self.private_wanted = False
        self.setProperty(PLACED, settings.has_geometry("timer_cue"))
        settings.restore_geometry(self, "timer_cue", CUE_SIZE)

    def show_view(self, view: TimerView) -> None:
        self.bar.show_view(view)

    def show_private(self, prep_note: str, comments: list[str]) -> None:
        """The moment's private material, only when the facilitator asked for the cue (not just a hidden timer)."""
        parts = []
        words = texts("meeting")["cue"]
        if not self.private_wanted:
            prep_note, comments = "", []
        if prep_note:
            parts.append(words["note"].format(note=prep_note))
        parts.extend(words["comment"].format(text=text) for text in comments)
        self.private.setText("\n\n".join(parts))
        self.private.setVisible(bool(parts))

    def hideEvent(self, event) -> None:
        settings.save_geometry(self, "timer_cue")
        super().hideEvent(event)
