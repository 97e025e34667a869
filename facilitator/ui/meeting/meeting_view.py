"""The shared screen during the meeting: the timer strip above the view for the current phase."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...app.changes import Changed
from ...app.meeting import Meeting
from ...app.meeting_screen import SHOWN
from ...content import texts as texts_named
from ...domain.actions import Action
from ...domain.agenda import PHASES, Phase
from ...domain.clock import SYSTEM_CLOCK, Clock
from ...domain.meeting_clock import ClockEvent, ClockReading, MeetingEvent, read_clock
from ...domain.parking import waiting
from ..common import commands
from ..common.store_events import StoreEvents
from ..common.waiting_edits import comments_with_waiting
from .agenda_bar import AgendaBar, TimerView, timer_view
from .meeting_breaks import MeetingBreaks
from .meeting_voice import MeetingVoice
from .phases import PhaseView, make_phase
from .remote_keys import RemoteKeys
from .room_zoom import RoomZoom
from .screen_feed import ScreenFeed
from .shown_meeting import ShownMeeting
from .walk_through import WalkThrough

if TYPE_CHECKING:
    from .timer_cue import TimerCue

CHROME_HEIGHT = 1000
CHROME_MAX = 2.0
"""Up to this height the strip and list keep their base type size; above it they grow, at most twofold."""
CHROME_ZOOM = 0.25
"""The room's zoom grows the strip and the prompt list by a quarter as much as the prompt's questions."""


class AskAction(Protocol):
    """Shows the action form (or, in tests, answers for it): parent, action to edit, people, suggested title, and
    the key question it answers, if any."""

    def __call__(
        self, parent: QWidget, action: Action | None, people: list[str], title: str, key_question: str = ""
    ) -> Action | None: ...


def ask_action_in_dialog(
    parent: QWidget, action: Action | None, people: list[str], title: str, key_question: str = ""
) -> Action | None:
    from .action_dialog import ActionDialog

    today, incident_date = parent.due_basis() if isinstance(parent, MeetingView) else (None, None)
    dialog = ActionDialog(action, people, title, parent, today, incident_date, key_question)
    return dialog.result_action if dialog.exec() else None


def confirm_leaving_parked(parent: QWidget, count: int) -> bool:
    """No parked item is lost without the facilitator knowing: moving on with some waiting is a choice."""
    from PySide6.QtWidgets import QMessageBox  # set up only when it is asked: not before the first paint

    answer = QMessageBox.question(
        parent,
        texts_named("meeting")["leaving"]["title"],
        texts_named("meeting")["leaving"]["question_one" if count == 1 else "question"].format(count=count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class MeetingView(QWidget):
    """Owns the meeting clock's keys and the prompt on screen; reads the meeting once per change that touches what
    it shows (app/meeting_screen.py), and works the clock out from what it read on every tick.

    Its window calls reload() once the timeline it walks through is in place."""

    phase_shown = Signal(object)
    view_made = Signal(object)
    """A phase's view was built (its PhaseView): the notes the room may see are put into it."""

    def __init__(
        self,
        events: StoreEvents,
        review_id: int,
        panel: WalkThrough,
        texts: dict,
        undo_stack: QUndoStack,
        clock: Clock = SYSTEM_CLOCK,
        ask_action: AskAction = ask_action_in_dialog,
        parent=None,
    ):
        super().__init__(parent)
        self.events = events
        self.review_id = review_id
        self.room = Meeting(events.store, events.hub, events.queue)
        """The meeting's writes: the clock, the prompt and key question on screen, answers, the pulse."""
        self.feed = ScreenFeed.of(events)
        self.shown = ShownMeeting(self.feed.screen, events.queue, review_id)
        """The meeting as this window shows it: as last read, with the writes still waiting for the database."""
        self.texts = texts
        self.clock = clock.now
        self.panel = panel
        self.reading: ClockReading = read_clock([], self.clock())
        self.timer_hidden = False
        self.cue_wanted = False
        self.room_zoom = RoomZoom(self, self._apply_zoom, lambda: not panel.isVisible() or panel.card.reached)

        self.bar = AgendaBar()
        self.undo_stack = undo_stack
        self.ask_action = ask_action
        self.confirm_leave = confirm_leaving_parked
        self.texts_parking = texts_named("parking")
        self.stack = QStackedWidget()
        self.phase_views: dict[Phase, PhaseView] = {}
        self._add_view(make_phase(Phase.TIMELINE, self))
        self._cue: TimerCue | None = None
        self._timer_view: TimerView | None = None
        self._phase_on_screen: Phase | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

        self.start_action = commands.start_pause(self, self.start_or_pause)
        self.next_phase_action = commands.next_phase(self, lambda: self.move_phase(1))
        self.previous_phase_action = commands.previous_phase(self, lambda: self.move_phase(-1))
        self.breaks = MeetingBreaks(self)
        self.hide_timer_action = commands.hide_timer(self, self.set_timer_hidden)
        self.cue_action = commands.facilitator_cue(self, self.set_cue_wanted)
        self.zoom_in_action = commands.zoom_in(self, lambda: self.room_zoom.step(1))
        self.zoom_out_action = commands.zoom_out(self, lambda: self.room_zoom.step(-1))
        self.zoom_reset_action = commands.zoom_reset(self, lambda: self.room_zoom.set(1.0))
        self.meeting_actions = [
            self.start_action,
            self.next_phase_action,
            self.previous_phase_action,
            self.breaks.break_action,
            self.breaks.end_action,
            self.hide_timer_action,
            self.cue_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            *RemoteKeys(self).actions,
        ]
        self._keys_window_wide(False)

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.refresh_clock)
        self._tick.start()
        panel.prompt_changed.connect(self._prompt_shown)
        panel.time_on_screen.connect(self._time_on_screen)
        self.feed.heard.connect(self._heard)
        self.voice = MeetingVoice(self)

    def due_basis(self) -> tuple[dt.date, dt.date | None]:
        """Today by the meeting's clock and the incident's date: an action's due date is checked against both."""
        return self.clock().date(), self.shown.record().review.incident_date if self.shown.known() else None

    def phase_view(self, phase: Phase) -> PhaseView:
        """The phase's view, built (with the stored state) the first time the room reaches it or it is asked for."""
        view = self.phase_views.get(phase)
        if view is None:
            view = self._add_view(make_phase(phase, self))
            view.set_zoom(self.zoom)
            view.load()
            self.view_made.emit(view)
        return view

    def view(self, phase: Phase) -> QWidget:
        """What the room sees of the phase (see phase_view)."""
        return self.phase_view(phase).widget

    @property
    def opening(self):
        return self.view(Phase.OPENING)

    @property
    def key_questions(self):
        return self.view(Phase.KEY_QUESTIONS)

    @property
    def actions_phase(self):
        return self.view(Phase.ACTIONS)

    @property
    def close_phase(self):
        return self.view(Phase.CLOSE)

    @property
    def cue(self) -> TimerCue:
        """The facilitator's cue window, made the first time it is wanted."""
        if self._cue is None:
            from .timer_cue import TimerCue

            self._cue = TimerCue(self)
            if self._timer_view is not None:
                self._cue.show_view(self._timer_view)
        return self._cue

    def _add_view(self, view: PhaseView) -> PhaseView:
        self.phase_views[view.phase] = view
        self.stack.addWidget(view.widget)
        return view

    def reload(self) -> None:
        """Read the stored meeting state again (after a change its window was told of) into the views built so far."""
        if self.shown.read():
            self._show_read()

    def _heard(self, changed: Changed) -> None:
        """A change that touches what the meeting shows: read once (shared with the other windows), then show it."""
        if changed.touches(SHOWN, self.review_id) and self.shown.read(changed):
            self._show_read()

    def _show_read(self) -> None:
        for view in list(self.phase_views.values()):
            view.load()
        self.refresh_clock()

    def _shown_waiting(self) -> None:
        """A write waits for the database: show the meeting as it will be, without reading."""
        self.shown.rewait()
        self._show_read()

    def refresh_clock(self) -> None:
        """The strip (and cue) from the clock's events as last read and the time now: no reading on a tick."""
        if not self.shown.known():
            return
        record = self.shown.record()
        review = record.review
        self.reading = read_clock(list(record.events), self.clock())
        self.panel.set_clock_held(self.reading.started and not self.reading.running)
        budgets = self.shown.budgets()
        on_prompt = self.panel.on_screen_seconds() if self.reading.phase is Phase.TIMELINE else None
        self._timer_view = timer_view(
            self.reading, budgets, review.slot_minutes, on_prompt, self.panel.undiscussed(), self.texts
        )
        self.voice.timer_shown(self._timer_view, self.reading.needs_time_check(review.slot_minutes))
        self.bar.show_view(self._timer_view)
        if self._cue is not None:
            self._cue.show_view(self._timer_view)
            self._show_private()
        self._show_phase(self.reading.phase)

    def _show_private(self) -> None:
        """The moment on screen's preparation note and outside comments, for the facilitator's cue only."""
        entry = self.panel.current_entry() if self.reading.phase is Phase.TIMELINE else None
        if entry is None:
            self.cue.show_private("", [])
            return
        stored = list(self.shown.record().comments)
        comments = [c.text for c in comments_with_waiting(stored, self.events.queue, self.review_id) if c.entry_id == entry.id]
        self.cue.show_private(entry.prep_note, comments)

    def _show_phase(self, phase: Phase) -> None:
        """The phase's view, or the break's while the room is on one."""
        view = self.phase_view(phase)
        shown = self.breaks.screen(self.reading, self.clock()) or view.widget
        if phase is self._phase_on_screen and shown is self.stack.currentWidget():
            return
        changed = phase is not self._phase_on_screen
        self._phase_on_screen = phase
        self.stack.setCurrentWidget(shown)
        self.setFocusProxy(shown)
        if self.isVisible():
            shown.setFocus()
        if changed:
            view.on_screen()
            self.phase_shown.emit(phase)

    def _record(self, kind: ClockEvent, phase: Phase | None = None) -> None:
        self._shown_unless_written(self.room.record_event(self.review_id, MeetingEvent(self.clock(), kind, phase)))

    def _shown_unless_written(self, outcome: tuple[Changed, bool]) -> None:
        """Written at once, the report brings it to every window; else it waits its turn, shown here meanwhile."""
        if not outcome[1]:
            self._shown_waiting()

    def _prompt_shown(self, _entry_id: int | None) -> None:
        """The prompt is on screen at once; the database hears of it when it is free (the last one wins)."""
        self.room.show_prompt(self.review_id, self.panel.current_entry())
        self.refresh_clock()

    def _time_on_screen(self, entry_id: int, seconds: int) -> None:
        """A prompt left the screen: its seconds go to its total, here at once and in the database."""
        self.room.time_on_screen(self.review_id, entry_id, seconds)
        model = self.panel.model
        row = model.row_of(entry_id)
        if row is not None:
            entries = list(model.entries())
            entry = entries[row]
            entries[row] = replace(entry, seconds_on_screen=entry.seconds_on_screen + seconds, discussed=True)
            model.set_entries(entries, model.zone_name)

    def start_or_pause(self) -> None:
        """F5: start the meeting clock, or pause and resume it."""
        if not self.reading.started:
            self._record(ClockEvent.START)
        elif self.reading.running:
            self._record(ClockEvent.PAUSE)
        else:
            self._record(ClockEvent.RESUME)

    def move_phase(self, step: int) -> None:
        """Next or previous phase; leaving the parking lot with items still waiting asks first."""
        index = PHASES.index(self.reading.phase) + step
        if not 0 <= index < len(PHASES):
            return
        leaving_actions = self.reading.phase is Phase.ACTIONS and step > 0
        unsettled = waiting(self.shown.parked()) if leaving_actions else []
        if unsettled and not self.confirm_leave(self, len(unsettled)):
            return
        self._record(ClockEvent.PHASE, PHASES[index])

    def go_to_phase(self, phase: Phase) -> None:
        """Bring the room to a phase (e.g. the timeline, to jump to a moment)."""
        if self.reading.phase is not phase:
            self._record(ClockEvent.PHASE, phase)

    def show_timeline(self) -> None:
        self.go_to_phase(Phase.TIMELINE)

    def set_timer_hidden(self, hidden: bool) -> None:
        """Take the timer off the shared screen; the facilitator keeps it in a small cue that stays on top."""
        self.timer_hidden = hidden
        self.bar.setVisible(not hidden)
        self._show_cue()
        if self.hide_timer_action.isChecked() != hidden:
            self.hide_timer_action.setChecked(hidden)

    def set_cue_wanted(self, wanted: bool) -> None:
        """Show the facilitator's own window (it also shows whenever the timer is off the shared screen)."""
        self.cue_wanted = wanted
        self._show_cue()

    def _show_cue(self) -> None:
        shown = (self.timer_hidden or self.cue_wanted) and self.isVisible()
        if self._cue is None and not shown:
            return
        from . import presenter  # the screens' set-up: only once the cue is wanted

        if shown and not self.cue.isVisible() and not presenter.show_private(self, self.cue):
            self.cue_action.setChecked(False)
            self.hide_timer_action.setChecked(False)
            return
        if not shown and not (self.timer_hidden or self.cue_wanted):
            presenter.closed_private(self._cue)
        self.cue.private_wanted = self.cue_wanted
        self._show_private()
        self.cue.setVisible(shown)

    @property
    def zoom(self) -> float:
        return self.room_zoom.zoom

    def _apply_zoom(self, zoom: float) -> None:
        for view in self.phase_views.values():
            view.set_zoom(zoom)
        self.breaks.set_zoom(zoom)
        self._scale_chrome()

    def _scale_chrome(self) -> None:
        """The strip and the prompt list grow with big screens too (their base size suits 720p)."""
        factor = (1 + (self.zoom - 1) * CHROME_ZOOM) * min(CHROME_MAX, max(1.0, self.height() / CHROME_HEIGHT))
        self.bar.set_zoom(factor)
        self.panel.set_list_zoom(factor)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_chrome()
        self.room_zoom.window_resized()

    def _keys_window_wide(self, on: bool) -> None:
        """While the meeting is on screen its keys (F5, phases, zoom) work wherever the focus is in the window,
        the tab bar and the parking lot included; on the other tabs, only from the meeting's menu."""
        context = Qt.ShortcutContext.WindowShortcut if on else Qt.ShortcutContext.WidgetWithChildrenShortcut
        for act in self.meeting_actions:
            act.setShortcutContext(context)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._keys_window_wide(True)
        self.room_zoom.restore()
        self._show_cue()

    def hideEvent(self, event) -> None:
        self._keys_window_wide(False)
        if self._cue is not None:
            self._cue.hide()
        super().hideEvent(event)
