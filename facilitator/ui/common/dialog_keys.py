"""Every dialog works from the keyboard alone: Tab in reading order (out of multi-line fields too), then the
buttons as they stand; Ctrl+Enter saves from any field."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QTextEdit, QWidget

from . import keymap


def buttons_in_view(box: QDialogButtonBox) -> list[QPushButton]:
    """The box's buttons from left to right, as this platform lays them out."""
    layout = box.layout()
    if layout is None:
        return []
    items = (layout.itemAt(i) for i in range(layout.count()))
    found = (item.widget() for item in items if item is not None)
    return [w for w in found if isinstance(w, QPushButton) and not w.isHidden()]


def keyboard_complete(
    dialog: QDialog, fields: Sequence[QWidget], buttons: QDialogButtonBox, save: Callable[[], None] | None = None
) -> list[QWidget]:
    """Tab visits the fields in the order given (the order the eye reads them), then the buttons; Tab and
    Shift+Tab leave a multi-line field (Enter still starts a new line in it); Ctrl+Enter saves (save, else
    accept). Returns the whole Tab order."""
    for field in fields:
        if isinstance(field, (QPlainTextEdit, QTextEdit)):
            field.setTabChangesFocus(True)
    order = [*fields, *buttons_in_view(buttons)]
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    for keys in keymap.sequences("dialog_save"):
        shortcut = QShortcut(keys, dialog, save or dialog.accept)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    return order
