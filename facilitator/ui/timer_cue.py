"""A small window that stays on top, for the facilitator's eyes when the timer is off the shared screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import settings
from .agenda_bar import AgendaBar, TimerView

CUE_SIZE = (560, 110)


class TimerCue(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle("Meeting timer")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.bar = AgendaBar()
        self.bar.set_zoom(0.7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.bar)
        settings.restore_geometry(self, "timer_cue", CUE_SIZE)

    def show_view(self, view: TimerView) -> None:
        self.bar.show_view(view)

    def hideEvent(self, event) -> None:
        settings.save_geometry(self, "timer_cue")
        super().hideEvent(event)
