"""Undoable changes to the parking lot and the actions: give a fate, promote, edit, rank (parking: queued_edits.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from ..domain.actions import Action
from ..domain.parking import Fate, ParkCategory, ParkedItem, with_fate
from ..storage.reviews import ReviewStore

Done = Callable[[], None]


class Rewrite(QUndoCommand):
    """Replace a stored value with a changed copy; undo writes the old one back."""

    def __init__(self, text: str, write: Callable[[object], object], old: object, new: object, done: Done):
        super().__init__(text)
        self.write, self.old, self.new, self.done = write, old, new, done

    def redo(self) -> None:
        self.write(self.new)
        self.done()

    def undo(self) -> None:
        self.write(self.old)
        self.done()


def set_fate(store: ReviewStore, item: ParkedItem, fate: Fate | None, reason: str, done: Done) -> Rewrite:
    return Rewrite("Give a parked item its fate", store.parking.update, item, with_fate(item, fate, reason), done)


def set_category(store: ReviewStore, item: ParkedItem, category: ParkCategory, done: Done) -> Rewrite:
    return Rewrite("Change a parked item's category", store.parking.update, item, replace(item, category=category), done)


def edit_action(store: ReviewStore, old: Action, new: Action, done: Done) -> Rewrite:
    return Rewrite(f"Edit the action “{old.title}”", store.parking.update_action, old, new, done)


class AddAction(QUndoCommand):
    """Record an action, and when it comes from a parked item, give that item its fate in the same step."""

    def __init__(self, store: ReviewStore, review_id: int, action: Action, done: Done, item: ParkedItem | None = None):
        super().__init__(f"Add the action “{action.title}”")
        linked = replace(action, parked_item_id=item.id) if item is not None else action
        self.store, self.review_id, self.action, self.done, self.item = store, review_id, linked, done, item
        self._row: dict | None = None
        self.action_id: int | None = None

    def redo(self) -> None:
        if self._row is None:
            self.action_id = self.store.parking.add_action(self.review_id, self.action).id
        else:
            self.store.parking.restore_action(self._row)
        if self.item is not None:
            self.store.parking.update(with_fate(self.item, Fate.ACTION))
        self.done()

    def undo(self) -> None:
        self._row = self.store.parking.remove_action(self.action_id)
        if self.item is not None:
            self.store.parking.update(self.item)
        self.done()


class RemoveAction(QUndoCommand):
    """Remove an action; the parked item it came from goes back to waiting for a fate."""

    def __init__(self, store: ReviewStore, action: Action, done: Done):
        super().__init__(f"Remove the action “{action.title}”")
        self.store, self.action, self.done = store, action, done
        self._row: dict | None = None
        self._item: ParkedItem | None = None

    def redo(self) -> None:
        self._row = self.store.parking.remove_action(self.action.id)
        if self.action.parked_item_id is not None:
            self._item = self.store.parking.get(self.action.parked_item_id)
            self.store.parking.update(with_fate(self._item, None))
        self.done()

    def undo(self) -> None:
        self.store.parking.restore_action(self._row)
        if self._item is not None:
            self.store.parking.update(self._item)
        self.done()


class Rerank(QUndoCommand):
    def __init__(self, store: ReviewStore, before: list[tuple[int, int]], after: list[tuple[int, int]], done: Done):
        super().__init__("Change the actions' ranking")
        self.store, self.before, self.after, self.done = store, before, after, done

    def redo(self) -> None:
        self.store.parking.set_ranks(self.after)
        self.done()

    def undo(self) -> None:
        self.store.parking.set_ranks(self.before)
        self.done()


class SetAnswer(QUndoCommand):
    """Record a key question's short answer (e.g. that an action now covers a "not yet")."""

    def __init__(self, store: ReviewStore, review_id: int, key: str, old: str, new: str, done: Done):
        super().__init__("Record a key question's answer")
        self.store, self.review_id, self.key, self.old, self.new, self.done = store, review_id, key, old, new, done

    def redo(self) -> None:
        self.store.meeting.set_answer(self.review_id, self.key, self.new)
        self.done()

    def undo(self) -> None:
        self.store.meeting.set_answer(self.review_id, self.key, self.old)
        self.done()
