"""For the note-taker: what the shared screen shows right now, and how far into the meeting it is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...content import texts
from ...domain.agenda import Phase
from ...domain.meeting_clock import ClockReading, clock_text
from ...domain.notes import Place
from ..common import accessible
from ..common.locale_dates import SHORT_DAY
from ..prep.timeline_model import time_shown
from .note_places import Places


class OnScreen(QFrame):
    """A line saying where the meeting is, then the prompt itself in large type."""

    def __init__(self, texts: Mapping[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.texts = texts
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.where = QLabel()
        self.where.setObjectName("onScreenWhere")
        self.where.setWordWrap(True)
        self.what = QLabel()
        self.what.setObjectName("onScreenWhat")
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.what.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.what.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(self.where)
        layout.addWidget(self.what)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.place = Place()
        self.heading = ""

    def show_place(self, place: Place, places: Places) -> None:
        """What the shared screen shows; a change of it (not the first showing) is said aloud to the note-taker."""
        moved = self.heading != "" and place != self.place
        self.place = place
        entry = places.entry(place.entry_id)
        question = places.question(place.key_question)
        phase = places.phase_name(place.phase)
        if entry is not None:
            local = entry.at.astimezone(places.zone)
            actor = f" · {entry.actor}" if entry.actor else ""
            self.heading = f"{phase} · {time_shown(entry, local, SHORT_DAY)}{actor}"
            self.what.setText(entry.text)
        elif question is not None:
            self.heading = phase
            self.what.setText(question.text)
        else:
            self.heading = phase
            doing = cast("dict[str, str]", texts("notes")["phase_on_screen"]).get(str(place.phase), phase)
            self.what.setText(self.texts["no_prompt"] if place.phase is Phase.TIMELINE else doing)
        if moved:
            accessible.announce(self.what, texts("access")["announce"]["on_screen"].format(where=self.heading, what=self.what.text()))

    def show_clock(self, reading: ClockReading) -> None:
        clock = self.texts["into_meeting"].format(time=clock_text(reading.elapsed)) if reading.started else self.texts["not_started"]
        paused = f" ({self.texts['paused']})" if reading.started and not reading.running else ""
        if reading.on_break_since is not None or reading.ended_at is not None:
            paused = f" ({self.texts['on_break' if reading.ended_at is None else 'ended']})"
        self.where.setText(f"{self.texts['on_screen']}: {self.heading}   ·   {clock}{paused}")
