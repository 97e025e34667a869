"""Undoable changes to the comments raised outside the meeting, as use cases of app/comment_edits.py (each says
what it changed; through the write queue it may wait its turn)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...app.comment_edits import CommentEdits
from ...content import texts
from ...domain.comments import Comment

Done = Callable[[], None]


def _nothing() -> None:
    """The windows hear of the change through the hub: nothing more to do after it."""


class AddComments(QUndoCommand):
    """Add one comment typed in, or all those read from a file, as one step."""

    def __init__(self, edits: CommentEdits, review_id: int, comments: list[Comment], done: Done = _nothing):
        words = texts("parking")["undo"]
        super().__init__(words["add_comment"] if len(comments) == 1 else words["import_comments"].format(count=len(comments)))
        self.edits, self.review_id, self.comments, self.done = edits, review_id, comments, done
        self._rows: list = []
        self.ids: list = []

    def redo(self) -> None:
        if self._rows:
            added = self.edits.restore(self.review_id, self._rows)
        else:
            added = self.edits.add(self.review_id, self.comments)
        self.ids = [added.part(i, "id") for i in range(len(self.comments))]
        self.done()

    def undo(self) -> None:
        removed = self.edits.remove(self.review_id, self.ids)
        self._rows = [removed.part(i) for i in range(len(self.ids))]
        self.done()


class RemoveComment(QUndoCommand):
    def __init__(self, edits: CommentEdits, review_id: int, comment: Comment, done: Done = _nothing):
        super().__init__(texts("parking")["undo"]["remove_comment"])
        self.edits, self.review_id, self.comment, self.done = edits, review_id, comment, done
        self._row: object = None

    def redo(self) -> None:
        self._row = self.edits.remove(self.review_id, [self.comment.id]).part(0)
        self.done()

    def undo(self) -> None:
        self.edits.restore(self.review_id, [self._row])
        self.done()
