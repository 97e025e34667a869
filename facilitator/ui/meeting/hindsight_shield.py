"""The hindsight shield: in the walk-through, the prompt list hides what came after the moment on screen, so the
room sees the timeline as it looked to the people in it at that moment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from ...content import texts
from ..common import commands, settings

if TYPE_CHECKING:
    from .walk_through import WalkThrough

SETTING = "meeting/hindsight_shield"


class HindsightShield(QObject):
    """H turns it on and off (on unless turned off, remembered); a line under the list says what it hides."""

    def __init__(self, panel: WalkThrough):
        super().__init__(panel)
        self.panel = panel
        self.words = texts("meeting")["hindsight"]
        self.label = QLabel()
        self.label.setObjectName("hindsightShield")
        self.label.setWordWrap(True)
        self.on = settings.value(SETTING) != "off"
        self.action = commands.hindsight_shield(panel, self.set_on)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setChecked(self.on)

    def set_on(self, on: bool) -> None:
        if on != self.on:  # not when the action is first set to what the settings already say
            settings.set_value(SETTING, "on" if on else "off")
        self.on = on
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        self.follow()

    def follow(self) -> None:
        """Hide, or show again, what comes after the entry on screen; say how much is hidden."""
        panel = self.panel
        row = panel.current_row()
        shielding = self.on and row is not None
        panel.filter.set_last_row(row if shielding else None)
        later = self.later_entries(row) if row is not None else 0
        if shielding and later:
            self.label.setText(self.words["hidden_one"] if later == 1 else self.words["hidden"].format(count=later))
        elif not self.on and later:
            self.label.setText(self.words["shown"])
        else:
            self.label.clear()
        self.label.setVisible(bool(self.label.text()))

    def later_entries(self, row: int) -> int:
        """How many entries after this row the list would show without the shield."""
        return self.panel.filter.later(row)
