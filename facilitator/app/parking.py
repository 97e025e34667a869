"""The parking lot and the actions it becomes: park and take back, give a parked item its fate or category,
add, edit, remove and rank actions."""

from __future__ import annotations

from collections.abc import Callable

from ..domain.actions import Action
from ..domain.parking import ParkedItem
from ..storage.queued_calls import Later, calls_data
from ..storage.queued_writes import REFUSED, parked_data
from ..storage.reviews import ReviewStore
from ..storage.write_journal import Waiting
from .changes import NOTHING_CHANGED, Changed
from .hub import Hub
from .writes import Writer, write

Refused = Callable[[Waiting, Exception], None]
"""Told of an edit the database refused at once (its row deleted by another window, say); it is given up."""


class ParkingLot:
    """Each write reports Change.PARKING or Change.ACTIONS (or both) for its review."""

    def __init__(self, store: ReviewStore, hub: Hub, writer: Writer, refused: Refused | None = None):
        self.store, self.hub, self.writer = store, hub, writer
        self.refused = refused

    def park(self, review_id: int, item: ParkedItem) -> tuple[Changed, object]:
        """Park an item; returns it with its id, or the Waiting that stands for it."""
        return write(self.writer, self.hub, "park", {"review_id": review_id, "item": parked_data(item)})

    def unpark(self, review_id: int, item: ParkedItem, item_id: int | None) -> tuple[Changed, object]:
        """Take a parked item back: by its id, or (parked while the database was busy) by its time and words."""
        data = {"review_id": review_id, "item_id": item_id, "item": parked_data(item)}
        return write(self.writer, self.hub, "unpark", data)

    def rewrite(self, review_id: int | None, method: str, value: ParkedItem | Action) -> tuple[bool, object]:
        """Store a parked item (its fate, its category) or an action as it is now."""
        return self.edit(review_id, (method, (value,)))

    def add_action(self, review_id: int, action: Action, *also: tuple[str, tuple]) -> tuple[bool, object]:
        return self.edit(review_id, ("parking.add_action", (review_id, action)), *also)

    def remove_action(self, review_id: int, action_id: object, *also: tuple[str, tuple]) -> tuple[bool, object]:
        return self.edit(review_id, ("parking.remove_action", (action_id,)), *also)

    def restore_action(self, review_id: int, row: object, *also: tuple[str, tuple]) -> tuple[bool, object]:
        return self.edit(review_id, ("parking.restore_action", (row,)), *also)

    def rank(self, review_id: int, ranks: list) -> tuple[bool, object]:
        """The actions' order: [(action id, rank)]."""
        return self.edit(review_id, ("parking.set_ranks", (ranks,)))

    def edit(self, review_id: int | None, *calls: tuple[str, tuple]) -> tuple[bool, object]:
        """The store calls in one transaction: (True, what each returned) if written at once, else (False, a Later
        for that list). One the database refuses at once is told to `refused`, and returns (True, None)."""
        data = calls_data(review_id, *calls)
        try:
            _changed, result = write(self.writer, self.hub, "calls", data)
        except REFUSED as error:
            if self.refused is not None:
                self.refused(Waiting("", 0, "calls", data), error)
            return True, None
        if isinstance(result, Waiting):
            return False, Later(result.source, result.seq)
        return True, result

    def items(self, review_id: int) -> list[ParkedItem]:
        return self.store.parking.items(review_id)

    def actions(self, review_id: int) -> list[Action]:
        return self.store.parking.actions(review_id)


__all__ = ["NOTHING_CHANGED", "ParkingLot"]
