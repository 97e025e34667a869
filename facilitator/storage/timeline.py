"""A review's timeline entries, stored in UTC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlite_utils import Database

from ..domain.timeline import MomentKind, TimelineEntry


def utc_text(at: dt.datetime) -> str:
    """A fixed-width UTC timestamp, so text order is time order."""
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _entry(row: dict) -> TimelineEntry:
    return TimelineEntry(
        id=row["id"],
        at=dt.datetime.fromisoformat(row["at_utc"]),
        actor=row["actor"] or "",
        text=row["text"],
        detail=row["detail"] or "",
        moment=MomentKind(row["moment"]) if row["moment"] else None,
        prep_note=row["prep_note"] or "",
    )


class TimelineStore:
    def __init__(self, db: Database):
        self.db = db

    def add(self, review_id: int, entries: Iterable[TimelineEntry]) -> int:
        rows = [
            {
                "review_id": review_id,
                "at_utc": utc_text(e.at),
                "actor": e.actor,
                "text": e.text,
                "detail": e.detail,
                "moment": e.moment.value if e.moment else None,
                "prep_note": e.prep_note,
            }
            for e in entries
        ]
        with self.db.atomic():
            self.db["timeline_entries"].insert_all(rows)
        return len(rows)

    def entries(self, review_id: int) -> list[TimelineEntry]:
        rows = self.db["timeline_entries"].rows_where(
            "review_id = ?", [review_id], order_by="at_utc, id"
        )
        return [_entry(r) for r in rows]

    def count(self, review_id: int) -> int:
        return self.db["timeline_entries"].count_where("review_id = ?", [review_id])
