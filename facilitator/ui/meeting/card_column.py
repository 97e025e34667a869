"""The prompt card's column on the shared screen: the card, the notes the room may see, the box to ask a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .prompt_card import PromptCard

if TYPE_CHECKING:
    from .shared_notes import SharedNotes

NOTES_SHARE = 0.3
"""Before the card is sized, up to this share of the column is kept for the newest note, so it shows whole."""


class CardColumn(QWidget):
    """The card's words get the space first, at a size read from the back of a room; the notes take what is left,
    whole notes only; the other widgets (the question box, its hint) keep their natural height."""

    def __init__(self, card: PromptCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.notes: SharedNotes | None = None
        self._fitting = False
        self._window_showing = False
        """The window is being shown: the column is sized once, when it is (see fit)."""
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card, 1)
        card.refit = self.fit

    def add_notes(self, notes: SharedNotes) -> None:
        """The notes strip, under the card: it calls fit() when its notes change."""
        self.notes = notes
        self.box.insertWidget(1, notes)

    def fit(self) -> None:
        if self._window_showing or (self.isVisible() and self._window_being_shown()):
            return  # sized once the window's show is done: its tabs lay out their pages only as they show them
        self._fit_now()

    def _fit_now(self) -> None:
        if self._fitting or self.width() <= 0 or self.height() <= 0 or not self.isVisible():
            return  # a hidden column is fitted when shown, at the size it is shown at
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        spacing = self.box.spacing()
        others = [w for w in self._widgets() if w is not self.card and w is not self.notes and not w.isHidden()]
        space = self.height() - sum(w.sizeHint().height() + spacing for w in others)
        notes = self.notes if self.notes is not None and self.notes.has_notes() else None
        reserve = 0
        if notes is not None:
            notes.set_type(self, self.card.zoom)
            reserve = notes.newest_height(self.width(), int(space * NOTES_SHARE)) + spacing
        need = self.card.fit_to(space - reserve, space, self.width())
        if notes is not None:
            notes.show_within(space - need - spacing)

    def _window_being_shown(self) -> bool:
        """Whether the column is shown as part of showing its window (on screen only once all its parts are shown):
        if so, it is sized when the window's show is done, at the size it then has, not at the sizes it passes."""
        window = self.window()
        handle = window.windowHandle()
        if window is self or handle is None or handle.isVisible():
            return False
        self._window_showing = True
        window.installEventFilter(self)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._window_showing and watched is self.window() and event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self._window_showing = False
            self._fit_now()
        return False

    def _widgets(self) -> list[QWidget]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [widget for widget in widgets if widget is not None]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()
