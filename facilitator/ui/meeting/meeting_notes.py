"""The facilitator window's side of note-taking: notes under the prompt, the keys that hide them, the quiet panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ...app.changes import Change, Changed
from ...app.meeting_screen import ReviewNotFound
from ...content import texts
from ...domain.agenda import Phase
from ..common import commands
from ..common.wording_hint import WordingHintLabel, WordingWatch
from .screen_feed import ScreenFeed
from .shared_notes import SharedNotes

if TYPE_CHECKING:
    from .not_heard import NotHeardCue
    from .phases import PhaseView


class MeetingNotes:
    """Built by the review window; owns its actions for the Meeting menu."""

    def __init__(self, window):
        self.window = window
        self.events = window.windows.events
        self.review_id = window.review_id
        words = texts("notes")
        self.tag_names = words["tags"]
        self.strips: list[SharedNotes] = []
        shown = window.meeting_view.phase_views
        self.strip = self._notes_in(shown[Phase.TIMELINE])
        for view in [view for phase, view in shown.items() if phase is not Phase.TIMELINE]:
            self._notes_in(view)
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
            commands.earlier_shared_notes(window, lambda: self._step(1)),
            commands.later_shared_notes(window, lambda: self._step(-1)),
            self.cue_action,
        ]
        self.feed = ScreenFeed.of(self.events)
        self.feed.heard.connect(self._heard)
        self.reload()

    def _notes_in(self, view: PhaseView) -> SharedNotes | None:
        """Each phase that shows notes (the prompt card, the opening, the key questions, the close) gets the notes
        the room may see, under the words the room reads."""
        if not view.shows_notes:
            return None
        strip = SharedNotes(self.events, self.review_id, self.tag_names, view.note_places, view.zoom)
        view.show_notes(strip)
        moved = view.notes_moved()
        if moved is not None:
            moved.connect(lambda *_: strip.reload())
        self.strips.append(strip)
        strip.reload()
        return strip

    def _hide(self, hidden: bool) -> None:
        for strip in self.strips:
            strip.set_hidden(hidden)

    def _step(self, towards_older: int) -> None:
        """Ctrl+Up / Ctrl+Down: one note earlier or newer under what is on the shared screen."""
        for strip in self.strips:
            if strip.isVisible():
                strip.step(towards_older)

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
        from . import presenter  # the screens' set-up: only when a window for you only opens

        if presenter.may_show_private(self.window):
            presenter.place_private_window(self.window, self.window.windows.open_notes(self.review_id))

    def show_cue(self, shown: bool) -> None:
        """'Not heard from yet' in a small window of its own, for the facilitator's screen, not the room's."""
        if self.cue is None:
            from .not_heard import NotHeardCue

            self.cue = NotHeardCue(self.events, self.review_id, self.not_heard_texts, self.window)
            self.cue.closed.connect(lambda: self.cue_action.setChecked(False))
        from . import presenter

        if shown and not self.cue.isVisible() and not presenter.show_private(self.window, self.cue):
            self.cue_action.setChecked(False)
            return
        if not shown:
            presenter.closed_private(self.cue)
        self.cue.setVisible(shown)
