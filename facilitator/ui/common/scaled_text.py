"""Type for the shared screen: sized from the widget's height and width, times the room's zoom."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QWidget

from . import theme

MIN_POINTS = 9.0


def unit_for(widget: QWidget, zoom: float) -> float:
    """The base point size: grows with the window so 720p and 4K both read from the back of a room, and
    with the user's own type size where it is larger than ours."""
    return max(MIN_POINTS, min(widget.height() / 34, widget.width() / 48)) * zoom * theme.type_scale()


def set_size(widget: QWidget, points: float, bold: bool = False, italic: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(MIN_POINTS * 0.8, points))
    font.setBold(bold)
    font.setItalic(italic)
    widget.setFont(font)


class ScaledView(QFrame):
    """A shared-screen view whose type follows its size and the room's zoom: subclasses write _fit()."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.zoom = 1.0

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def unit(self) -> float:
        return unit_for(self, self.zoom)

    def _fit(self) -> None:
        raise NotImplementedError
