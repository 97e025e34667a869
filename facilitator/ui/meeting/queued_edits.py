"""The facilitator's undoable changes during the meeting that go through the write queue (see write_queue.py):
a moment marked, a question asked of the room, a key question answered, an item parked. Under another program's
lock they wait their turn on disk, and are shown on screen at once meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from ...domain.parking import ParkedItem
from ...domain.timeline import MomentKind, TimelineEntry
from ...storage.queued_writes import parked_data
from ..common.write_queue import WriteQueue
from ..prep.timeline_model import TimelineModel

Shown = Callable[[], None]
"""Redraws what shows the timeline (the prompt card) after a change shown before it is written."""


class TimelineChange(QUndoCommand):
    """A change to one timeline entry: written, or shown in the timeline at once while it waits its turn."""

    def __init__(self, text: str, queue: WriteQueue, model: TimelineModel, done: Callable[[], None], shown: Shown):
        super().__init__(text)
        self.queue, self.model, self.done, self.shown = queue, model, done, shown

    def _write(self, kind: str, data: dict, entry: TimelineEntry) -> None:
        written, _result = self.queue.submit(kind, data)
        if written:
            self.done()
            return
        self.model.set_entries([entry if e.id == entry.id else e for e in self.model.entries()], self.model.zone_name)
        self.shown()


class AskQuestion(TimelineChange):
    """A question the facilitator typed for the moment on screen, added after its others."""

    def __init__(self, queue: WriteQueue, model: TimelineModel, entry: TimelineEntry, text: str, done, shown: Shown):
        super().__init__("Ask a question", queue, model, done, shown)
        self.entry, self.text = entry, text

    def redo(self) -> None:
        self._set((*self.entry.questions, self.text))

    def undo(self) -> None:
        self._set(self.entry.questions)

    def _set(self, questions: tuple[str, ...]) -> None:
        data = {"entry_id": self.entry.id, "questions": list(questions)}
        self._write("set_questions", data, replace(self.entry, questions=questions))


class MarkMoment(TimelineChange):
    """Mark the entry on screen as a moment of this kind (M, D, C, O, X keys), or unmark it."""

    def __init__(self, queue: WriteQueue, model: TimelineModel, entry: TimelineEntry, kind: MomentKind | None, done, shown):
        words = entry.text if len(entry.text) <= 30 else entry.text[:29] + "…"
        super().__init__(f"Mark “{words}”", queue, model, done, shown)
        self.entry, self.kind = entry, kind

    def redo(self) -> None:
        self._set(self.kind)

    def undo(self) -> None:
        self._set(self.entry.moment)

    def _set(self, kind: MomentKind | None) -> None:
        data = {"entry_id": self.entry.id, "moment": kind.value if kind else None}
        self._write("set_moment", data, replace(self.entry, moment=kind))


class AnswerKeyQuestion(QUndoCommand):
    """Record a key question's short answer ("not yet", N); the window shows it at once, written or waiting."""

    def __init__(self, queue: WriteQueue, review_id: int, key: str, old: str, new: str, done, shown: Shown):
        super().__init__("Record a key question's answer")
        self.queue, self.review_id, self.key, self.old, self.new = queue, review_id, key, old, new
        self.done, self.shown = done, shown

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def _set(self, answer: str) -> None:
        written, _result = self.queue.submit("set_answer", {"review_id": self.review_id, "key": self.key, "answer": answer})
        (self.done if written else self.shown)()


class ParkItem(QUndoCommand):
    """Park an item; undo takes it back (by its id, or by its time and words if it was parked while the database
    was busy), redo parks it again."""

    def __init__(self, queue: WriteQueue, review_id: int, item: ParkedItem, done: Callable[[], None], shown: Shown):
        super().__init__("Park an item")
        self.queue, self.review_id, self.item, self.done, self.shown = queue, review_id, item, done, shown
        self.item_id: int | None = None

    def redo(self) -> None:
        written, added = self.queue.submit("park", {"review_id": self.review_id, "item": parked_data(self.item)})
        self.item_id = added.id if written else None
        (self.done if written else self.shown)()

    def undo(self) -> None:
        data = {"review_id": self.review_id, "item_id": self.item_id, "item": parked_data(self.item)}
        written, _result = self.queue.submit("unpark", data)
        (self.done if written else self.shown)()
