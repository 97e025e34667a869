"""The key help (F1, Ctrl+/, Help → Keys): the keys for where you are, from the key table, found as you type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...content import texts
from . import keymap
from .help_menu import add_keys_help as add_keys_help  # where it was first written
from .tables import Resize, set_up_table


class KeysHelp(QDialog):
    """One row per command of these places (where, key, what it does); typing filters the rows, and finds a key
    by the name of the meeting phase that reads it too (phases: command id -> those phases' names)."""

    def __init__(self, parent=None, places: tuple[str, ...] = keymap.PLACES, phases: Mapping[str, list[str]] | None = None):
        super().__init__(parent)
        said = texts("commands")
        self.setWindowTitle(said["help"]["title"])
        self.filter = QLineEdit(placeholderText=said["help"]["filter"])
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([said["help"]["where"], said["help"]["key"], said["help"]["does"]])
        set_up_table(self.table, stretch=2, columns=Resize.ResizeToContents)
        self.lines: list[str] = []
        """Per row, what typing searches: its cells and the names of the meeting phases that read its key."""
        for cmd in keymap.COMMANDS:
            if cmd.place in places and (cmd.keys or cmd.shown):
                row = self.table.rowCount()
                self.table.insertRow(row)
                where: Mapping[str, str] = cast(Mapping[str, str], said["places"])
                does = cast(Mapping[str, Mapping[str, str]], said["commands"])[cmd.id]["does"]
                cells = (where[cmd.place], keymap.shown(cmd.id), does)
                in_phases = ", ".join((phases or {}).get(cmd.id, []))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(in_phases if column == 0 else "")
                    self.table.setItem(row, column, item)
                self.lines.append(" ".join([*cells, in_phases]).casefold())
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
            self.table.setRowHidden(row, not all(word in self.lines[row] for word in words))

