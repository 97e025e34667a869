"""The key help (F1, Ctrl+/, Help → Keys): the keys for where you are, from the key table, found as you type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...content import texts
from . import commands, keymap


class KeysHelp(QDialog):
    """One row per command of these places (where, key, what it does); typing filters the rows."""

    def __init__(self, parent=None, places: tuple[str, ...] = keymap.PLACES):
        super().__init__(parent)
        said = texts("commands")
        self.setWindowTitle(said["help"]["title"])
        self.filter = QLineEdit(placeholderText=said["help"]["filter"])
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([said["help"]["where"], said["help"]["key"], said["help"]["does"]])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        places_said = cast("Mapping[str, str]", said["places"])
        does = cast("Mapping[str, Mapping[str, str]]", said["commands"])
        for cmd in keymap.COMMANDS:
            if cmd.place in places and (cmd.keys or cmd.shown):
                row = self.table.rowCount()
                self.table.insertRow(row)
                cells = (places_said[cmd.place], keymap.shown(cmd.id), does[cmd.id]["does"])
                for column, text in enumerate(cells):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.filter.setAccessibleName(said["help"]["filter"])
        self.table.setAccessibleName(said["help"]["title"])
        self.filter.textChanged.connect(self._find)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.resize(760, 520)
        self.filter.setFocus()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def shown_rows(self) -> list[tuple[str, str, str]]:
        return [
            (self._cell(row, 0), self._cell(row, 1), self._cell(row, 2))
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]

    def _find(self, typed: str) -> None:
        words = typed.casefold().split()
        for row in range(self.table.rowCount()):
            line = " ".join(self._cell(row, column) for column in range(3)).casefold()
            self.table.setRowHidden(row, not all(word in line for word in words))


def add_keys_help(window: QMainWindow, places: Callable[[], tuple[str, ...]]) -> QMenu:
    """Help → Keys (F1, Ctrl+/) in the window's Help menu (made if it has none); shows the keys of places()."""
    title = texts("commands")["help"]["help_menu"]
    found = (a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == title)
    menu = next((m for m in found if isinstance(m, QMenu)), None)
    if menu is None:
        menu = window.menuBar().addMenu(title)

    def show() -> None:
        dialog = KeysHelp(window, places())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.keys_help = dialog  # type: ignore[attr-defined]
        dialog.show()

    act = commands.keys_help(window, show)
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    menu.addAction(act)
    return menu
