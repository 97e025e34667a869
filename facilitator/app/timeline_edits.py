"""Preparing a review's timeline: entries added by hand, corrected, deleted and brought back; moments marked
with their kind and their own questions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..domain.timeline import MomentKind, TimelineEntry
from .edits import Edit, Edits


class TimelineEdits(Edits):
    """Each method is one edit; ids may be Laters for entries added while the database was busy."""

    def add(self, review_id: int, entry: TimelineEntry) -> Edit:
        """Add one entry; edit.part(0, "id") is its id (or a Later for it)."""
        return self._edit(review_id, ("timeline.add_one", (review_id, entry)))

    def update(self, review_id: int, entry: TimelineEntry) -> Edit:
        """Replace the stored entry of the same id with this one (its time, words, detail, note or kind)."""
        return self._edit(review_id, ("timeline.update", (entry,)))

    def set_kind(self, review_id: int, entry: TimelineEntry, kind: MomentKind | None) -> Edit:
        """Mark the entry as a moment of this kind (None: unmark it)."""
        return self.update(review_id, replace(entry, moment=kind))

    def delete(self, review_id: int, entry_id: int | object) -> Edit:
        """Delete the entry with its questions; edit.part(0) is what undelete needs to bring it back."""
        return self._edit(review_id, ("timeline.delete", (entry_id,)))

    def undelete(self, review_id: int, deleted: object) -> Edit:
        """Bring back an entry deleted, with the same id and questions."""
        return self._edit(review_id, ("timeline.undelete", (deleted,)))

    def set_questions(self, review_id: int, entry_id: int | object, questions: Iterable[str]) -> Edit:
        """The questions the facilitator added to this moment, replacing those it had."""
        return self._edit(review_id, ("timeline.set_questions", (entry_id, tuple(questions))))
