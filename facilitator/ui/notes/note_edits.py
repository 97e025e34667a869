"""Changes to earlier notes as undoable commands: edit, re-tag, move, mark private, delete.

Each goes through the write queue, so a busy database never holds up the window (see write_queue.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...domain.notes import Note
from ...storage.queued_writes import note_data
from ..common.write_queue import WriteQueue
from .note_places import shortened

Done = Callable[[int | None], None]
"""Called after each redo/undo with the note to select (or None): the window reloads and reselects."""


def _describe(note: Note) -> str:
    return f"“{shortened(note.text, 30)}”"


class EditNote(QUndoCommand):
    """Replace a note's words, speaker, tag, place or privacy."""

    def __init__(self, queue: WriteQueue, old: Note, new: Note, done: Done, what: str = "Edit"):
        super().__init__(f"{what} {_describe(old)}")
        self.queue, self.old, self.new, self.done = queue, old, new, done

    def redo(self) -> None:
        self.queue.submit("update_note", {"note": note_data(self.new)})
        self.done(self.new.id)

    def undo(self) -> None:
        self.queue.submit("update_note", {"note": note_data(self.old)})
        self.done(self.old.id)


class DeleteNote(QUndoCommand):
    """Delete a note; undo puts it back with the same id, time and place."""

    def __init__(self, queue: WriteQueue, review_id: int, note: Note, done: Done):
        super().__init__(f"Delete {_describe(note)}")
        self.queue, self.review_id, self.note, self.done = queue, review_id, note, done

    def redo(self) -> None:
        self.queue.submit("delete_note", {"review_id": self.review_id, "note_id": self.note.id})
        self.done(None)

    def undo(self) -> None:
        self.queue.submit("add_note", {"review_id": self.review_id, "note": note_data(self.note)})
        self.done(self.note.id)
