"""The shared screen during a break: one large word, since when, and that the clock is stopped."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..common.scaled_text import ScaledView, set_size


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class BreakView(ScaledView):
    def __init__(self, texts: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.texts = texts["break"]
        self.title = _label("breakTitle")
        self.title.setText(self.texts["title"])
        self.since = _label("breakSince")
        self.back = _label("breakBack")
        self.back.setText(self.texts["back"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(1)
        for label in (self.title, self.since, self.back):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit()

    def show_break(self, since: dt.datetime, now: dt.datetime) -> None:
        """Since when, in the room's own clock time, and how long so far."""
        minutes = max(0, int((now - since).total_seconds() // 60))
        self.since.setText(self.texts["since"].format(time=f"{since.astimezone():%H:%M}", minutes=minutes))

    def _fit(self) -> None:
        unit = self.unit()
        set_size(self.title, unit * 4, bold=True)
        set_size(self.since, unit * 1.2)
        set_size(self.back, unit * 1.2)
