"""Whether the note-taker's window is there, asked of the team server itself: that window names its links to the
server (application_name), and the server lists the links it has (pg_stat_activity). Nothing of our own is sent."""

from __future__ import annotations

NOTES_LINK = "facilitator notes {review_id}"


def notes_link_name(review_id: int) -> str:
    """What a note-taker's window on this review calls its links to the server."""
    return NOTES_LINK.format(review_id=review_id)


def notes_links(db, review_id: int) -> int:
    """How many links the note-taker's windows on this review have to the server now (0: none is there)."""
    row = db.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = ?",
        [notes_link_name(review_id)],
    ).fetchone()
    return int(row[0])
