"""'Not heard from yet': attendees with no note attributed to them, for the facilitator's and note-taker's eyes."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...app.changes import Change, Changed
from ...app.meeting_screen import ReviewNotFound
from ...domain.notes import not_heard_from
from ...domain.people import Person
from ..common import settings
from ..common.store_events import StoreEvents
from .presenter import PLACED
from .screen_feed import ScreenFeed

CUE_SIZE = (320, 260)


def names_html(people: Sequence[Person], everyone: str) -> str:
    """One name a line, those involved in the response in bold, or the sentence for everyone heard."""
    if not people:
        return html.escape(everyone)
    return "<br>".join(f"<b>{html.escape(p.name)}</b>" if p.involved else html.escape(p.name) for p in people)


class NotHeardPanel(QFrame):
    def __init__(self, texts: Mapping[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.texts = texts
        self.people: list[Person] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(texts["title"])
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.names = QLabel()
        self.names.setObjectName("notHeardNames")
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.RichText)
        self.caption = QLabel(texts["caption"])
        self.caption.setWordWrap(True)
        self.caption.setObjectName("notHeardCaption")
        self.names.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.caption)

    def show_people(self, people: Sequence[Person]) -> None:
        self.people = list(people)
        self.names.setText(names_html(people, self.texts["everyone"]))


class NotHeardCue(QWidget):
    """A small window that stays on top, kept off the shared screen, following the notes as they come."""

    closed = Signal()

    def __init__(self, events: StoreEvents, review_id: int, texts: Mapping[str, Any], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(texts["title"])
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.events = events
        self.review_id = review_id
        self.panel = NotHeardPanel(texts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.panel)
        self.feed = ScreenFeed.of(events)
        self.feed.heard.connect(self._heard)
        self.setProperty(PLACED, settings.has_geometry("not_heard_cue"))
        settings.restore_geometry(self, "not_heard_cue", CUE_SIZE)
        self.reload()

    def _heard(self, changed: Changed) -> None:
        if changed.touches(Change.NOTES | Change.PEOPLE, self.review_id):
            self.reload(changed)

    def reload(self, after: Changed | None = None) -> None:
        """Who has no note yet: the people and the notes after this change (read once for every window)."""
        screen = self.feed.screen
        try:
            people = screen.record(self.review_id, after).people
        except ReviewNotFound:
            return
        self.panel.show_people(not_heard_from(list(people), screen.notes(self.review_id, after)))

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        settings.save_geometry(self, "not_heard_cue")
        super().hideEvent(event)
