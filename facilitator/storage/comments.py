"""Comments raised outside the meeting. An anonymous comment's row has no author: NULL, never a name."""

from __future__ import annotations

import datetime as dt

from ..domain.comments import Comment
from .connection import Database, known_id


def _row(review_id: int, comment: Comment) -> dict:
    return {
        "review_id": review_id,
        "text": comment.text.strip(),
        "author": comment.author.strip() if comment.author is not None else None,
        "received_on": comment.received_on.isoformat() if comment.received_on else None,
        "via": comment.via.strip(),
        "entry_id": comment.entry_id,
        "shown": int(comment.shown),
    }


def _comment(row: dict) -> Comment:
    return Comment(
        id=row["id"],
        text=row["text"],
        author=row["author"],
        received_on=dt.date.fromisoformat(row["received_on"]) if row["received_on"] else None,
        via=row["via"] or "",
        entry_id=row["entry_id"],
        shown=bool(row["shown"]),
    )


def forget_overwritten(db: Database) -> None:
    """Make sure replaced text survives nowhere: secure_delete zeroes freed space, the checkpoint empties the WAL.
    Inside a transaction (a queued edit, see queued_calls.py) the checkpoint is left to whoever commits it."""
    if not db.conn.in_transaction:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class CommentStore:
    def __init__(self, db: Database):
        self.db = db

    def comments(self, review_id: int) -> list[Comment]:
        return [_comment(r) for r in self.db.rows("comments", "review_id = ?", [review_id], order_by="id")]

    def get(self, comment_id: int) -> Comment:
        return _comment(self.db.row("comments", comment_id))

    def add(self, review_id: int, comment: Comment) -> Comment:
        return self.get(self.db.insert("comments", _row(review_id, comment)))

    def update(self, comment: Comment) -> Comment:
        """Save changes; a comment made anonymous loses its author in the same write."""
        row = _row(0, comment)
        del row["review_id"]
        comment_id = known_id(comment.id)
        had_author = self.db.row("comments", comment_id)["author"] is not None
        self.db.update("comments", comment_id, row)
        if had_author and comment.anonymous:
            forget_overwritten(self.db)
        return self.get(comment_id)

    def remove(self, comment_id: int) -> dict:
        row = self.db.row("comments", comment_id)
        self.db.delete("comments", comment_id)
        forget_overwritten(self.db)
        return row

    def restore(self, row: dict) -> Comment:
        self.db.insert("comments", row)
        return self.get(row["id"])
