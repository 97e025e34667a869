"""The parking lot: talk about fixes and prevention, set aside during the timeline and given a fate at the end."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import field, replace
from typing import ClassVar

from .record import record
from .refusals import Refused


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


class ParkingError(Refused):
    """A parked item or fate that cannot be recorded, said in the meeting's words."""

    area = "parking"
    sentences: ClassVar[dict[str, str]] = {
        "no_words": "A parked item needs some words.",
        "time_without_offset": "A parked item's time must carry its offset.",
        "no_reason": "Give a short reason for dropping the item.",
    }


@record
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
            raise ParkingError("no_words")
        if self.created_at.tzinfo is None:
            raise ParkingError("time_without_offset")
        if self.fate is Fate.DROPPED and not self.fate_reason.strip():
            raise ParkingError("no_reason")


def with_fate(item: ParkedItem, fate: Fate | None, reason: str = "") -> ParkedItem:
    """The item given a fate (None takes the fate back); dropping needs a reason. The category follows the
    fate where they would disagree: sent to the forum is for the forum, an action is an action idea."""
    category = item.category if fits(item.category, fate) else categories_for(fate)[0]
    return replace(item, category=category, fate=fate, fate_reason=reason.strip() if fate is not None else "")


def waiting(items: Iterable[ParkedItem]) -> list[ParkedItem]:
    """Items still without a fate: none may leave the actions phase like this."""
    return [item for item in items if item.fate is None]


def next_waiting(items: list[ParkedItem], after: int | None) -> int | None:
    """Index of the next item without a fate after the given one, wrapping round; None when all have one."""
    start = 0 if after is None else after + 1
    order = [*range(start, len(items)), *range(0, start)]
    return next((i for i in order if items[i].fate is None), None)


SORTED = tuple(c for c in ParkCategory if c is not ParkCategory.UNSORTED)
FATE_CATEGORIES = {
    Fate.ACTION: (ParkCategory.ACTION_IDEA, ParkCategory.PREVENTION),
    Fate.FORUM: (ParkCategory.TECH_FORUM,),
}
"""The categories that agree with a fate; a dropped or waiting item may be in any."""


def categories_for(fate: Fate | None) -> tuple[ParkCategory, ...]:
    """The sorted categories an item with this fate may have, in their usual order."""
    return FATE_CATEGORIES.get(fate, SORTED) if fate is not None else SORTED


def fits(category: ParkCategory, fate: Fate | None) -> bool:
    """Whether the category says the same as the fate (e.g. not 'Question for later' yet sent to the forum)."""
    return fate not in FATE_CATEGORIES or category in FATE_CATEGORIES[fate]


def next_category(category: ParkCategory, fate: Fate | None = None) -> ParkCategory:
    """The next category that agrees with the fate, round and round (an unsorted item starts at the first);
    the same category when the fate allows only that one."""
    allowed = categories_for(fate)
    if category not in allowed:
        return allowed[0]
    return allowed[(allowed.index(category) + 1) % len(allowed)]
