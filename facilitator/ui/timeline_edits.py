"""Changes to a review's timeline as undoable commands: edit, add, delete, and a moment's questions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..domain.timeline import TimelineEntry
from ..storage.reviews import ReviewStore
from ..storage.timeline import DeletedEntry

Done = Callable[[int | None], None]
"""Called after each redo/undo with the entry to select (or None): the panel reloads and reselects."""

TYPING = 1


def _describe(entry: TimelineEntry) -> str:
    text = entry.text if len(entry.text) <= 30 else entry.text[:29] + "…"
    return f"“{text}”"


class EditEntry(QUndoCommand):
    """Replace an entry's fields. Successive typing in one field of one entry merges into one step."""

    def __init__(self, store: ReviewStore, old: TimelineEntry, new: TimelineEntry, done: Done, field: str = ""):
        super().__init__(f"Edit {_describe(old)}")
        self.store, self.old, self.new, self.done, self.field = store, old, new, done, field

    def id(self) -> int:
        return TYPING if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditEntry) or (other.field, other.new.id) != (self.field, self.new.id):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.store.timeline.update(self.new)
        self.done(self.new.id)

    def undo(self) -> None:
        self.store.timeline.update(self.old)
        self.done(self.old.id)


class AddEntry(QUndoCommand):
    """Add an entry typed by hand; undo removes it and redo brings the same entry back."""

    def __init__(self, store: ReviewStore, review_id: int, entry: TimelineEntry, done: Done):
        super().__init__(f"Add {_describe(entry)}")
        self.store, self.review_id, self.entry, self.done = store, review_id, entry, done
        self._deleted: DeletedEntry | None = None
        self.added_id: int | None = None

    def redo(self) -> None:
        if self._deleted is None:
            added = self.store.timeline.add_one(self.review_id, self.entry)
        else:
            added = self.store.timeline.undelete(self._deleted)
        self.added_id = added.id
        self.done(added.id)

    def undo(self) -> None:
        self._deleted = self.store.timeline.delete(self.added_id)
        self.done(None)


class DeleteEntry(QUndoCommand):
    """Delete an entry with its questions; undo puts it back with the same id."""

    def __init__(self, store: ReviewStore, entry: TimelineEntry, done: Done):
        super().__init__(f"Delete {_describe(entry)}")
        self.store, self.entry, self.done = store, entry, done
        self._deleted: DeletedEntry | None = None

    def redo(self) -> None:
        self._deleted = self.store.timeline.delete(self.entry.id)
        self.done(None)

    def undo(self) -> None:
        self.store.timeline.undelete(self._deleted)
        self.done(self.entry.id)


class SetQuestions(QUndoCommand):
    """Change the questions the facilitator added to one moment."""

    def __init__(self, store: ReviewStore, entry: TimelineEntry, questions: tuple[str, ...], done: Done, text: str):
        super().__init__(text)
        self.store, self.entry, self.questions, self.done = store, entry, questions, done

    def redo(self) -> None:
        self.store.timeline.set_questions(self.entry.id, self.questions)
        self.done(self.entry.id)

    def undo(self) -> None:
        self.store.timeline.set_questions(self.entry.id, self.entry.questions)
        self.done(self.entry.id)
