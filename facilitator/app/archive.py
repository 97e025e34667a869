"""A review archive (the JSON of the whole review) back into the library as a new review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.record import record
from ..storage.reviews import ReviewStore
from .changes import Change, Changed
from .hub import Hub
from .record_files import restore_review


@record
class Restored:
    review_id: int
    changed: Changed


class Archives:
    """Writing an archive is an export (Exports.record with FileFormat.JSON); this brings one back."""

    def __init__(self, store: ReviewStore, hub: Hub):
        self.store = store
        self.hub = hub

    def restore(self, path: Path, now: dt.datetime) -> Restored:
        """The archive as a new review with no incident folder; a bad archive stores nothing.
        Raises OSError when the file cannot be read, importers.ImportProblem when it is not a good archive."""
        review_id = restore_review(self.store, path, now)
        return Restored(review_id, self.hub.publish(Changed(Change.LIBRARY, review_id)))
