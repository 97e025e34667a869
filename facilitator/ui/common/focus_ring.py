"""A ring in the highlight colour around whatever has the keyboard's focus, clear in both palettes and on a projector.

Qt's own styles mark a focused field with a 1-pixel frame and a focused panel not at all; the ring is drawn
over the control's edge by a small see-through widget beside it, so no control's own look or size changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

WIDTH = 3
"""The ring's width in pixels: OUTSIDE of them beyond the control's edge, the rest over its own frame."""
OUTSIDE = 1
RADIUS = 3


def shown_on(widget: QWidget) -> QWidget:
    """Where a control's focus is shown: itself, or the part it names (a meeting view rings its list, not the
    whole shared screen)."""
    target = getattr(widget, "focus_ring_target", None)
    return target if isinstance(target, QWidget) else widget


class FocusRing(QWidget):
    """Follows one control at a time: placed over its edge, moved and hidden with it."""

    def __init__(self):
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_NoChildEventsForParent)
        """(A splitter, told of a new child, would make the ring a pane of its own.)"""
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focusRing")
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        parent = None if widget is None else widget.parentWidget()
        if widget is None or parent is None or not _in_a_window(widget):
            self.hide()
            return
        self.target = widget
        widget.installEventFilter(self)
        if self.parentWidget() is not parent:
            self.setParent(parent)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ZOrderChange):
            self._place()
        elif watched is self.target and event.type() == QEvent.Type.ParentChange:
            self.follow(self.target)
        return False

    def _place(self) -> None:
        widget = self.target
        if widget is None or not isValid(widget) or not widget.isVisible():
            self.hide()
            return
        outer = widget.geometry().adjusted(-OUTSIDE, -OUTSIDE, OUTSIDE, OUTSIDE)
        self.setGeometry(outer)
        inner = QRect(0, 0, outer.width(), outer.height()).adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(0, 0, outer.width(), outer.height()) - QRegion(inner))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), RADIUS, RADIUS)


def _in_a_window(widget: QWidget) -> bool:
    """Rings go in the app's windows and dialogs, not in pop-ups (a completer's list, a menu)."""
    kind = widget.window().windowType()
    return kind in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Widget)


class FocusRings(QObject):
    """One ring for the application, moved to each control as it takes the focus."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring = FocusRing()
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self.ring):
            self.ring = FocusRing()
        self.ring.follow(None if new is None else shown_on(new))


_installed: FocusRings | None = None


def install(app: QApplication) -> FocusRings:
    """Rings for every window of the application (once): remembered here, as the first findChild call with a Python
    class costs PySide a few milliseconds of start-up."""
    global _installed
    if _installed is None or not isValid(_installed) or _installed.parent() is not app:
        _installed = FocusRings(app)
    return _installed


