"""The start-up baseline: a bare PySide6 QMainWindow that quits after its first paint.

Run it the way the app is run (offscreen, FACILITATOR_QUIT_AFTER_FIRST_PAINT=1) and
it stops the same way the app does: an event filter that sees the window's first
QEvent.Paint, and once that paint is done prints "first-paint <CLOCK_MONOTONIC>" on
stderr and quits. Without the variable it stays open.

    python tests/benchmarks/bare_window.py [WIDTHxHEIGHT]

The default size is the review window's default (1280x720), so both sides paint
a backing store of the same size. Deliberately imports nothing from facilitator.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

QUIT_AFTER_PAINT = "FACILITATOR_QUIT_AFTER_FIRST_PAINT"


class QuitAfterFirstPaint(QObject):
    """Once the watched window has painted, say when on stderr (CLOCK_MONOTONIC) and quit, as the app does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
        QApplication.quit()


def show_and_run(app: QApplication, window: QMainWindow, argv: list[str]) -> int:
    """Size the window (WIDTHxHEIGHT, else the review window's default), show it and run the event loop."""
    width, height = (int(n) for n in (argv[0] if argv else "1280x720").split("x"))
    window.resize(width, height)
    if os.environ.get(QUIT_AFTER_PAINT):
        window.installEventFilter(QuitAfterFirstPaint(window))
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    return show_and_run(app, window, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
