"""A review's timeline entries, stored in UTC, with the facilitator's marks and questions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

try:
    from _blake2 import blake2b  # CPython's own BLAKE2, the one hashlib hands out, without loading OpenSSL at start-up
except ImportError:
    from hashlib import blake2b

from ..domain.timeline import MomentKind, TimelineEntry, TimePrecision
from .connection import Database, known_id

TABLE = "timeline_entries"


def utc_text(at: dt.datetime) -> str:
    """A fixed-width UTC timestamp, so text order is time order."""
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def source_key(entry: TimelineEntry) -> str:
    """What makes an entry the same entry when a file is imported again."""
    return _identity(utc_text(entry.at), entry)


def _identity(at_utc: str, entry: TimelineEntry) -> str:
    identity = "\x1f".join((at_utc, entry.actor.strip(), entry.text.strip()))
    return blake2b(identity.encode("utf-8"), digest_size=12).hexdigest()


def _row(review_id: int, entry: TimelineEntry) -> dict:
    return {
        "review_id": review_id,
        "at_utc": utc_text(entry.at),
        "actor": entry.actor,
        "text": entry.text,
        "detail": entry.detail,
        "moment": entry.moment.value if entry.moment else None,
        "prep_note": entry.prep_note,
        "discussed": int(entry.discussed),
        "seconds_on_screen": entry.seconds_on_screen,
        "precision": entry.precision.value,
    }


def _imported_row(review_id: int, entry: TimelineEntry) -> dict:
    row = _row(review_id, entry)
    row["source_key"] = _identity(row["at_utc"], entry)
    return row


_IMPORTED_COLUMNS = (
    "review_id", "at_utc", "actor", "text", "detail", "moment",
    "prep_note", "discussed", "seconds_on_screen", "precision", "source_key",
)
_INSERT_IMPORTED = (
    f"INSERT OR IGNORE INTO {TABLE} ({', '.join(_IMPORTED_COLUMNS)}) "
    f"VALUES ({', '.join(':' + column for column in _IMPORTED_COLUMNS)})"
)
"""One executemany for a whole import of 20,000 rows, duplicates skipped by the database."""
_INSERT_KEEPING_KEY = _INSERT_IMPORTED.replace("INSERT OR IGNORE", "INSERT", 1)
"""For entries brought back from an archive: a repeated import identity is an error, never skipped."""


def _entry(row: dict, questions: tuple[str, ...] = ()) -> TimelineEntry:
    return TimelineEntry(
        id=row["id"],
        at=dt.datetime.fromisoformat(row["at_utc"]),
        actor=row["actor"] or "",
        text=row["text"],
        detail=row["detail"] or "",
        moment=MomentKind(row["moment"]) if row["moment"] else None,
        prep_note=row["prep_note"] or "",
        discussed=bool(row["discussed"]),
        seconds_on_screen=row["seconds_on_screen"] or 0,
        questions=questions,
        precision=TimePrecision(row["precision"]),
    )


class DeletedEntry(NamedTuple):
    """What undelete() needs to put an entry back exactly as it was."""

    row: dict
    questions: tuple[dict, ...]


class TimelineStore:
    def __init__(self, db: Database):
        self.db = db

    def add(self, review_id: int, entries: Iterable[TimelineEntry]) -> int:
        """Store entries, skipping any already there; returns how many were new."""
        rows = [_imported_row(review_id, e) for e in entries]
        with self.db.atomic():
            before = self.count(review_id)
            self.db.executemany(_INSERT_IMPORTED, rows)
            return self.count(review_id) - before

    def add_one(self, review_id: int, entry: TimelineEntry) -> TimelineEntry:
        """Store one entry typed by hand and return it with its id."""
        row = {**_row(review_id, entry), "source_key": None}
        return self.get(self.db.insert(TABLE, row))

    def entries(self, review_id: int) -> list[TimelineEntry]:
        questions: dict[int, list[str]] = {}
        for q in self.db.query(
            "SELECT q.entry_id, q.text FROM entry_questions q JOIN timeline_entries e "
            "ON e.id = q.entry_id WHERE e.review_id = ? ORDER BY q.id",
            [review_id],
        ):
            questions.setdefault(q["entry_id"], []).append(q["text"])
        rows = self.db.rows(TABLE, "review_id = ?", [review_id], order_by="at_utc, id")
        return [_entry(r, tuple(questions.get(r["id"], ()))) for r in rows]

    def source_keys(self, review_id: int) -> dict[int, str]:
        """Each imported entry's import identity, by entry id (entries typed by hand have none)."""
        rows = self.db.execute(
            f"SELECT id, source_key FROM {TABLE} WHERE review_id = ? AND source_key IS NOT NULL", [review_id]
        )
        return dict(rows.fetchall())

    def add_as_they_were(self, review_id: int, entries: Iterable[tuple[TimelineEntry, str | None]]) -> list[int]:
        """Store entries with the import identity each had (or none), questions included; returns their new ids."""
        ids = []
        with self.db.atomic():
            for entry, key in entries:
                cursor = self.db.execute(_INSERT_KEEPING_KEY, {**_row(review_id, entry), "source_key": key})
                ids.append(known_id(cursor.lastrowid))
                self.db.executemany(
                    "INSERT INTO entry_questions (entry_id, text) VALUES (?, ?)", [(cursor.lastrowid, q) for q in entry.questions]
                )
        return ids

    def get(self, entry_id: int) -> TimelineEntry:
        questions = tuple(
            q["text"] for q in self.db.rows("entry_questions", "entry_id = ?", [entry_id], order_by="id")
        )
        return _entry(self.db.row(TABLE, entry_id), questions)

    def moments(self, review_id: int, also: Iterable[int | None] = ()) -> list[TimelineEntry]:
        """The marked entries and any others named by id, in time order, without their questions."""
        ids = sorted({i for i in also if i is not None})
        extra = f" OR id IN ({', '.join('?' * len(ids))})" if ids else ""
        rows = self.db.rows(TABLE, f"review_id = ? AND (moment IS NOT NULL{extra})", [review_id, *ids], order_by="at_utc, id")
        return [_entry(r) for r in rows]

    def marked_count(self, review_id: int) -> int:
        """How many entries are marked as moments to discuss."""
        return self.db.count(TABLE, "review_id = ? AND moment IS NOT NULL", [review_id])

    def version(self) -> int:
        """Moves on every change to any timeline (kept by triggers, whichever connection writes)."""
        return self.db.execute("SELECT version FROM change_counters WHERE name = 'timeline'").fetchone()[0]

    def count(self, review_id: int) -> int:
        return self.db.count(TABLE, "review_id = ?", [review_id])

    def update(self, entry: TimelineEntry) -> TimelineEntry:
        """Save an edited entry (its time, words, mark and note). Its import identity stays, and so do the
        meeting's own counts (time on screen, discussed): only record_time_on_screen changes those."""
        row = _row(0, entry)
        for kept in ("review_id", "discussed", "seconds_on_screen"):
            del row[kept]
        self.db.update(TABLE, known_id(entry.id), row)
        return self.get(known_id(entry.id))

    def delete(self, entry_id: int) -> DeletedEntry:
        with self.db.atomic():
            deleted = DeletedEntry(
                row=self.db.row(TABLE, entry_id),
                questions=tuple(self.db.rows("entry_questions", "entry_id = ?", [entry_id])),
            )
            self.db.delete_where("entry_questions", "entry_id = ?", [entry_id])
            self.db.delete(TABLE, entry_id)
        return deleted

    def undelete(self, deleted: DeletedEntry) -> TimelineEntry:
        with self.db.atomic():
            self.db.insert(TABLE, deleted.row)
            self.db.insert_all("entry_questions", deleted.questions)
        return self.get(deleted.row["id"])

    def add_question(self, entry_id: int, text: str) -> None:
        self.db.insert("entry_questions", {"entry_id": entry_id, "text": text.strip()})

    def set_questions(self, entry_id: int, questions: Iterable[str]) -> None:
        """Replace the questions added to this moment, keeping their order."""
        with self.db.atomic():
            self.db.delete_where("entry_questions", "entry_id = ?", [entry_id])
            self.db.insert_all(
                "entry_questions", ({"entry_id": entry_id, "text": text.strip()} for text in questions if text.strip())
            )

    def record_time_on_screen(self, entry_id: int, seconds: int) -> None:
        """Count seconds the entry was the prompt on screen, and mark it discussed."""
        self.db.execute(
            f"UPDATE {TABLE} SET seconds_on_screen = seconds_on_screen + ?, discussed = 1 WHERE id = ?",
            [max(0, int(seconds)), entry_id],
        )
