"""Changes to a review's timeline as undoable commands: edit, add, delete, and a moment's questions. Each is a use
case of app/timeline_edits.py, which says what it changed; through the write queue, under another program's lock,
it waits its turn on disk, shown at once meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...app.timeline_edits import TimelineEdits
from ...content import texts
from ...domain.timeline import TimelineEntry

Done = Callable[[int | None], None]
"""Called after each redo/undo with the entry to select (or None): the panel reselects it."""

TYPING = 1


def _describe(entry: TimelineEntry) -> str:
    return entry.text if len(entry.text) <= 30 else entry.text[:29] + "…"


class EditEntry(QUndoCommand):
    """Replace an entry's fields. Successive typing in one field of one entry merges into one step."""

    def __init__(
        self, edits: TimelineEdits, review_id: int, old: TimelineEntry, new: TimelineEntry, done: Done, field: str = ""
    ):
        super().__init__(texts("timeline")["undo"]["edit"].format(entry=_describe(old)))
        self.edits, self.review_id, self.old, self.new, self.done, self.field = edits, review_id, old, new, done, field

    def id(self) -> int:
        return TYPING if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditEntry) or (other.field, other.new.id) != (self.field, self.new.id):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.edits.update(self.review_id, self.new)
        self.done(self.new.id)

    def undo(self) -> None:
        self.edits.update(self.review_id, self.old)
        self.done(self.old.id)


class AddEntry(QUndoCommand):
    """Add an entry typed by hand; undo removes it and redo brings the same entry back."""

    def __init__(self, edits: TimelineEdits, review_id: int, entry: TimelineEntry, done: Done):
        super().__init__(texts("timeline")["undo"]["add"].format(entry=_describe(entry)))
        self.edits, self.review_id, self.entry, self.done = edits, review_id, entry, done
        self._deleted: object = None
        self.added_id: object = None
        """The entry's id, or a Later for it while it waits to be written."""

    def redo(self) -> None:
        if self._deleted is None:
            self.added_id = self.edits.add(self.review_id, self.entry).part(0, "id")
        else:
            self.edits.undelete(self.review_id, self._deleted)
        self.done(self.added_id)  # type: ignore[arg-type]

    def undo(self) -> None:
        self._deleted = self.edits.delete(self.review_id, self.added_id).part(0)
        self.done(None)


class DeleteEntry(QUndoCommand):
    """Delete an entry with its questions; undo puts it back with the same id."""

    def __init__(self, edits: TimelineEdits, review_id: int, entry: TimelineEntry, done: Done):
        super().__init__(texts("timeline")["undo"]["delete"].format(entry=_describe(entry)))
        self.edits, self.review_id, self.entry, self.done = edits, review_id, entry, done
        self._deleted: object = None

    def redo(self) -> None:
        self._deleted = self.edits.delete(self.review_id, self.entry.id).part(0)
        self.done(None)

    def undo(self) -> None:
        self.edits.undelete(self.review_id, self._deleted)
        self.done(self.entry.id)


class SetQuestions(QUndoCommand):
    """Change the questions the facilitator added to one moment."""

    def __init__(
        self, edits: TimelineEdits, review_id: int, entry: TimelineEntry, questions: tuple[str, ...], done: Done, text: str
    ):
        super().__init__(text)
        self.edits, self.review_id, self.entry, self.questions, self.done = edits, review_id, entry, questions, done

    def redo(self) -> None:
        self.edits.set_questions(self.review_id, self.entry.id, self.questions)
        self.done(self.entry.id)

    def undo(self) -> None:
        self.edits.set_questions(self.review_id, self.entry.id, self.entry.questions)
        self.done(self.entry.id)
