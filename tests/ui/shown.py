"""Opening a review's window the way a user finds it: shown, exposed and active, on the tab asked for."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

TAB_KEYS = {"setup": Qt.Key.Key_1, "timeline": Qt.Key.Key_2, "meeting_view": Qt.Key.Key_3, "comments": Qt.Key.Key_4}
"""Each tab of the review window by its attribute, and the key that shows it with Ctrl."""


def shown(qtbot, windows, review_id: int):
    window = windows.open_review(review_id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def on_tab(qtbot, windows, review_id: int, tab: str):
    """The review's window, shown, with the tab chosen by Ctrl and its number as a user would; the window."""
    window = shown(qtbot, windows, review_id)
    qtbot.keyClick(window, TAB_KEYS[tab], Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is getattr(window, tab)
    return window


def active(qtbot, dialog):
    """A dialog (or any window) as a user meets it: shown, exposed and active; closed with the test."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog
