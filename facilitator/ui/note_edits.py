"""Changes to earlier notes as undoable commands: edit, re-tag, move, mark private, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..domain.notes import Note
from ..storage.reviews import ReviewStore
from .note_places import shortened

Done = Callable[[int | None], None]
"""Called after each redo/undo with the note to select (or None): the window reloads and reselects."""


def _describe(note: Note) -> str:
    return f"“{shortened(note.text, 30)}”"


class EditNote(QUndoCommand):
    """Replace a note's words, speaker, tag, place or privacy."""

    def __init__(self, store: ReviewStore, old: Note, new: Note, done: Done, what: str = "Edit"):
        super().__init__(f"{what} {_describe(old)}")
        self.store, self.old, self.new, self.done = store, old, new, done

    def redo(self) -> None:
        self.store.notes.update(self.new)
        self.done(self.new.id)

    def undo(self) -> None:
        self.store.notes.update(self.old)
        self.done(self.old.id)


class DeleteNote(QUndoCommand):
    """Delete a note; undo puts it back with the same id, time and place."""

    def __init__(self, store: ReviewStore, review_id: int, note: Note, done: Done):
        super().__init__(f"Delete {_describe(note)}")
        self.store, self.review_id, self.note, self.done = store, review_id, note, done

    def redo(self) -> None:
        self.store.notes.delete(self.note.id)
        self.done(None)

    def undo(self) -> None:
        self.store.notes.add(self.review_id, self.note)
        self.done(self.note.id)
