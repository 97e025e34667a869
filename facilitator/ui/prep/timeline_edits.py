"""Changes to a review's timeline as undoable commands: edit, add, delete, and a moment's questions. Each goes
through the write queue: under another program's lock it waits its turn on disk, shown at once meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...domain.timeline import TimelineEntry
from ..common.waiting_edits import edit, part
from ..common.write_queue import WriteQueue

Done = Callable[[int | None], None]
"""Called after each redo/undo with the entry to select (or None): the panel reloads and reselects."""

TYPING = 1


def _describe(entry: TimelineEntry) -> str:
    text = entry.text if len(entry.text) <= 30 else entry.text[:29] + "…"
    return f"“{text}”"


class EditEntry(QUndoCommand):
    """Replace an entry's fields. Successive typing in one field of one entry merges into one step."""

    def __init__(self, queue: WriteQueue, old: TimelineEntry, new: TimelineEntry, done: Done, field: str = ""):
        super().__init__(f"Edit {_describe(old)}")
        self.queue, self.old, self.new, self.done, self.field = queue, old, new, done, field

    def id(self) -> int:
        return TYPING if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditEntry) or (other.field, other.new.id) != (self.field, self.new.id):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        edit(self.queue, None, ("timeline.update", (self.new,)))
        self.done(self.new.id)

    def undo(self) -> None:
        edit(self.queue, None, ("timeline.update", (self.old,)))
        self.done(self.old.id)


class AddEntry(QUndoCommand):
    """Add an entry typed by hand; undo removes it and redo brings the same entry back."""

    def __init__(self, queue: WriteQueue, review_id: int, entry: TimelineEntry, done: Done):
        super().__init__(f"Add {_describe(entry)}")
        self.queue, self.review_id, self.entry, self.done = queue, review_id, entry, done
        self._deleted = None
        self.added_id = None
        """The entry's id, or a Later for it while it waits to be written."""

    def redo(self) -> None:
        if self._deleted is None:
            _written, added = edit(self.queue, self.review_id, ("timeline.add_one", (self.review_id, self.entry)))
            self.added_id = part(added, 0, "id")
        else:
            edit(self.queue, self.review_id, ("timeline.undelete", (self._deleted,)))
        self.done(self.added_id)

    def undo(self) -> None:
        _written, deleted = edit(self.queue, self.review_id, ("timeline.delete", (self.added_id,)))
        self._deleted = part(deleted, 0)
        self.done(None)


class DeleteEntry(QUndoCommand):
    """Delete an entry with its questions; undo puts it back with the same id."""

    def __init__(self, queue: WriteQueue, review_id: int, entry: TimelineEntry, done: Done):
        super().__init__(f"Delete {_describe(entry)}")
        self.queue, self.review_id, self.entry, self.done = queue, review_id, entry, done
        self._deleted = None

    def redo(self) -> None:
        _written, deleted = edit(self.queue, self.review_id, ("timeline.delete", (self.entry.id,)))
        self._deleted = part(deleted, 0)
        self.done(None)

    def undo(self) -> None:
        edit(self.queue, self.review_id, ("timeline.undelete", (self._deleted,)))
        self.done(self.entry.id)


class SetQuestions(QUndoCommand):
    """Change the questions the facilitator added to one moment."""

    def __init__(self, queue: WriteQueue, entry: TimelineEntry, questions: tuple[str, ...], done: Done, text: str):
        super().__init__(text)
        self.queue, self.entry, self.questions, self.done = queue, entry, questions, done

    def redo(self) -> None:
        edit(self.queue, None, ("timeline.set_questions", (self.entry.id, self.questions)))
        self.done(self.entry.id)

    def undo(self) -> None:
        edit(self.queue, None, ("timeline.set_questions", (self.entry.id, self.entry.questions)))
        self.done(self.entry.id)
