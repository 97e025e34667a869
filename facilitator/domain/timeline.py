"""Timeline entries, and the moments the facilitator marked as worth discussing."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from operator import attrgetter


class MomentKind(enum.StrEnum):
    DETECTION = "detection"
    DECISION = "decision"
    COMMUNICATION = "communication"
    OBSERVATION = "observation"
    DEEP_DIVE = "deep_dive"


_AT = attrgetter("at")


def sorted_entries(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Entries in time order; equal times keep the order they came in."""
    return sorted(entries, key=_AT)


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    actor: str
    text: str
    detail: str = ""
    moment: MomentKind | None = None
    prep_note: str = ""
    discussed: bool = False
    seconds_on_screen: int = 0
    questions: tuple[str, ...] = ()
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("A timeline entry's time must carry its offset.")

    @property
    def marked(self) -> bool:
        return self.moment is not None
