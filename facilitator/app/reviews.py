"""The review library: the list of reviews, and creating, copying, deleting and bringing one back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from ..domain.record import record
from ..domain.review import Review
from ..localzone import local_timezone_name
from ..storage.queued_calls import calls_data
from ..storage.queued_writes import REFUSED
from ..storage.reviews import ReviewStore
from ..storage.write_journal import Waiting
from .changes import Change, Changed
from .hub import Hub
from .writes import Writer, changed_by


def new_review(
    incident_ref: str, title: str, incident_date: dt.date | None = None, timezone: str | None = None, **details: Any
) -> Review:
    """A review not yet stored, with the defaults every way of making one shares: the incident today, in this
    machine's time zone; details are the review's other fields (severity, folder, slot_minutes, …)."""
    review = Review(incident_ref, title, incident_date or dt.date.today(), timezone=timezone or local_timezone_name())
    return replace(review, **details)


@record
class Made:
    """A review a write made (created, copied, brought back) and what that changed; through a writer whose write
    waits its turn there is no review yet, and ``waiting`` stands for the write (None too when it was refused)."""

    stored: Review | None
    changed: Changed
    waiting: Waiting | None = None

    @property
    def review(self) -> Review:
        """The review made, once it is in the database."""
        if self.stored is None:
            raise LookupError("the review is not in the database yet")
        return self.stored


class Reviews:
    """The library's use cases; each write changes the library's list.

    Without a writer each write goes in at once (the command line); with one (the windows' write queue) it may wait
    while another process holds the database: the hub hears it once it is in (from the queue's owner then). A write
    the database refuses is told to a writer that tells refusals (``tell_refused(kind, data, error)``), else raised."""

    def __init__(self, store: ReviewStore, hub: Hub, writer: Writer | None = None):
        self.store = store
        self.hub = hub
        self.writer = writer

    def all(self) -> list[Review]:
        """Every review not deleted, newest incident first."""
        return self.store.all()

    def get(self, review_id: int) -> Review:
        return self.store.get(review_id)

    def create(self, review: Review) -> Made:
        """Store a new review (ReviewError, nothing stored, when it is not valid)."""
        if self.writer is None:
            made = self.store.create(review)
            return Made(made, self._library(made.id))
        return self._made("create", review)

    def duplicate(self, review_id: int) -> Made:
        """A copy with the same set-up, people and timeline."""
        if self.writer is None:
            copy = self.store.duplicate(review_id)
            return Made(copy, self._library(copy.id))
        return self._made("duplicate", review_id)

    def delete(self, review_id: int) -> Changed:
        """Set the review aside; restore brings it back until purge_deleted."""
        if self.writer is None:
            self.store.delete(review_id)
            return self._library(review_id)
        return self._write(review_id, "delete", review_id)[0]

    def restore(self, review_id: int) -> Made:
        if self.writer is None:
            review = self.store.restore(review_id)
            return Made(review, self._library(review_id))
        return self._made("restore", review_id, review_id=review_id)

    def purge_deleted(self) -> Changed:
        """Remove the reviews set aside, for good."""
        if self.writer is None:
            purged = self.store.purge_deleted()
            return self.hub.publish(Changed(Change.LIBRARY if purged else Change.NOTHING))
        changed, done, returned = self._through_writer("purge_deleted")
        if done and isinstance(returned, list):
            return self.hub.publish(changed if returned[0] else Changed(Change.NOTHING))
        return changed

    def _made(self, method: str, *args: object, review_id: int | None = None) -> Made:
        changed, done, returned = self._through_writer(method, *args)
        if isinstance(returned, Waiting):
            return Made(None, changed, returned)
        if not done or not isinstance(returned, list):
            return Made(None, self.hub.publish(changed))  # refused: every window shows the truth again
        made: Review = returned[0]
        return Made(made, self._library(review_id if review_id is not None else made.id))

    def _write(self, review_id: int, method: str, *args: object) -> tuple[Changed, object]:
        changed, _done, returned = self._through_writer(method, *args)
        if isinstance(returned, Waiting):
            return changed, returned
        return (self._library(review_id) if returned is not None else self.hub.publish(changed)), returned

    def _through_writer(self, method: str, *args: object) -> tuple[Changed, bool, object]:
        """One store call through the writer: what it changes (said of no review: the library's list), whether it
        went in at once (or was refused), and what it returned (a Waiting while it waits, None when refused)."""
        assert self.writer is not None
        data = calls_data(None, (method, args))
        changed = changed_by("calls", data)
        try:
            done, returned = self.writer.submit("calls", data)
        except REFUSED as error:
            tell = getattr(self.writer, "tell_refused", None)
            if tell is None:
                raise
            tell("calls", data, error)
            return changed, True, None
        return changed, done, returned

    def _library(self, review_id: int | None) -> Changed:
        return self.hub.publish(Changed(Change.LIBRARY, review_id))
