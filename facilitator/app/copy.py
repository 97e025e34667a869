"""A whole review copied from one database into another (a file and a team server, or two of either).

The copy holds everything the review archive holds (export/archive.py): the review's details, people,
timeline with its prompts and questions, the meeting's clock, budgets, answers and opening words, every
note (private ones too) and the draft, the parking lot, actions and comments. It goes in as a new review,
in one transaction on the target, so a failure leaves nothing there. Which files the record was written
to is not copied: that belongs to the machine that wrote them.
"""

from __future__ import annotations

import datetime as dt

from ..domain.record import record
from ..storage.errors import ReviewNotFound
from ..storage.reviews import ReviewStore
from ..storage.whole_review import load_whole, store_whole
from .changes import Change, Changed
from .hub import Hub


class NoReviewToCopy(ReviewNotFound):
    """The source has no review with that ID, or it was deleted there; nothing was written."""

    def __init__(self, review_id: int):
        super().__init__(f"there is no review with ID {review_id} to copy (none has that ID, or it was deleted)")
        self.review_id = review_id


@record
class Copied:
    review_id: int
    """The copy's ID in the target."""
    changed: Changed


class Copies:
    """Copies whole reviews from the source store into the target; the target's hub hears of each new one."""

    def __init__(self, source: ReviewStore, target: ReviewStore, hub: Hub):
        self.source = source
        self.target = target
        self.hub = hub

    def copy(self, review_id: int, now: dt.datetime) -> Copied:
        """The review as a new one in the target, all or nothing; copying it again gives another.

        Raises NoReviewToCopy when the source has no such review (or it was deleted), and the target's
        storage errors when it cannot be written; either way nothing is written to the target."""
        try:
            whole = load_whole(self.source, review_id)
        except ReviewNotFound:
            raise NoReviewToCopy(review_id) from None
        new_id = store_whole(self.target, whole, now)
        return Copied(new_id, self.hub.publish(Changed(Change.LIBRARY, new_id)))
