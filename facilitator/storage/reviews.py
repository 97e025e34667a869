"""Reviews and their people, stored and read back as domain objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from ..domain.clock import SYSTEM_CLOCK, Clock
from ..domain.people import Attendance, Person, Role
from ..domain.review import Review, ReviewState, checked, copy_title
from ..domain.timeline import TimelineEntry
from .comments import CommentStore
from .connection import Database, known_id
from .errors import ReviewNotFound
from .meeting import MeetingStore
from .notes import NoteStore
from .parking import ParkingStore
from .record_exports import RecordExports
from .schema import REVIEW_TABLES
from .timeline import TimelineStore

LIVE = "deleted_at IS NULL"


def _review_row(review: Review) -> dict:
    return {
        "incident_ref": review.incident_ref,
        "title": review.title,
        "incident_date": review.incident_date.isoformat(),
        "severity": review.severity,
        "major": int(review.major),
        "client": review.client,
        "folder": review.folder,
        "slot_minutes": review.slot_minutes,
        "timezone": review.timezone,
        "state": review.state.value,
        "recording": review.recording,
        "summary": review.summary,
        "impact": review.impact,
        "meeting_date": review.meeting_date.isoformat() if review.meeting_date else None,
        "meeting_time": f"{review.meeting_time:%H:%M}" if review.meeting_time else None,
        "meeting_place": review.meeting_place,
        "meeting_link": review.meeting_link,
    }


def _review(row: dict) -> Review:
    return Review(
        id=row["id"],
        incident_ref=row["incident_ref"],
        title=row["title"],
        incident_date=dt.date.fromisoformat(row["incident_date"]),
        severity=row["severity"] or "",
        major=bool(row["major"]),
        client=row["client"] or "",
        folder=row["folder"] or "",
        slot_minutes=row["slot_minutes"],
        timezone=row["timezone"],
        state=ReviewState(row["state"]),
        recording=row["recording"] or "",
        summary=row["summary"] or "",
        impact=row["impact"] or "",
        meeting_date=dt.date.fromisoformat(row["meeting_date"]) if row["meeting_date"] else None,
        meeting_time=dt.time.fromisoformat(row["meeting_time"]) if row["meeting_time"] else None,
        meeting_place=row["meeting_place"] or "",
        meeting_link=row["meeting_link"] or "",
    )


def _person_row(review_id: int, person: Person) -> dict:
    row = {
        "review_id": review_id,
        "name": person.name.strip(),
        "role": person.role.value,
        "involved": int(person.involved),
        "attendance": person.attendance.value,
        "facilitates": int(person.facilitates),
        "takes_notes": int(person.takes_notes),
    }
    if person.id is not None:
        row["id"] = person.id
    return row


def _person(row: dict) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        role=Role(row["role"]),
        involved=bool(row["involved"]),
        attendance=Attendance(row["attendance"]),
        facilitates=bool(row["facilitates"]),
        takes_notes=bool(row["takes_notes"]),
    )


class ReviewStore:
    """Every review in one database file, and the people of each; its clock dates what it keeps."""

    def __init__(self, db: Database, clock: Clock = SYSTEM_CLOCK):
        self.db = db
        self.clock = clock
        self.timeline = TimelineStore(db)
        self.meeting = MeetingStore(db)
        self.parking = ParkingStore(db)
        self.comments = CommentStore(db)
        self.notes = NoteStore(db)
        self.exports = RecordExports(db)

    def _stamp(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    @property
    def path(self) -> Path | str:
        """The database file (or a server's address), for a second connection (e.g. on a worker thread)."""
        if self.db.dialect != "sqlite":
            return self.db.location
        return Path(self.db.execute("PRAGMA database_list").fetchone()[2])

    def create(
        self,
        review: Review,
        people: Iterable[Person] = (),
        entries: Iterable[TimelineEntry] = (),
    ) -> Review:
        review = checked(review)
        with self.db.atomic():
            row = {**_review_row(review), "created_at": self._stamp(), "deleted_at": None}
            review_id = self.db.insert("reviews", row)
            for person in people:
                self.db.insert("people", _person_row(review_id, person))
            self.timeline.add(review_id, entries)
        return self.get(review_id)

    def get(self, review_id: int) -> Review:
        rows = self.db.rows("reviews", f"id = ? AND {LIVE}", [review_id])
        if not rows:
            raise ReviewNotFound(f"There is no review with ID {review_id}.")
        return _review(rows[0])

    def all(self) -> list[Review]:
        """Every review not deleted, newest incident first."""
        rows = self.db.rows("reviews", LIVE, order_by="incident_date DESC, id DESC")
        return [_review(r) for r in rows]

    def update(self, review: Review) -> Review:
        review = checked(review)
        self.get(known_id(review.id))
        self.db.update("reviews", known_id(review.id), _review_row(review))
        return review

    def update_fields(self, review_id: int, changes: Mapping[str, object]) -> Review:
        """Change these details of the stored review and write only them, so another window's change to
        another detail in the meantime is kept; ReviewError (nothing written) if the result is not valid."""
        with self.db.atomic():
            review = self.get(review_id).with_changes(**changes)
            row = _review_row(review)
            self.db.update("reviews", review_id, {name: row[name] for name in changes})
        return review

    def delete(self, review_id: int) -> None:
        """Set the review aside; restore() brings it back until purge_deleted()."""
        self.get(review_id)
        self.db.update("reviews", review_id, {"deleted_at": self._stamp()})

    def restore(self, review_id: int) -> Review:
        if not self.db.count("reviews", "id = ?", [review_id]):
            raise ReviewNotFound(f"There is no review with ID {review_id}.")
        self.db.update("reviews", review_id, {"deleted_at": None})
        return self.get(review_id)

    def purge_deleted(self, before: str | None = None) -> int:
        """Remove set-aside reviews for good (those deleted before a time, if given)."""
        where, params = "deleted_at IS NOT NULL", []
        if before is not None:
            where, params = where + " AND deleted_at < ?", [before]
        ids = [r["id"] for r in self.db.rows("reviews", where, params, select="id")]
        with self.db.atomic():
            for review_id in ids:
                self.db.execute(
                    "DELETE FROM entry_questions WHERE entry_id IN "
                    "(SELECT id FROM timeline_entries WHERE review_id = ?)",
                    [review_id],
                )
                for table in REVIEW_TABLES:
                    self.db.delete_where(table, "review_id = ?", [review_id])
                self.db.delete("reviews", review_id)
        return len(ids)

    def duplicate(self, review_id: int) -> Review:
        """A new review with the same set-up, people and timeline, titled as a copy."""
        original = self.get(review_id)
        with self.db.atomic():
            return self.create(
                original.with_changes(title=copy_title(original.title), state=ReviewState.PREPARING),
                [replace(p, id=None) for p in self.people(review_id)],
                self.timeline.entries(review_id),
            )

    def current_entry_id(self, review_id: int) -> int | None:
        """The timeline entry on the shared screen, if the meeting has shown one."""
        return self.db.row("reviews", review_id)["current_entry_id"]

    def set_current_entry(self, review_id: int, entry_id: int | None) -> None:
        self.db.update("reviews", review_id, {"current_entry_id": entry_id})

    def people(self, review_id: int) -> list[Person]:
        rows = self.db.rows("people", "review_id = ?", [review_id], order_by="id")
        return [_person(r) for r in rows]

    def add_person(self, review_id: int, person: Person) -> Person:
        """Store a person; one that carries an id (an undone removal) keeps it."""
        self.get(review_id)
        person_id = self.db.insert("people", _person_row(review_id, person))
        return _person(self.db.row("people", person_id))

    def update_person(self, review_id: int, person: Person) -> None:
        self.db.update("people", known_id(person.id), _person_row(review_id, person))

    def remove_person(self, person_id: int) -> None:
        self.db.delete("people", person_id)

    def set_facilitation(
        self, review_id: int, facilitator_id: int | None, note_taker_id: int | None
    ) -> None:
        """Make one person (or nobody) the facilitator and one the note-taker."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE people SET facilitates = CAST((id IS ?) AS INTEGER), takes_notes = CAST((id IS ?) AS INTEGER) "
                "WHERE review_id = ?",
                [facilitator_id, note_taker_id, review_id],
            )
