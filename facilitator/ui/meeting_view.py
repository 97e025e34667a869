"""The shared screen during the meeting: the timer strip above the view for the current phase."""

from __future__ import annotations

import datetime as dt

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ..domain.agenda import PHASES, Phase
from ..domain.key_questions import key_questions
from ..domain.meeting_clock import ClockEvent, ClockReading, MeetingEvent, read_clock
from ..domain.prompts import undiscussed_moments
from ..content import texts as texts_named
from ..domain.actions import Action, moved
from ..domain.parking import waiting
from ..storage.errors import ReviewNotFound
from ..storage.meeting import ACTION_RECORDED, NOT_YET
from . import actions, settings
from .actions_view import ActionsView
from .agenda_bar import AgendaBar, timer_view
from .close_view import CloseView
from .key_questions_view import KeyQuestionsView
from .meeting_panel import MeetingPanel
from .opening_view import OpeningView
from .parking_edits import AddAction, RemoveAction, Rerank, SetAnswer, edit_action, set_category, set_fate
from .store_events import StoreEvents
from .timer_cue import TimerCue

ZOOM_STEP = 1.15
CHROME_HEIGHT = 1000
CHROME_MAX = 2.0
"""Up to this height the strip and list keep their base type size; above it they grow, at most twofold."""
ZOOM_RANGE = (0.6, 2.5)


AskAction = Callable[[QWidget, "Action | None", list[str], str], "Action | None"]
"""Shows the action form (or, in tests, answers for it): parent, action to edit, people, suggested title."""


def ask_action_in_dialog(parent: QWidget, action: Action | None, people: list[str], title: str) -> Action | None:
    from .action_dialog import ActionDialog

    dialog = ActionDialog(action, people, title, parent)
    return dialog.result_action if dialog.exec() else None


def confirm_leaving_parked(parent: QWidget, count: int) -> bool:
    """No parked item is lost without the facilitator knowing: moving on with some waiting is a choice."""
    answer = QMessageBox.question(
        parent,
        "Parked items without a fate",
        f"{count} parked item(s) have no fate yet. Move on to the close anyway? They stay in the record as waiting.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MeetingView(QWidget):
    """Owns the meeting clock's keys; the clock itself is read from the store on every tick."""

    phase_shown = Signal(object)

    def __init__(
        self,
        events: StoreEvents,
        review_id: int,
        panel: MeetingPanel,
        texts: dict,
        undo_stack: QUndoStack,
        clock=None,
        ask_action: AskAction = ask_action_in_dialog,
        parent=None,
    ):
        super().__init__(parent)
        self.events = events
        self.store = events.store
        self.review_id = review_id
        self.texts = texts
        self.clock = clock or (lambda: utc_now())
        self.panel = panel
        self.reading: ClockReading = read_clock([], self.clock())
        self.timer_hidden = False
        self.cue_wanted = False
        self.zoom = 1.0

        self.bar = AgendaBar()
        self.opening = OpeningView(texts)
        self.key_questions = KeyQuestionsView(texts, key_questions(texts))
        self.key_questions.current_changed.connect(self._key_question_shown)
        self.key_questions.covered_toggled.connect(self._key_question_covered)
        self.undo_stack = undo_stack
        self.ask_action = ask_action
        self.confirm_leave = confirm_leaving_parked
        self.texts_parking = texts_named("parking")
        self.actions_phase = ActionsView(texts, self.texts_parking)
        self.actions_phase.fate_requested.connect(self._set_fate)
        self.actions_phase.category_requested.connect(
            lambda item, category: self.undo_stack.push(set_category(self.store, item, category, self.events.wrote))
        )
        self.actions_phase.action_requested.connect(self._promote)
        self.actions_phase.action_edit_requested.connect(self._edit_action)
        self.actions_phase.action_remove_requested.connect(
            lambda action: self.undo_stack.push(RemoveAction(self.store, action, self.events.wrote))
        )
        self.actions_phase.rank_requested.connect(self._rerank)
        self.actions_phase.key_question_action_requested.connect(self._key_question_action)
        self.key_questions.not_yet_toggled.connect(self._not_yet)
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
        self.cue_action = actions.facilitator_cue(self, self.set_cue_wanted)
        self.zoom_in_action = actions.zoom_in(self, lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.zoom_out_action = actions.zoom_out(self, lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.zoom_reset_action = actions.zoom_reset(self, lambda: self.set_zoom(1.0))
        self.meeting_actions = [
            self.start_action,
            self.next_phase_action,
            self.previous_phase_action,
            self.hide_timer_action,
            self.cue_action,
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
            self.close_phase.show_pulse(*self.store.meeting.pulse(self.review_id))
            answers = self.store.meeting.answers(self.review_id)
            self.key_questions.show_state(
                self.store.meeting.current_key_question(self.review_id),
                self.store.meeting.covered_questions(self.review_id),
                answers,
            )
            self.actions_phase.show_state(
                self.store.parking.items(self.review_id),
                self.store.parking.actions(self.review_id),
                [key for key, answer in answers.items() if answer == NOT_YET],
            )
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
        self._show_private()
        self._show_phase(self.reading.phase)

    def _show_private(self) -> None:
        """The moment on screen's preparation note and outside comments, for the facilitator's cue only."""
        entry = self.panel.current_entry() if self.reading.phase is Phase.TIMELINE else None
        if entry is None:
            self.cue.show_private("", [])
            return
        comments = [c.text for c in self.store.comments.comments(self.review_id) if c.entry_id == entry.id]
        self.cue.show_private(entry.prep_note, comments)

    def _show_phase(self, phase: Phase) -> None:
        view = self.views[phase]
        if self.stack.currentWidget() is view:
            return
        self.stack.setCurrentWidget(view)
        self.setFocusProxy(view)
        if self.isVisible():
            view.setFocus()
        self.phase_shown.emit(phase)

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
        """Next or previous phase; leaving the parking lot with items still waiting asks first."""
        index = PHASES.index(self.reading.phase) + step
        if not 0 <= index < len(PHASES):
            return
        leaving_actions = self.reading.phase is Phase.ACTIONS and step > 0
        unsettled = waiting(self.store.parking.items(self.review_id)) if leaving_actions else []
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
        self.cue.private_wanted = self.cue_wanted
        self._show_private()
        self.cue.setVisible((self.timer_hidden or self.cue_wanted) and self.isVisible())

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
        self._show_cue()

    def hideEvent(self, event) -> None:
        self.cue.hide()
        super().hideEvent(event)

    def _key_question_shown(self, key: str) -> None:
        self.store.meeting.set_current_key_question(self.review_id, key)
        self.events.wrote()

    def _key_question_covered(self, key: str, covered: bool) -> None:
        self.store.meeting.set_covered(self.review_id, key, covered)
        self.events.wrote()

    def _not_yet(self, key: str, _on: bool) -> None:
        """N toggles "not yet"; an answer already covered by an action stays as it is."""
        old = self.store.meeting.answers(self.review_id).get(key, "")
        if old not in ("", NOT_YET):
            return
        new = "" if old == NOT_YET else NOT_YET
        self.undo_stack.push(SetAnswer(self.store, self.review_id, key, old, new, self.events.wrote))

    def _people(self) -> list[str]:
        return [p.name for p in self.store.people(self.review_id)]

    def _has_action(self, item) -> bool:
        """The item already became an action: its fate changes only by removing that action."""
        if any(a.parked_item_id == item.id for a in self.store.parking.actions(self.review_id)):
            self.actions_phase.status.setText(self.texts_parking["walk"]["has_action"])
            return True
        return False

    def _set_fate(self, item, fate, reason: str) -> None:
        if not self._has_action(item):
            self.undo_stack.push(set_fate(self.store, item, fate, reason, self.events.wrote))

    def _promote(self, item) -> None:
        if self._has_action(item):
            return
        action = self.ask_action(self, None, self._people(), item.text)
        if action is not None:
            self.undo_stack.push(AddAction(self.store, self.review_id, action, self.events.wrote, item))

    def _edit_action(self, action) -> None:
        edited = self.ask_action(self, action, self._people(), action.title)
        if edited is not None and edited != action:
            self.undo_stack.push(edit_action(self.store, action, edited, self.events.wrote))
            self.actions_phase.select_action(action.id)

    def _rerank(self, action, step: int) -> None:
        actions = self.store.parking.actions(self.review_id)
        before = [(a.id, a.rank) for a in actions]
        after = moved(actions, action.id, step)
        if dict(after) != dict(before):
            self.undo_stack.push(Rerank(self.store, before, after, self.events.wrote))
        self.actions_phase.select_action(action.id)

    def _key_question_action(self, key: str) -> None:
        question = next((q for q in key_questions(self.texts) if q.key == key), None)
        if question is None:
            return
        action = self.ask_action(self, None, self._people(), "")
        if action is None:
            return
        self.undo_stack.beginMacro("Record an action for a key question")
        self.undo_stack.push(AddAction(self.store, self.review_id, action, self.events.wrote))
        self.undo_stack.push(SetAnswer(self.store, self.review_id, key, NOT_YET, ACTION_RECORDED, self.events.wrote))
        self.undo_stack.endMacro()

    def _pulse_changed(self, learned: int | None, would_return: int | None) -> None:
        self.store.meeting.set_pulse(self.review_id, learned, would_return)
        self.events.wrote()
