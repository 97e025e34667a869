"""The windows' link to a team server: what another process's notices mean, by kind, and a new link after a lost one."""

from __future__ import annotations

import contextlib

from ..storage.changes import Change as Notice
from ..storage.changes import ServerChangeWatch
from ..storage.database import lock_wait_s
from ..storage.errors import is_lost
from ..storage.server import ServerConnection
from ..storage.server_offline import OfflineServerConnection, reopened
from ..storage.server_presence import notes_links
from .changes import Change, Changed

__all__ = [
    "TABLE_KINDS", "OfflineServerConnection", "ServerChangeWatch", "is_lost", "note_takers_linked", "reconnected", "reports",
]

TABLE_KINDS = {
    "reviews": Change.LIBRARY | Change.DETAILS | Change.MEETING,
    "people": Change.PEOPLE,
    "timeline_entries": Change.TIMELINE | Change.MARKS,
    "entry_questions": Change.MARKS,
    "meeting_events": Change.MEETING,
    "key_questions": Change.MEETING,
    "phase_budgets": Change.DETAILS | Change.MEETING,
    "notes": Change.NOTES,
    "note_drafts": Change.NOTES,
    "parked_items": Change.PARKING,
    "actions": Change.ACTIONS,
    "comments": Change.COMMENTS,
    "write_queues": Change.NOTHING,
    "export_folders": Change.NOTHING,
    "record_exports": Change.NOTHING,
    "change_counters": Change.NOTHING,
}
"""What a write to each table changes, for the windows; a table not named here: everything."""


def reports(notices: list[Notice]) -> list[Changed]:
    """The notices another process sent, as the hub's reports: one per review named (or one for every review)."""
    by_review: dict[int | None, Change] = {}
    for notice in notices:
        kinds = Change.NOTHING
        for table in notice.tables or ("?",):
            kinds |= TABLE_KINDS.get(table, Change.EVERYTHING)
        for review_id in notice.reviews or (None,):
            by_review[review_id] = by_review.get(review_id, Change.NOTHING) | kinds
    if None in by_review:  # said for every review: the per-review ones are inside it
        every = by_review.pop(None)
        by_review = {None: every | _joined(by_review.values())}
    return [Changed(kinds, review_id) for review_id, kinds in by_review.items() if kinds]


def _joined(kinds: object) -> Change:
    joined = Change.NOTHING
    for one in kinds:  # type: ignore[attr-defined]
        joined |= one
    return joined


def reconnected(db: OfflineServerConnection) -> tuple[object, ServerChangeWatch]:
    """A new link for the windows' connection and one for the notices (StorageError or OSError while the server is
    still out of reach); slow: call it off the GUI thread."""
    raw = reopened(db, lock_wait_s())
    try:
        return raw, ServerChangeWatch(ServerConnection(raw, db.url))
    except BaseException:
        raw.close()
        raise


class NoteTakersLinked:
    """How many links the note-taker's windows on a review have to the server, asked over a link of its own (never
    the windows' own, whose reads are kept while offline): slow, so asked off the GUI thread. None while the
    server cannot be reached from here."""

    def __init__(self, db: ServerConnection, review_id: int):
        self.db = db
        self.review_id = review_id
        self._link: ServerConnection | None = None

    def count(self) -> int | None:
        from ..storage.server_database import connect_again

        try:
            if self._link is None:
                self._link = connect_again(self.db)
            return notes_links(self._link, self.review_id)
        except Exception:  # the server out of reach (the windows already say so): ask again with a new link
            self.close()
            return None

    def close(self) -> None:
        if self._link is not None:
            link, self._link = self._link, None
            with contextlib.suppress(Exception):  # a link already gone is closed enough
                link.close()


def note_takers_linked(db: ServerConnection, review_id: int) -> NoteTakersLinked:
    return NoteTakersLinked(db, review_id)
