"""Work a window can leave until it is on screen: run once it has painted for the first time (or as it closes,
if it never did), so its first paint waits for no disk write that can come a moment later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Watches one window for its first paint; the work runs once, on the next turn of the event loop."""

    def __init__(self, window: QWidget, work: Callable[[], object]):
        super().__init__(window)
        self.window = window
        self.work: Callable[[], object] | None = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and self.work is not None:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, self, self.run)
            elif event.type() == QEvent.Type.Close:
                self.run()
        return False

    def run(self) -> None:
        work, self.work = self.work, None
        if work is not None:
            self.window.removeEventFilter(self)
            work()


def after_first_paint(window: QWidget, work: Callable[[], object]) -> AfterFirstPaint:
    return AfterFirstPaint(window, work)
