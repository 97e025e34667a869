"""The parking lot: talk about fixes and prevention, set aside during the timeline and given a fate at the end."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace


class ParkCategory(enum.StrEnum):
    UNSORTED = "unsorted"
    ACTION_IDEA = "action_idea"
    PREVENTION = "prevention"
    TECH_FORUM = "tech_forum"
    LATER = "later"


class Fate(enum.StrEnum):
    """What the actions phase decided for a parked item."""

    ACTION = "action"
    FORUM = "forum"
    DROPPED = "dropped"


class ParkingError(ValueError):
    """A parked item or fate that cannot be recorded, said in the meeting's words."""


@dataclass(frozen=True)
class ParkedItem:
    text: str
    category: ParkCategory
    created_at: dt.datetime
    raised_by: str = ""
    entry_id: int | None = None
    phase: str | None = None
    fate: Fate | None = None
    fate_reason: str = ""
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ParkingError("A parked item needs some words.")
        if self.created_at.tzinfo is None:
            raise ParkingError("A parked item's time must carry its offset.")
        if self.fate is Fate.DROPPED and not self.fate_reason.strip():
            raise ParkingError("Give a short reason for dropping the item.")


def with_fate(item: ParkedItem, fate: Fate | None, reason: str = "") -> ParkedItem:
    """The item given a fate (None takes the fate back); dropping needs a reason."""
    return replace(item, fate=fate, fate_reason=reason.strip() if fate is not None else "")


def waiting(items: Iterable[ParkedItem]) -> list[ParkedItem]:
    """Items still without a fate: none may leave the actions phase like this."""
    return [item for item in items if item.fate is None]


def next_waiting(items: list[ParkedItem], after: int | None) -> int | None:
    """Index of the next item without a fate after the given one, wrapping round; None when all have one."""
    start = 0 if after is None else after + 1
    order = [*range(start, len(items)), *range(0, start)]
    return next((i for i in order if items[i].fate is None), None)


SORTED = tuple(c for c in ParkCategory if c is not ParkCategory.UNSORTED)


def next_category(category: ParkCategory) -> ParkCategory:
    """The next of the four categories, round and round (an unsorted item starts at the first)."""
    if category is ParkCategory.UNSORTED:
        return SORTED[0]
    return SORTED[(SORTED.index(category) + 1) % len(SORTED)]
