"""Parked items and the actions they become, stored per review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..domain.actions import Action, Priority, ranked
from ..domain.parking import Fate, ParkCategory, ParkedItem
from .connection import Database, known_id
from .timeline import utc_text


def _item_row(review_id: int, item: ParkedItem) -> dict:
    return {
        "review_id": review_id,
        "text": item.text.strip(),
        "category": item.category.value,
        "raised_by": item.raised_by.strip(),
        "entry_id": item.entry_id,
        "phase": item.phase,
        "created_utc": utc_text(item.created_at),
        "fate": item.fate.value if item.fate else "",
        "fate_reason": item.fate_reason,
    }


def _item(row: dict) -> ParkedItem:
    category = row["category"] if row["category"] in {c.value for c in ParkCategory} else ParkCategory.UNSORTED
    return ParkedItem(
        id=row["id"],
        text=row["text"],
        category=ParkCategory(category),
        created_at=dt.datetime.fromisoformat(row["created_utc"]),
        raised_by=row["raised_by"] or "",
        entry_id=row["entry_id"],
        phase=row["phase"],
        fate=Fate(row["fate"]) if row["fate"] else None,
        fate_reason=row["fate_reason"] or "",
    )


def _action_row(review_id: int, action: Action) -> dict:
    return {
        "review_id": review_id,
        "title": action.title.strip(),
        "owner": action.owner.strip(),
        "due": action.due.isoformat() if action.due else None,
        "priority": action.priority.value,
        "isms_impact": int(action.isms_impact),
        "tracker_ref": action.tracker_ref.strip(),
        "description": action.description.strip(),
        "parked_item_id": action.parked_item_id,
        "rank": action.rank,
    }


def _action(row: dict) -> Action:
    return Action(
        id=row["id"],
        title=row["title"],
        owner=row["owner"],
        due=dt.date.fromisoformat(row["due"]) if row["due"] else None,
        priority=Priority(row["priority"]),
        isms_impact=bool(row["isms_impact"]),
        tracker_ref=row["tracker_ref"] or "",
        description=row["description"] or "",
        parked_item_id=row["parked_item_id"],
        rank=row["rank"] or 0,
    )


class ParkingStore:
    def __init__(self, db: Database):
        self.db = db

    def items(self, review_id: int) -> list[ParkedItem]:
        rows = self.db.rows("parked_items", "review_id = ?", [review_id], order_by="created_utc, id")
        return [_item(r) for r in rows]

    def get(self, item_id: int) -> ParkedItem:
        return _item(self.db.row("parked_items", item_id))

    def add(self, review_id: int, item: ParkedItem) -> ParkedItem:
        return self.get(self.db.insert("parked_items", _item_row(review_id, item)))

    def update(self, item: ParkedItem) -> ParkedItem:
        row = _item_row(0, item)
        del row["review_id"]
        self.db.update("parked_items", known_id(item.id), row)
        return self.get(known_id(item.id))

    def remove(self, item_id: int) -> dict:
        """Remove an item; returns its row so that restore() can bring it back exactly."""
        row = self.db.row("parked_items", item_id)
        self.db.delete("parked_items", item_id)
        return row

    def restore(self, row: dict) -> ParkedItem:
        self.db.insert("parked_items", row)
        return self.get(row["id"])

    def actions(self, review_id: int) -> list[Action]:
        rows = self.db.rows("actions", "review_id = ?", [review_id])
        return ranked([_action(r) for r in rows])

    def get_action(self, action_id: int) -> Action:
        return _action(self.db.row("actions", action_id))

    def add_action(self, review_id: int, action: Action) -> Action:
        """Store an action at the bottom of the ranking."""
        last = self.db.execute("SELECT MAX(rank) FROM actions WHERE review_id = ?", [review_id]).fetchone()[0]
        row = {**_action_row(review_id, action), "rank": -1 if last is None else last}
        row["rank"] += 1
        return self.get_action(self.db.insert("actions", row))

    def update_action(self, action: Action) -> Action:
        row = _action_row(0, action)
        del row["review_id"]
        self.db.update("actions", known_id(action.id), row)
        return self.get_action(known_id(action.id))

    def remove_action(self, action_id: int) -> dict:
        row = self.db.row("actions", action_id)
        self.db.delete("actions", action_id)
        return row

    def restore_action(self, row: dict) -> Action:
        self.db.insert("actions", row)
        return self.get_action(row["id"])

    def set_ranks(self, ranks: Iterable[tuple[int, int]]) -> None:
        with self.db.atomic():
            for action_id, rank in ranks:
                self.db.update("actions", action_id, {"rank": rank})
