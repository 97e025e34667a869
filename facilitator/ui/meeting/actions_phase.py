"""The parking lot and actions phase: its view, and its requests turned into undoable changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...app.meeting import ACTION_RECORDED, NOT_YET
from ...app.parking import ParkingLot
from ...content import texts
from ...domain.actions import moved
from ...domain.agenda import Phase
from ...domain.key_questions import key_questions
from ..common.waiting_edits import parking_with_waiting
from .actions_view import ActionsView
from .parking_edits import AddAction, RemoveAction, Rerank, edit_action, set_category, set_fate
from .phases import PhaseBase
from .queued_edits import AnswerKeyQuestion

if TYPE_CHECKING:
    from .meeting_view import MeetingView


class ActionsPhase(PhaseBase):
    """The parking lot and actions: built by the meeting view the first time the room reaches the phase (or a test
    asks for it). Its notes are kept for the record, not shown in its view."""

    phase = Phase.ACTIONS
    texts_key = "actions"
    keys = ("parked_item", "action_rows", "not_yet_action")
    shows_notes = False

    def __init__(self, meeting: MeetingView) -> None:
        super().__init__(meeting)
        self.review_id = meeting.review_id
        self.undo_stack = meeting.undo_stack
        self.queue = meeting.events.queue
        events = meeting.events
        self.lot = ParkingLot(events.store, events.hub, events.queue, self.queue.refused.emit)
        self.words = meeting.texts_parking
        self.widget = self.view = view = ActionsView(meeting.texts, dict(self.words))
        view.fate_requested.connect(self._set_fate)
        view.category_requested.connect(
            lambda item, category: self.undo_stack.push(set_category(self.lot, item, category, self._wrote))
        )
        view.action_requested.connect(self._promote)
        view.action_edit_requested.connect(self._edit_action)
        view.action_remove_requested.connect(self._remove_action)
        view.rank_requested.connect(self._rerank)
        view.key_question_action_requested.connect(self._key_question_action)

    def _wrote(self) -> None:
        """Written, the report redraws the phase; waiting, it is shown as it will be, without reading."""
        self.meeting._shown_waiting()

    def _shown(self):
        """The parked items and the actions as they will be once the edits waiting for the database are written."""
        record = self.meeting.shown.record()
        return parking_with_waiting(list(record.parked), list(record.actions), self.queue, self.review_id)

    def load(self) -> None:
        answers = self.meeting.shown.record().answers
        items, actions = self._shown()
        self.view.show_state(items, actions, [key for key, answer in answers.items() if answer == NOT_YET])

    def step(self, step: int) -> bool:
        return self._page(step, lambda: self.view.row)

    def notes_after(self) -> QWidget:
        raise NotImplementedError("The actions phase shows no notes.")

    def _people(self) -> list[str]:
        return [p.name for p in self.meeting.shown.record().people]

    def _has_action(self, item) -> bool:
        """The item already became an action: its fate changes only by removing that action."""
        if any(a.parked_item_id == item.id for a in self._shown()[1]):
            self.view.status.setText(self.words["walk"]["has_action"])
            return True
        return False

    def _set_fate(self, item, fate, reason: str) -> None:
        if not self._has_action(item):
            self.undo_stack.push(set_fate(self.lot, item, fate, reason, self._wrote))

    def _promote(self, item) -> None:
        if self._has_action(item):
            return
        action = self.meeting.ask_action(self.meeting, None, self._people(), item.text)
        if action is not None:
            self.undo_stack.push(AddAction(self.lot, self.review_id, action, self._wrote, item))

    def _remove_action(self, action) -> None:
        item = next((i for i in self._shown()[0] if i.id == action.parked_item_id), None)
        self.undo_stack.push(RemoveAction(self.lot, self.review_id, action, item, self._wrote))

    def _edit_action(self, action) -> None:
        edited = self.meeting.ask_action(self.meeting, action, self._people(), action.title)
        if edited is not None and edited != action:
            self.undo_stack.push(edit_action(self.lot, action, edited, self._wrote))
            self.view.select_action(action.id)

    def _rerank(self, action, step: int) -> None:
        actions = self._shown()[1]
        before = [(a.id, a.rank) for a in actions]
        after = moved(actions, action.id, step)
        if dict(after) != dict(before):
            self.undo_stack.push(Rerank(self.lot, self.review_id, before, after, self._wrote))
        self.view.select_action(action.id)

    def _key_question_action(self, key: str) -> None:
        question = next((q.text for q in key_questions(self.meeting.texts) if q.key == key), None)
        if question is None:
            return
        action = self.meeting.ask_action(self.meeting, None, self._people(), "", key_question=question)
        if action is None:
            return
        self.undo_stack.beginMacro(texts("meeting")["undo"]["key_question_action"])
        self.undo_stack.push(AddAction(self.lot, self.review_id, action, self._wrote))
        answer = AnswerKeyQuestion(self.meeting.room, self.review_id, key, NOT_YET, ACTION_RECORDED, self._wrote)
        self.undo_stack.push(answer)
        self.undo_stack.endMacro()
