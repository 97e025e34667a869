"""The facilitator's undoable changes during the meeting that go through the write queue (see write_queue.py):
a question asked of the room, an item parked. Under another program's lock they wait their turn on disk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..domain.parking import ParkedItem
from ..domain.timeline import TimelineEntry
from ..storage.queued_writes import parked_data
from .write_queue import WriteQueue


def _submit(queue: WriteQueue, kind: str, data: dict, done: Callable[[], None]) -> object:
    """Write (or queue) it; the windows reload now if it is written, or when the queue says it is."""
    written, result = queue.submit(kind, data)
    if written:
        done()
    return result


class AskQuestion(QUndoCommand):
    """A question the facilitator typed for the moment on screen, added after its others."""

    def __init__(self, queue: WriteQueue, entry: TimelineEntry, text: str, done: Callable[[], None]):
        super().__init__("Ask a question")
        self.queue, self.entry, self.text, self.done = queue, entry, text, done

    def redo(self) -> None:
        self._set([*self.entry.questions, self.text])

    def undo(self) -> None:
        self._set(list(self.entry.questions))

    def _set(self, questions: list[str]) -> None:
        _submit(self.queue, "set_questions", {"entry_id": self.entry.id, "questions": questions}, self.done)


class ParkItem(QUndoCommand):
    """Park an item; undo takes it back (by its id, or by its time and words if it was parked while the database
    was busy), redo parks it again."""

    def __init__(self, queue: WriteQueue, review_id: int, item: ParkedItem, done: Callable[[], None]):
        super().__init__("Park an item")
        self.queue, self.review_id, self.item, self.done = queue, review_id, item, done
        self.item_id: int | None = None

    def redo(self) -> None:
        added = _submit(self.queue, "park", {"review_id": self.review_id, "item": parked_data(self.item)}, self.done)
        self.item_id = added.id if added is not None else None

    def undo(self) -> None:
        data = {"review_id": self.review_id, "item_id": self.item_id, "item": parked_data(self.item)}
        _submit(self.queue, "unpark", data, self.done)
