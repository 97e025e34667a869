"""The facilitator's undoable changes during the meeting that go through the write queue (see write_queue.py):
a moment marked, a question asked of the room, a key question answered, an item parked. Under another program's
lock they wait their turn on disk, and are shown on screen at once meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from ...app.marks import Marks
from ...app.meeting import Meeting
from ...app.parking import ParkingLot
from ...content import texts
from ...domain.parking import ParkedItem
from ...domain.timeline import MomentKind, TimelineEntry
from ..prep.timeline_model import TimelineModel

Shown = Callable[[], None]
"""Redraws what shows the timeline (the prompt card) after a change shown before it is written."""


class TimelineChange(QUndoCommand):
    """A change to one timeline entry: written (its report redraws every window), or shown in the timeline at once
    while it waits its turn."""

    def __init__(self, text: str, marks: Marks, review_id: int, model: TimelineModel, shown: Shown):
        super().__init__(text)
        self.marks, self.review_id, self.model, self.shown = marks, review_id, model, shown

    def _shown_unless_written(self, written: bool, entry: TimelineEntry) -> None:
        if written:
            return
        self.model.set_entries([entry if e.id == entry.id else e for e in self.model.entries()], self.model.zone_name)
        self.shown()


class AskQuestion(TimelineChange):
    """A question the facilitator typed for the moment on screen, added after its others."""

    def __init__(self, marks: Marks, review_id: int, model: TimelineModel, entry: TimelineEntry, text: str, shown: Shown):
        super().__init__(texts("meeting")["undo"]["ask"], marks, review_id, model, shown)
        self.entry, self.asked = entry, text

    def redo(self) -> None:
        self._set((*self.entry.questions, self.asked))

    def undo(self) -> None:
        self._set(self.entry.questions)

    def _set(self, questions: tuple[str, ...]) -> None:
        _changed, written = self.marks.set_questions(self.review_id, self.entry, questions)
        self._shown_unless_written(written, replace(self.entry, questions=questions))


class MarkMoment(TimelineChange):
    """Mark the entry on screen as a moment of this kind (M, D, C, O, X keys), or unmark it."""

    def __init__(
        self, marks: Marks, review_id: int, model: TimelineModel, entry: TimelineEntry, kind: MomentKind | None,
        shown: Shown,
    ):
        words = entry.text if len(entry.text) <= 30 else entry.text[:29] + "…"
        super().__init__(texts("meeting")["undo"]["mark"].format(entry=words), marks, review_id, model, shown)
        self.entry, self.kind = entry, kind

    def redo(self) -> None:
        self._set(self.kind)

    def undo(self) -> None:
        self._set(self.entry.moment)

    def _set(self, kind: MomentKind | None) -> None:
        _changed, written = self.marks.mark(self.review_id, self.entry, kind)
        self._shown_unless_written(written, replace(self.entry, moment=kind))


class AnswerKeyQuestion(QUndoCommand):
    """Record a key question's short answer ("not yet", N); the window shows it at once, written or waiting."""

    def __init__(self, room: Meeting, review_id: int, key: str, old: str, new: str, shown: Shown):
        super().__init__(texts("meeting")["undo"]["answer"])
        self.room, self.review_id, self.key, self.old, self.new, self.shown = room, review_id, key, old, new, shown

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def _set(self, answer: str) -> None:
        _changed, written = self.room.answer(self.review_id, self.key, answer)
        if not written:
            self.shown()


class ParkItem(QUndoCommand):
    """Park an item; undo takes it back (by its id, or by its time and words if it was parked while the database
    was busy), redo parks it again."""

    def __init__(self, lot: ParkingLot, review_id: int, item: ParkedItem, shown: Shown):
        super().__init__(texts("meeting")["undo"]["park"])
        self.lot, self.review_id, self.item, self.shown = lot, review_id, item, shown
        self.item_id: int | None = None

    def redo(self) -> None:
        _changed, added = self.lot.park(self.review_id, self.item)
        written = isinstance(added, ParkedItem)
        self.item_id = added.id if isinstance(added, ParkedItem) else None
        if not written:
            self.shown()

    def undo(self) -> None:
        _changed, result = self.lot.unpark(self.review_id, self.item, self.item_id)
        if result is not None:
            self.shown()
