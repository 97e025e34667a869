"""Undoable changes to the comments raised outside the meeting, through the write queue (waiting_edits.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...domain.comments import Comment
from ..common.waiting_edits import edit, part
from ..common.write_queue import WriteQueue

Done = Callable[[], None]


class AddComments(QUndoCommand):
    """Add one comment typed in, or all those read from a file, as one step."""

    def __init__(self, queue: WriteQueue, review_id: int, comments: list[Comment], done: Done):
        super().__init__("Add a comment" if len(comments) == 1 else f"Import {len(comments)} comments")
        self.queue, self.review_id, self.comments, self.done = queue, review_id, comments, done
        self._rows: list = []
        self.ids: list = []

    def redo(self) -> None:
        if self._rows:
            _written, restored = edit(self.queue, self.review_id, *(("comments.restore", (row,)) for row in self._rows))
        else:
            adds = (("comments.add", (self.review_id, c)) for c in self.comments)
            _written, restored = edit(self.queue, self.review_id, *adds)
        self.ids = [part(restored, i, "id") for i in range(len(self.comments))]
        self.done()

    def undo(self) -> None:
        _written, rows = edit(self.queue, self.review_id, *(("comments.remove", (comment_id,)) for comment_id in self.ids))
        self._rows = [part(rows, i) for i in range(len(self.ids))]
        self.done()


class RemoveComment(QUndoCommand):
    def __init__(self, queue: WriteQueue, review_id: int, comment: Comment, done: Done):
        super().__init__("Remove a comment")
        self.queue, self.review_id, self.comment, self.done = queue, review_id, comment, done
        self._row = None

    def redo(self) -> None:
        _written, row = edit(self.queue, self.review_id, ("comments.remove", (self.comment.id,)))
        self._row = part(row, 0)
        self.done()

    def undo(self) -> None:
        edit(self.queue, self.review_id, ("comments.restore", (self._row,)))
        self.done()
