"""The facilitator window's side of note-taking: notes under the prompt, the keys that hide them, the quiet panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ...app.changes import Change, Changed
from ...app.meeting_screen import ReviewNotFound
from ...content import texts
from ...domain.agenda import Phase
from ...domain.notes import Place
from ..common import commands
from ..common.wording_hint import WordingHintLabel, WordingWatch
from . import presenter
from .screen_feed import ScreenFeed
from .shared_notes import SharedNotes

if TYPE_CHECKING:
    from .not_heard import NotHeardCue


NOTES_AFTER = {Phase.OPENING: "page", Phase.KEY_QUESTIONS: "progress", Phase.CLOSE: "thanks"}
"""In each phase's view, the widget the notes the room may see go under."""


class MeetingNotes:
    """Built by the review window; owns its actions for the Meeting menu."""

    def __init__(self, window):
        self.window = window
        self.events = window.windows.events
        self.review_id = window.review_id
        words = texts("notes")
        self.tag_names = words["tags"]
        panel = window.meeting
        self.strip = SharedNotes(self.events, self.review_id, words["tags"], self._on_prompt, lambda: panel.card.zoom)
        panel.add_under_card(self.strip)
        panel.prompt_changed.connect(lambda _entry_id: self.strip.reload())
        self.strips = [self.strip]
        for phase, view in list(window.meeting_view.views.items()):
            self._notes_in(phase, view)
        window.meeting_view.view_made.connect(self._notes_in)
        self.ask_hint = WordingHintLabel()
        window.meeting.add_under_ask(self.ask_hint)
        self.ask_watch = WordingWatch(window.meeting.ask, self.ask_hint)
        self.cue: NotHeardCue | None = None
        self.not_heard_texts = words["not_heard"]
        self.hide_action = commands.hide_notes(window, self._hide)
        self.hide_action.setChecked(self.strip.hidden_by_key)
        self.cue_action = commands.show_not_heard(window, self.show_cue)
        self.actions: list[QAction] = [
            commands.open_notes(window, self.open_notes),
            self.hide_action,
            self.cue_action,
        ]
        self.feed = ScreenFeed.of(self.events)
        self.feed.heard.connect(self._heard)
        self.reload()

    def _notes_in(self, phase: Phase, view) -> None:
        """The opening, the key questions and the close show their notes too, under the words the room reads."""
        after = NOTES_AFTER.get(phase)
        if after is None:
            return
        if phase is Phase.KEY_QUESTIONS:
            places = lambda: [Place(phase, key_question=view.current_key()), Place(phase)]  # noqa: E731
        else:
            places = lambda: [Place(phase)]  # noqa: E731
        strip = SharedNotes(self.events, self.review_id, self.tag_names, places, lambda: view.zoom)
        layout = view.layout()
        layout.insertWidget(layout.indexOf(getattr(view, after)) + 1, strip)
        if phase is Phase.KEY_QUESTIONS:
            view.current_changed.connect(lambda _key: strip.reload())
        self.strips.append(strip)
        strip.reload()

    def _hide(self, hidden: bool) -> None:
        for strip in self.strips:
            strip.set_hidden(hidden)

    def _on_prompt(self) -> list[Place]:
        entry_id = self.window.meeting.current_id
        return [] if entry_id is None else [Place(Phase.TIMELINE, entry_id=entry_id)]

    def _heard(self, changed: Changed) -> None:
        if changed.touches(Change.PEOPLE, self.review_id):
            self.reload(changed)

    def reload(self, after: Changed | None = None) -> None:
        """The wording hints know the review's people, so naming someone as the cause is noticed."""
        screen = self.feed.screen
        try:
            record = screen.record(self.review_id, after) if after is not None else screen.last(self.review_id)
            record = record or screen.record(self.review_id)
        except ReviewNotFound:
            return
        self.ask_hint.set_names(p.name for p in record.people)

    def open_notes(self) -> None:
        """The note-taker's window, with its private notes and "not heard from yet": on your own screen, or after
        the warning when the room sees the only one."""
        opened = self.window.windows.notes.get(self.review_id)
        if opened is not None and opened.isVisible():
            self.window.windows.open_notes(self.review_id)
            return
        if presenter.may_show_private(self.window):
            presenter.place_private_window(self.window, self.window.windows.open_notes(self.review_id))

    def show_cue(self, shown: bool) -> None:
        """'Not heard from yet' in a small window of its own, for the facilitator's screen, not the room's."""
        if self.cue is None:
            from .not_heard import NotHeardCue

            self.cue = NotHeardCue(self.events, self.review_id, self.not_heard_texts, self.window)
            self.cue.closed.connect(lambda: self.cue_action.setChecked(False))
        if shown and not self.cue.isVisible() and not presenter.show_private(self.window, self.cue):
            self.cue_action.setChecked(False)
            return
        if not shown:
            presenter.closed_private(self.cue)
        self.cue.setVisible(shown)
