"""The review's own details as the set-up edits them: incident, title, dates, folder, zone, slot, meeting."""

from __future__ import annotations

from collections.abc import Mapping

from .edits import Edit, Edits


class ReviewDetails(Edits):
    """Only the fields given are written, so another window's change to another detail stands."""

    def update(self, review_id: int, fields: Mapping[str, object]) -> Edit:
        """Write these fields of the review (checked by the caller against Review.with_changes)."""
        return self._edit(review_id, ("update_fields", (review_id, dict(fields))))
