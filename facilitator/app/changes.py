"""What a write changed, by kind, so each window refreshes only what it shows."""

from __future__ import annotations

import enum

from ..domain.record import record


class Change(enum.Flag):
    """The kinds of thing a write can change."""

    NOTHING = 0
    LIBRARY = enum.auto()
    """Reviews created, deleted, restored or renamed (the library's list)."""
    DETAILS = enum.auto()
    """A review's own fields: title, incident, summary, folder, zone, agenda."""
    PEOPLE = enum.auto()
    TIMELINE = enum.auto()
    """Entries added, edited, removed or imported."""
    MARKS = enum.auto()
    """Which entries are prompts (marked for discussion) and their questions."""
    MEETING = enum.auto()
    """The meeting clock, phase, breaks and the prompt on screen."""
    NOTES = enum.auto()
    PARKING = enum.auto()
    ACTIONS = enum.auto()
    COMMENTS = enum.auto()
    DRAFT = enum.auto()
    """The note-taker's unsent words, saved at each pause in typing: no window shows them but the input they came
    from, so no window reads anything again for them."""
    EVERYTHING = LIBRARY | DETAILS | PEOPLE | TIMELINE | MARKS | MEETING | NOTES | PARKING | ACTIONS | COMMENTS | DRAFT
    """What another process changed, when it cannot say more."""


@record
class Changed:
    """One write's report: the kinds it changed, and the review they belong to (None: any review)."""

    kinds: Change
    review_id: int | None = None

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, kinds: Change, review_id: int | None = None) -> bool:
        """True when this report concerns any of ``kinds`` for ``review_id`` (or for every review)."""
        if not self.kinds & kinds:
            return False
        return review_id is None or self.review_id is None or self.review_id == review_id

    @classmethod
    def elsewhere(cls) -> Changed:
        """Another process wrote; it did not say what."""
        return cls(Change.EVERYTHING)


NOTHING_CHANGED = Changed(Change.NOTHING)
