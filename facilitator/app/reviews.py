"""The review library: the list of reviews, and creating, copying, deleting and bringing one back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from ..domain.review import Review
from ..localzone import local_timezone_name
from ..storage.reviews import ReviewStore
from .changes import Change, Changed
from .hub import Hub


def new_review(
    incident_ref: str, title: str, incident_date: dt.date | None = None, timezone: str | None = None, **details: Any
) -> Review:
    """A review not yet stored, with the defaults every way of making one shares: the incident today, in this
    machine's time zone; details are the review's other fields (severity, folder, slot_minutes, …)."""
    review = Review(incident_ref, title, incident_date or dt.date.today(), timezone=timezone or local_timezone_name())
    return replace(review, **details)


@dataclass(frozen=True)
class Made:
    """A review a write made (created, copied, brought back) and what that changed."""

    review: Review
    changed: Changed


class Reviews:
    """The library's use cases; each write changes the library's list."""

    def __init__(self, store: ReviewStore, hub: Hub):
        self.store = store
        self.hub = hub

    def all(self) -> list[Review]:
        """Every review not deleted, newest incident first."""
        return self.store.all()

    def get(self, review_id: int) -> Review:
        return self.store.get(review_id)

    def create(self, review: Review) -> Made:
        """Store a new review (ReviewError, nothing stored, when it is not valid)."""
        made = self.store.create(review)
        return Made(made, self._library(made.id))

    def duplicate(self, review_id: int) -> Made:
        """A copy with the same set-up, people and timeline."""
        copy = self.store.duplicate(review_id)
        return Made(copy, self._library(copy.id))

    def delete(self, review_id: int) -> Changed:
        """Set the review aside; restore brings it back until purge_deleted."""
        self.store.delete(review_id)
        return self._library(review_id)

    def restore(self, review_id: int) -> Made:
        review = self.store.restore(review_id)
        return Made(review, self._library(review_id))

    def purge_deleted(self) -> Changed:
        """Remove the reviews set aside, for good."""
        purged = self.store.purge_deleted()
        return self.hub.publish(Changed(Change.LIBRARY if purged else Change.NOTHING))

    def _library(self, review_id: int | None) -> Changed:
        return self.hub.publish(Changed(Change.LIBRARY, review_id))
