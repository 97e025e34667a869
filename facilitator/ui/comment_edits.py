"""Undoable changes to the comments raised outside the meeting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..domain.comments import Comment
from ..storage.reviews import ReviewStore

Done = Callable[[], None]


class AddComments(QUndoCommand):
    """Add one comment typed in, or all those read from a file, as one step."""

    def __init__(self, store: ReviewStore, review_id: int, comments: list[Comment], done: Done):
        super().__init__("Add a comment" if len(comments) == 1 else f"Import {len(comments)} comments")
        self.store, self.review_id, self.comments, self.done = store, review_id, comments, done
        self._rows: list[dict] = []
        self.ids: list[int] = []

    def redo(self) -> None:
        if self._rows:
            self.ids = [self.store.comments.restore(row).id for row in self._rows]
        else:
            self.ids = [self.store.comments.add(self.review_id, c).id for c in self.comments]
        self.done()

    def undo(self) -> None:
        self._rows = [self.store.comments.remove(comment_id) for comment_id in self.ids]
        self.done()


class RemoveComment(QUndoCommand):
    def __init__(self, store: ReviewStore, comment: Comment, done: Done):
        super().__init__("Remove a comment")
        self.store, self.comment, self.done = store, comment, done
        self._row: dict | None = None

    def redo(self) -> None:
        self._row = self.store.comments.remove(self.comment.id)
        self.done()

    def undo(self) -> None:
        self.store.comments.restore(self._row)
        self.done()
