"""Marks made during the meeting: an entry marked as a moment to discuss (or unmarked), a question asked of the room."""

from __future__ import annotations

from ..domain.timeline import MomentKind, TimelineEntry
from ..storage.reviews import ReviewStore
from ..storage.write_journal import Waiting
from .changes import Changed
from .hub import Hub
from .writes import Writer, write


class Marks:
    """Each write reports Change.MARKS for its review, and says whether it went in at once."""

    def __init__(self, store: ReviewStore, hub: Hub, writer: Writer):
        self.store, self.hub, self.writer = store, hub, writer

    def mark(self, review_id: int, entry: TimelineEntry, kind: MomentKind | None) -> tuple[Changed, bool]:
        """The entry as a moment of this kind, or unmarked (None)."""
        data = {"review_id": review_id, "entry_id": entry.id, "moment": kind.value if kind else None}
        changed, result = write(self.writer, self.hub, "set_moment", data)
        return changed, not isinstance(result, Waiting)

    def set_questions(self, review_id: int, entry: TimelineEntry, questions: tuple[str, ...]) -> tuple[Changed, bool]:
        """The entry's own questions for the room, in order."""
        data = {"review_id": review_id, "entry_id": entry.id, "questions": list(questions)}
        changed, result = write(self.writer, self.hub, "set_questions", data)
        return changed, not isinstance(result, Waiting)
