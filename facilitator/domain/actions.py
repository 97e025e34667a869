"""The few owned actions a review ends with, ranked, with the about-three guidance."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import field
from typing import ClassVar

from .record import record
from .refusals import Refused

ABOUT_THREE = 3
"""How many actions a review aims for; more are allowed, with a gentle note and a ranking."""


class Priority(enum.StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionError(Refused):
    """An action that cannot be recorded as it is, said plainly."""

    area = "actions"
    sentences: ClassVar[dict[str, str]] = {
        "no_title": "An action needs a title.",
        "no_owner": "Every action needs an owner: an attendee or a name.",
    }


@record
class Action:
    title: str
    owner: str
    due: dt.date | None = None
    priority: Priority = Priority.MEDIUM
    isms_impact: bool = False
    tracker_ref: str = ""
    description: str = ""
    parked_item_id: int | None = None
    rank: int = 0
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ActionError("no_title")
        if not self.owner.strip():
            raise ActionError("no_owner")


def ranked(actions: Sequence[Action]) -> list[Action]:
    """Actions in the order the room ranked them (ties keep their order of creation)."""
    return sorted(actions, key=lambda a: (a.rank, a.id or 0))


def top_three(actions: Sequence[Action]) -> list[Action]:
    return ranked(actions)[:ABOUT_THREE]


def too_many(actions: Sequence[Action]) -> bool:
    """More than about three: time for the gentle note and a ranking. Nothing is refused."""
    return len(actions) > ABOUT_THREE


def moved(actions: Sequence[Action], action_id: int, step: int) -> list[tuple[int, int]]:
    """New (id, rank) pairs after moving one action up (step -1) or down (+1) the ranking."""
    order = [a.id for a in ranked(actions) if a.id is not None]  # stored actions, the only ones ranked
    index = order.index(action_id)
    target = index + step
    if 0 <= target < len(order):
        order[index], order[target] = order[target], order[index]
    return [(action_id_, rank) for rank, action_id_ in enumerate(order)]
