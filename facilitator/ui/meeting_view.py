"""The shared screen during the meeting: the timer strip above the view for the current phase."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ..domain.agenda import PHASES, Phase
from ..domain.key_questions import key_questions
from ..domain.meeting_clock import ClockEvent, ClockReading, MeetingEvent, read_clock
from ..domain.prompts import undiscussed_moments
from ..storage.errors import ReviewNotFound
from . import actions, settings
from .actions_view import ActionsView
from .agenda_bar import AgendaBar, timer_view
from .close_view import CloseView
from .key_questions_view import KeyQuestionsView
from .meeting_panel import MeetingPanel
from .opening_view import OpeningView
from .store_events import StoreEvents
from .timer_cue import TimerCue

ZOOM_STEP = 1.15
CHROME_HEIGHT = 1000
CHROME_MAX = 2.0
"""Up to this height the strip and list keep their base type size; above it they grow, at most twofold."""
ZOOM_RANGE = (0.6, 2.5)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MeetingView(QWidget):
    """Owns the meeting clock's keys; the clock itself is read from the store on every tick."""

    phase_shown = Signal(object)

    def __init__(self, events: StoreEvents, review_id: int, panel: MeetingPanel, texts: dict, clock=None, parent=None):
        super().__init__(parent)
        self.events = events
        self.store = events.store
        self.review_id = review_id
        self.texts = texts
        self.clock = clock or (lambda: utc_now())
        self.panel = panel
        self.reading: ClockReading = read_clock([], self.clock())
        self.timer_hidden = False
        self.zoom = 1.0

        self.bar = AgendaBar()
        self.opening = OpeningView(texts)
        self.key_questions = KeyQuestionsView(texts, key_questions(texts))
        self.key_questions.current_changed.connect(self._key_question_shown)
        self.key_questions.covered_toggled.connect(self._key_question_covered)
        self.actions_phase = ActionsView(texts)
        self.close_phase = CloseView(texts)
        self.close_phase.pulse_changed.connect(self._pulse_changed)
        self.views = {
            Phase.OPENING: self.opening,
            Phase.TIMELINE: panel,
            Phase.KEY_QUESTIONS: self.key_questions,
            Phase.ACTIONS: self.actions_phase,
            Phase.CLOSE: self.close_phase,
        }
        self.stack = QStackedWidget()
        for view in self.views.values():
            self.stack.addWidget(view)
        self.cue = TimerCue(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.opening)

        self.start_action = actions.start_pause(self, self.start_or_pause)
        self.next_phase_action = actions.next_phase(self, lambda: self.move_phase(1))
        self.previous_phase_action = actions.previous_phase(self, lambda: self.move_phase(-1))
        self.hide_timer_action = actions.hide_timer(self, self.set_timer_hidden)
        self.zoom_in_action = actions.zoom_in(self, lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.zoom_out_action = actions.zoom_out(self, lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.zoom_reset_action = actions.zoom_reset(self, lambda: self.set_zoom(1.0))
        self.meeting_actions = [
            self.start_action,
            self.next_phase_action,
            self.previous_phase_action,
            self.hide_timer_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
        ]
        for act in self.meeting_actions:
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.refresh_clock)
        self._tick.start()
        panel.prompt_changed.connect(lambda _id: self.refresh_clock())
        self.reload()

    def reload(self) -> None:
        """Read the stored meeting state (after any change, here or in another process)."""
        try:
            self.opening.set_text(self.store.meeting.opening_text(self.review_id))
            self.key_questions.show_state(
                self.store.meeting.current_key_question(self.review_id),
                self.store.meeting.covered_questions(self.review_id),
            )
            self.close_phase.show_pulse(*self.store.meeting.pulse(self.review_id))
        except ReviewNotFound:
            return
        self.refresh_clock()

    def refresh_clock(self) -> None:
        try:
            review = self.store.get(self.review_id)
        except ReviewNotFound:
            return
        self.reading = read_clock(self.store.meeting.events(self.review_id), self.clock())
        budgets = self.store.meeting.budgets(self.review_id, review.slot_minutes)
        on_prompt = self.panel.on_screen_seconds() if self.reading.phase is Phase.TIMELINE else None
        view = timer_view(
            self.reading, budgets, review.slot_minutes, on_prompt, undiscussed_moments(self.panel.entries()), self.texts
        )
        self.bar.show_view(view)
        self.cue.show_view(view)
        self._show_phase(self.reading.phase)

    def _show_phase(self, phase: Phase) -> None:
        view = self.views[phase]
        if self.stack.currentWidget() is view:
            return
        self.stack.setCurrentWidget(view)
        self.setFocusProxy(view)
        if phase is Phase.ACTIONS:
            self._show_parked()
        if self.isVisible():
            view.setFocus()
        self.phase_shown.emit(phase)

    def _show_parked(self) -> None:
        rows = self.store.db["parked_items"].rows_where("review_id = ?", [self.review_id], order_by="id")
        self.actions_phase.show_items([row["text"] for row in rows])

    def _record(self, kind: ClockEvent, phase: Phase | None = None) -> None:
        self.store.meeting.add_event(self.review_id, MeetingEvent(self.clock(), kind, phase))
        self.events.wrote()

    def start_or_pause(self) -> None:
        """F5: start the meeting clock, or pause and resume it."""
        if not self.reading.started:
            self._record(ClockEvent.START)
        elif self.reading.running:
            self._record(ClockEvent.PAUSE)
        else:
            self._record(ClockEvent.RESUME)

    def move_phase(self, step: int) -> None:
        index = PHASES.index(self.reading.phase) + step
        if 0 <= index < len(PHASES):
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
        self.cue.setVisible(hidden and self.isVisible())
        if self.hide_timer_action.isChecked() != hidden:
            self.hide_timer_action.setChecked(hidden)

    def set_zoom(self, zoom: float) -> None:
        """Scale the shared screen's type; remembered for the screen the window is on."""
        self.zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        for view in (self.opening, self.key_questions, self.actions_phase, self.close_phase, self.panel.card):
            view.set_zoom(self.zoom)
        self._scale_chrome()
        settings.set_value(self._zoom_key(), f"{self.zoom:.3f}")

    def _scale_chrome(self) -> None:
        """The strip and the prompt list grow with big screens too (their base size suits 720p)."""
        factor = self.zoom * min(CHROME_MAX, max(1.0, self.height() / CHROME_HEIGHT))
        self.bar.set_zoom(factor)
        self.panel.set_list_zoom(factor)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_chrome()

    def _zoom_key(self) -> str:
        screen = self.screen()
        return f"zoom/{screen.name() if screen is not None else 'default'}"

    def showEvent(self, event) -> None:
        super().showEvent(event)
        saved = settings.value(self._zoom_key())
        self.set_zoom(float(saved) if saved else 1.0)
        self.cue.setVisible(self.timer_hidden)

    def hideEvent(self, event) -> None:
        self.cue.hide()
        super().hideEvent(event)

    def _key_question_shown(self, key: str) -> None:
        self.store.meeting.set_current_key_question(self.review_id, key)
        self.events.wrote()

    def _key_question_covered(self, key: str, covered: bool) -> None:
        self.store.meeting.set_covered(self.review_id, key, covered)
        self.events.wrote()

    def _pulse_changed(self, learned: int | None, would_return: int | None) -> None:
        self.store.meeting.set_pulse(self.review_id, learned, would_return)
        self.events.wrote()
