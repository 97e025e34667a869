"""Where the note being typed goes: what was on the shared screen at its first key, even if the room moves on."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStatusBar

from ...domain.notes import Place
from ..common import accessible, keymap
from .note_places import Places


class BegunUnder(QLabel):
    """Holds the place the note in the box was begun under (none while the box is empty). Shown, in the highlight
    colours, only while the shared screen shows something else: where the note will go, and the key that files it
    under what is on the screen now.

    where() gives what the note-taker's window shows as on the shared screen, and the names of the places."""

    def __init__(self, words: Mapping[str, Any], box: QPlainTextEdit, where: Callable[[], tuple[Place, Places]]):
        super().__init__()
        self.words = words
        self.where = where
        self.place: Place | None = None
        self.setObjectName("begunUnder")
        self.setWordWrap(True)
        self.setMargin(6)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setForegroundRole(QPalette.ColorRole.HighlightedText)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()
        document = box.document()  # the document's signal, not the box's: a draft put back or a box emptied counts too
        document.contentsChanged.connect(lambda: self.follow(document.isEmpty()))

    def follow(self, empty: bool) -> None:
        """After each change to the box: the first key into an empty box begins the note under what is on the
        shared screen; emptying the box lets go of it."""
        if empty:
            self.place = None
            self.hide()
        elif self.place is None:
            self.place = self.where()[0]

    def under(self, on_screen: Place) -> Place:
        """Where a note kept now goes."""
        return on_screen if self.place is None else self.place

    def moved_on(self) -> bool:
        return self.place is not None and self.place != self.where()[0]

    def show_against(self) -> None:
        """Say where the note goes when the shared screen has left it; hide otherwise. Said aloud when it appears."""
        if self.place is None or not self.moved_on():
            self.hide()
            return
        text = self.words["moved_on"].format(place=self.where()[1].describe(self.place), key=keymap.shown("note_under_now"))
        appearing = self.isHidden() or text != self.text()
        self.setText(text)
        self.show()
        if appearing:
            accessible.announce(self, text)

    def to_screen(self, status: QStatusBar) -> None:
        """The key: the note being typed goes under what is on the shared screen now, said in the status bar."""
        if not self.moved_on():
            status.showMessage(self.words["already_here"], 8000)
            return
        self.place, places = self.where()
        self.hide()
        status.showMessage(self.words["now_here"].format(place=places.describe(self.place)), 8000)
