"""The parking lot and actions phase on the shared screen: what was parked, ready to be turned into actions."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from .scaled_text import set_size, unit_for


class ActionsView(QFrame):
    def __init__(self, texts: dict, parent: QWidget | None = None):
        super().__init__(parent)
        words = texts["actions"]
        self.empty_text = words["empty"]
        self.title = QLabel(words["title"])
        self.hint = QLabel(words["hint"])
        self.hint.setWordWrap(True)
        self.items = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.items)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.empty_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoom = 1.0

    def show_items(self, lines: list[str]) -> None:
        if self.items.stringList() != lines:
            self.items.setStringList(lines)
        self.empty.setVisible(not lines)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        unit = unit_for(self, self.zoom)
        set_size(self.title, unit * 1.3, bold=True)
        set_size(self.hint, unit * 0.8)
        set_size(self.empty, unit * 0.8, italic=True)
        set_size(self.list, unit * 0.8)
