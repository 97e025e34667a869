"""Undoable changes to the parking lot and the actions: give a fate, promote, edit, rank (parking: queued_edits.py).
Each goes through the parking lot (app/parking.py): under another program's lock it waits its turn on disk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from ...app.parking import ParkingLot
from ...content import texts
from ...domain.actions import Action
from ...domain.parking import Fate, ParkCategory, ParkedItem, with_fate
from ..common.waiting_edits import part

Done = Callable[[], None]


class Rewrite(QUndoCommand):
    """Replace a stored value with a changed copy; undo writes the old one back."""

    def __init__(self, text: str, lot: ParkingLot, method: str, old: object, new: object, done: Done):
        super().__init__(text)
        self.lot, self.method, self.old, self.new, self.done = lot, method, old, new, done

    def redo(self) -> None:
        self.lot.edit(None, (self.method, (self.new,)))
        self.done()

    def undo(self) -> None:
        self.lot.edit(None, (self.method, (self.old,)))
        self.done()


def set_fate(lot: ParkingLot, item: ParkedItem, fate: Fate | None, reason: str, done: Done) -> Rewrite:
    return Rewrite(texts("parking")["undo"]["fate"], lot, "parking.update", item, with_fate(item, fate, reason), done)


def set_category(lot: ParkingLot, item: ParkedItem, category: ParkCategory, done: Done) -> Rewrite:
    new = replace(item, category=category)
    return Rewrite(texts("parking")["undo"]["category"], lot, "parking.update", item, new, done)


def edit_action(lot: ParkingLot, old: Action, new: Action, done: Done) -> Rewrite:
    return Rewrite(texts("parking")["undo"]["edit_action"].format(title=old.title), lot, "parking.update_action", old, new, done)


class AddAction(QUndoCommand):
    """Record an action, and when it comes from a parked item, give that item its fate in the same step."""

    def __init__(self, lot: ParkingLot, review_id: int, action: Action, done: Done, item: ParkedItem | None = None):
        super().__init__(texts("parking")["undo"]["add_action"].format(title=action.title))
        linked = replace(action, parked_item_id=item.id) if item is not None else action
        self.lot, self.review_id, self.action, self.done, self.item = lot, review_id, linked, done, item
        self._row: object = None
        self.action_id: object = None
        """The action's id, or a Later for it while it waits to be written."""

    def _fate(self, item: ParkedItem | None) -> tuple:
        return (("parking.update", (item,)),) if item is not None else ()

    def redo(self) -> None:
        fate = self._fate(with_fate(self.item, Fate.ACTION) if self.item is not None else None)
        if self._row is None:
            _written, added = self.lot.edit(self.review_id, ("parking.add_action", (self.review_id, self.action)), *fate)
            self.action_id = part(added, 0, "id")
        else:
            self.lot.edit(self.review_id, ("parking.restore_action", (self._row,)), *fate)
        self.done()

    def undo(self) -> None:
        removal = ("parking.remove_action", (self.action_id,))
        _written, removed = self.lot.edit(self.review_id, removal, *self._fate(self.item))
        self._row = part(removed, 0)
        self.done()


class RemoveAction(QUndoCommand):
    """Remove an action; the parked item it came from goes back to waiting for a fate."""

    def __init__(self, lot: ParkingLot, review_id: int, action: Action, item: ParkedItem | None, done: Done):
        super().__init__(texts("parking")["undo"]["remove_action"].format(title=action.title))
        self.lot, self.review_id, self.action, self.done = lot, review_id, action, done
        self._row: object = None
        self._item = item
        """The parked item the action came from, as it is shown (it goes back to waiting for a fate)."""

    def redo(self) -> None:
        waiting = (("parking.update", (with_fate(self._item, None),)),) if self._item is not None else ()
        _written, removed = self.lot.edit(self.review_id, ("parking.remove_action", (self.action.id,)), *waiting)
        self._row = part(removed, 0)
        self.done()

    def undo(self) -> None:
        back = (("parking.update", (self._item,)),) if self._item is not None else ()
        self.lot.edit(self.review_id, ("parking.restore_action", (self._row,)), *back)
        self.done()


class Rerank(QUndoCommand):
    def __init__(self, lot: ParkingLot, review_id: int, before: list, after: list, done: Done):
        super().__init__(texts("parking")["undo"]["ranking"])
        self.lot, self.review_id, self.before, self.after, self.done = lot, review_id, before, after, done

    def redo(self) -> None:
        self.lot.edit(self.review_id, ("parking.set_ranks", (self.after,)))
        self.done()

    def undo(self) -> None:
        self.lot.edit(self.review_id, ("parking.set_ranks", (self.before,)))
        self.done()
