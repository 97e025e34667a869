"""What a screen reader finds in a window: its controls, and the ones it could only call by their kind."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget


def controls(window: QWidget) -> list[QWidget]:
    """Every control of the window a person can reach, built so far, shown or not (other tabs and phases too).

    A control takes the keyboard's focus, or is a button (some are reached only by their keys or the mouse).
    Not counted: a widget whose focus goes to another (the edit inside a spin or combo box: the box is
    counted), labels (they are named by their text), and Qt's own parts of a control (a line edit's clear
    button, a table's corner button, the menu bar's overflow arrow), which carry Qt's own names."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or widget.focusProxy() is not None or isinstance(widget, QLabel):
            continue
        if isinstance(widget, QAbstractButton):
            if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QLineEdit):
                continue
        elif widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def unnamed(window: QWidget) -> list[str]:
    """The controls a screen reader would announce without a name, each as its class and where it sits."""
    return [_described(w) for w in controls(window) if not spoken_name(w)]


def _described(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(type(parent).__name__)
        parent = parent.parentWidget()
    placeholder = widget.placeholderText() if hasattr(widget, "placeholderText") else ""
    return f"{type(widget).__name__} in {' < '.join(parents)} {placeholder!r}".strip()
