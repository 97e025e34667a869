"""Changes to earlier notes as undoable commands: edit, re-tag, move, mark private, delete.

Each goes through the note-taking use cases (app/notes.py) and the write queue, so a busy database never holds up the window (see write_queue.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...app.notes import NoteTaking
from ...content import texts
from ...domain.notes import Note
from .note_places import shortened

Done = Callable[[int | None], None]
"""Called after each redo/undo with the note to select (or None): the window reloads and reselects."""
What = Literal["edit", "speaker", "tag", "privacy", "move"]
"""Which change an edit is, as Edit ▸ Undo names it: its key under [undo] in the notes texts."""


def _describe(note: Note) -> str:
    return shortened(note.text, 30)


class EditNote(QUndoCommand):
    """Replace a note's words, speaker, tag, place or privacy."""

    def __init__(self, notes: NoteTaking, review_id: int, old: Note, new: Note, done: Done, what: What = "edit"):
        super().__init__(texts("notes")["undo"][what].format(note=_describe(old)))
        self.notes, self.review_id, self.old, self.new, self.done = notes, review_id, old, new, done

    def redo(self) -> None:
        self.notes.change(self.review_id, self.new)
        self.done(self.new.id)

    def undo(self) -> None:
        self.notes.change(self.review_id, self.old)
        self.done(self.old.id)


class DeleteNote(QUndoCommand):
    """Delete a note; undo puts it back with the same id, time and place."""

    def __init__(self, notes: NoteTaking, review_id: int, note: Note, done: Done):
        super().__init__(texts("notes")["undo"]["delete"].format(note=_describe(note)))
        self.notes, self.review_id, self.note, self.done = notes, review_id, note, done

    def redo(self) -> None:
        self.notes.delete(self.review_id, self.note)
        self.done(None)

    def undo(self) -> None:
        self.notes.put_back(self.review_id, self.note)
        self.done(self.note.id)


class SaidUndoStack(QUndoStack):
    """Emits said(words) on each undo or redo, naming the change: it may be to a note out of sight."""

    said = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._index = 0
        self._pushing = False
        self.indexChanged.connect(self._moved)

    def push(self, cmd: QUndoCommand) -> None:
        self._pushing = True
        try:
            super().push(cmd)
        finally:
            self._pushing = False

    def _moved(self, index: int) -> None:
        before, self._index = self._index, index
        if self._pushing or index == before:
            return
        command = self.command(min(index, before))
        if command is not None:
            words = texts("notes")["window"]
            said = words["undone"] if index < before else words["redone"]
            self.said.emit(said.format(what=command.text()))
