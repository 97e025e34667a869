"""Opening a review's window the way a user finds it: shown, exposed and active."""

from PySide6.QtWidgets import QApplication


def shown(qtbot, windows, review_id: int):
    window = windows.open_review(review_id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
