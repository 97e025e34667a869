"""The timeline walk-through as a phase of the meeting: its keys, and its notes under the prompt card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...domain.agenda import Phase
from ...domain.notes import Place
from .phases import PhaseBase

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from .meeting_view import MeetingView


class TimelinePhase(PhaseBase):
    """The timeline walk-through, made by the review window with its timeline (which loads it); notes go under
    the prompt card, at the moment on screen."""

    phase = Phase.TIMELINE
    texts_key = "walk_through"
    keys = ("next_moment", "first_last", "jump_to", "mark_moment", "more_questions", "hindsight_shield", "ask_question")

    def __init__(self, meeting: MeetingView) -> None:
        super().__init__(meeting)
        self.widget = self.panel = meeting.panel

    def step(self, step: int) -> bool:
        return self._page(step, lambda: self.panel.current_id)

    def note_places(self) -> list[Place]:
        entry_id = self.panel.current_id
        return [] if entry_id is None else [Place(self.phase, entry_id=entry_id)]

    def notes_moved(self) -> SignalInstance:
        return self.panel.prompt_changed

    def show_notes(self, strip: QWidget) -> None:
        self.panel.add_under_card(strip)

    def set_zoom(self, zoom: float) -> None:
        self.panel.card.set_zoom(zoom)

    def zoom(self) -> float:
        return self.panel.card.zoom
