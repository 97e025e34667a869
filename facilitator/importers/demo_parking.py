"""The demo's parking lot, actions and outside comments, tied to its marked moments by number."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..domain.actions import Action, Priority
from ..domain.comments import Comment
from ..domain.parking import Fate, ParkCategory, ParkedItem


class DemoParking(NamedTuple):
    parked: tuple[tuple[ParkedItem, int | None], ...]
    """(item, 1-based number of its marked moment)."""
    actions: tuple[tuple[Action, int | None], ...]
    """(action, 1-based number of the parked item it came from)."""
    comments: tuple[tuple[Comment, int | None], ...]


def read_demo_parking(data: dict, now: dt.datetime) -> DemoParking:
    parked = tuple(
        (
            ParkedItem(
                text=p["text"],
                category=ParkCategory(p["category"]),
                created_at=now - dt.timedelta(minutes=30 - number),
                raised_by=p.get("raised_by", ""),
                fate=Fate(p["fate"]) if p.get("fate") else None,
                fate_reason=p.get("reason", ""),
                phase="timeline",
            ),
            p.get("moment"),
        )
        for number, p in enumerate(data["parked"])
    )
    actions = tuple(
        (
            Action(
                title=a["title"],
                owner=a["owner"],
                due=now.date() + dt.timedelta(days=a["due_in_days"]) if a.get("due_in_days") else None,
                priority=Priority(a.get("priority", "medium")),
                isms_impact=bool(a.get("isms_impact", False)),
                tracker_ref=a.get("tracker_ref", ""),
                rank=rank,
            ),
            a.get("parked"),
        )
        for rank, a in enumerate(data["actions"])
    )
    comments = tuple(
        (Comment(text=c["text"], author=c.get("author"), via=c.get("via", "")), c.get("moment"))
        for c in data["comments"]
    )
    return DemoParking(parked=parked, actions=actions, comments=comments)
