"""Comments raised outside the meeting: added (typed or imported), edited, attached to a moment, removed and
restored."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..domain.comments import Comment
from .edits import Edit, Edits


class CommentEdits(Edits):
    def add(self, review_id: int, comments: Sequence[Comment]) -> Edit:
        """Add one comment, or all those read from a file, as one edit; edit.part(i, "id") is the i-th one's id."""
        return self._edit(review_id, *(("comments.add", (review_id, comment)) for comment in comments))

    def edit(self, review_id: int, comment: Comment) -> Edit:
        """Replace the stored comment of the same id with this one."""
        return self._edit(review_id, ("comments.update", (comment,)))

    def attach(self, review_id: int, comment: Comment, entry_id: int | None) -> Edit:
        """Say which moment the comment is about (None: the whole review)."""
        return self.edit(review_id, replace(comment, entry_id=entry_id))

    def remove(self, review_id: int, comment_ids: Iterable[int | object]) -> Edit:
        """Remove the comments; edit.part(i) is the row restore needs to bring the i-th back."""
        return self._edit(review_id, *(("comments.remove", (comment_id,)) for comment_id in comment_ids))

    def restore(self, review_id: int, rows: Iterable[object]) -> Edit:
        """Bring back comments removed, with their ids; edit.part(i, "id") is the i-th one's id."""
        return self._edit(review_id, *(("comments.restore", (row,)) for row in rows))
