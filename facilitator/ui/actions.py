"""Every QAction the windows offer, made in one place with its shortcut and tip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence.StandardKey | str | None
StandardKey = QKeySequence.StandardKey


def action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: Shortcut = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    act = QAction(text, parent)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if tip:
        act.setStatusTip(tip)
        act.setToolTip(tip)
    act.setCheckable(checkable)
    if checkable:
        act.toggled.connect(slot)
    else:
        act.triggered.connect(slot)
    parent.addAction(act)
    return act


def new_review(parent: QWidget, slot) -> QAction:
    return action(parent, "&New review…", slot, StandardKey.New, "Prepare a review for an incident")


def open_review(parent: QWidget, slot) -> QAction:
    return action(parent, "&Open review", slot, StandardKey.Open, "Open the selected review")


def duplicate_review(parent: QWidget, slot) -> QAction:
    return action(parent, "D&uplicate review", slot, "Ctrl+D", "Copy the selected review, with its people and timeline")


def delete_review(parent: QWidget, slot) -> QAction:
    return action(parent, "&Delete review…", slot, StandardKey.Delete, "Delete the selected review (can be undone until you quit)")


def find(parent: QWidget, slot) -> QAction:
    return action(parent, "&Find…", slot, StandardKey.Find, "Filter the reviews as you type")


def add_person(parent: QWidget, slot) -> QAction:
    return action(parent, "&Add person", slot, "Ctrl+Shift+A", "Add someone to the review's people")


def remove_person(parent: QWidget, slot) -> QAction:
    return action(parent, "&Remove person", slot, StandardKey.Delete, "Remove the selected person (Ctrl+Z brings them back)")


def show_library(parent: QWidget, slot) -> QAction:
    return action(parent, "Review &library", slot, "Ctrl+L", "Show every review in this database")


def dark_palette(parent: QWidget, slot, checked: bool) -> QAction:
    act = action(parent, "&Dark palette", slot, "Ctrl+Shift+D", "Switch between light and dark palettes", checkable=True)
    act.blockSignals(True)
    act.setChecked(checked)
    act.blockSignals(False)
    return act


def close_window(parent: QWidget) -> QAction:
    return action(parent, "&Close window", parent.close, StandardKey.Close)


def quit_app(parent: QWidget, slot) -> QAction:
    return action(parent, "&Quit", slot, StandardKey.Quit)
