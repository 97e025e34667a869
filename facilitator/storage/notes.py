"""The note-taker's notes and the unsent draft, one short write each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from ..domain.agenda import Phase
from ..domain.meeting_clock import read_clock
from ..domain.notes import Note, NoteTag, Place, checked_note, place_on_screen
from .busy import retry_when_busy
from .connection import Database, known_id
from .timeline import utc_text

_COLUMNS = ("review_id", "entry_id", "phase", "key_question", "text", "speaker", "tag", "private", "wall_utc", "meeting_seconds")
_INSERT = f"INSERT INTO notes ({', '.join(_COLUMNS)}) VALUES ({', '.join(':' + c for c in _COLUMNS)})"
_INSERT_WITH_ID = f"INSERT INTO notes (id, {', '.join(_COLUMNS)}) VALUES (:id, {', '.join(':' + c for c in _COLUMNS)})"
_UPDATE = f"UPDATE notes SET {', '.join(f'{c} = :{c}' for c in _COLUMNS if c != 'review_id')} WHERE id = :id"


def _row(review_id: int, note: Note) -> dict:
    return {
        "review_id": review_id,
        "entry_id": note.place.entry_id,
        "phase": note.place.phase.value if note.place.phase else None,
        "key_question": note.place.key_question,
        "text": note.text,
        "speaker": note.speaker,
        "tag": note.tag.value,
        "private": int(note.private),
        "wall_utc": utc_text(note.wall),
        "meeting_seconds": note.meeting_seconds,
        "id": note.id,
    }


_READ = ("id", "text", "wall_utc", "phase", "entry_id", "key_question", "tag", "speaker", "private", "meeting_seconds")
_SELECT = f"SELECT {', '.join(_READ)} FROM notes"
_PHASES = {phase.value: phase for phase in Phase}
_TAGS = {tag.value: tag for tag in NoteTag}


def _note(row: dict) -> Note:
    return _read_note(tuple(row[c] for c in _READ), {})


def _read_note(values: tuple, places: dict) -> Note:
    """A note from a row's values in _READ order; notes at the same place share one Place."""
    id_, text, wall_utc, phase, entry_id, key_question, tag, speaker, private, meeting_seconds = values
    place = places.get((phase, entry_id, key_question))
    if place is None:
        place = places[phase, entry_id, key_question] = Place(_PHASES[phase] if phase else None, entry_id, key_question)
    return Note(
        id=id_,
        text=text,
        wall=dt.datetime.fromisoformat(wall_utc),
        place=place,
        tag=_TAGS[tag],
        speaker=speaker or "",
        private=bool(private),
        meeting_seconds=meeting_seconds or 0,
    )


class NoteStore:
    def __init__(self, db: Database):
        self.db = db

    def notes(self, review_id: int) -> list[Note]:
        """Every note of the review, in the order they were taken."""
        places: dict = {}
        rows = self.db.execute(f"{_SELECT} WHERE review_id = ? ORDER BY wall_utc, id", [review_id])
        return [_read_note(values, places) for values in rows]

    def get(self, note_id: int) -> Note:
        return _note(self.db.row("notes", note_id))

    @retry_when_busy
    def add(self, review_id: int, note: Note) -> Note:
        """Keep a note (one that carries an id, an undone deletion, keeps it) and return it with its id."""
        note = checked_note(note)
        row = _row(review_id, note)
        cursor = self.db.execute(_INSERT_WITH_ID if note.id is not None else _INSERT, row)
        return self.get(note.id if note.id is not None else known_id(cursor.lastrowid))

    @retry_when_busy
    def keep(self, review_id: int, note: Note) -> Note:
        """Keep a note just typed and empty the draft it came from, in one short transaction."""
        note = checked_note(note)
        with self.db.atomic():
            cursor = self.db.execute(_INSERT, _row(review_id, note))
            self.db.execute("DELETE FROM note_drafts WHERE review_id = ?", [review_id])
        return replace(note, id=cursor.lastrowid)

    @retry_when_busy
    def update(self, note: Note) -> Note:
        """Save an edited, re-tagged or moved note."""
        note = checked_note(note)
        self.db.execute(_UPDATE, _row(0, note))
        return note

    @retry_when_busy
    def delete(self, note_id: int) -> None:
        self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def draft(self, review_id: int) -> str:
        """The text the note-taker had typed but not sent, kept across a crash."""
        row = self.db.execute("SELECT text FROM note_drafts WHERE review_id = ?", [review_id]).fetchone()
        return row[0] if row and row[0] else ""

    @retry_when_busy
    def save_draft(self, review_id: int, text: str, now: dt.datetime) -> None:
        self.db.execute(
            "INSERT INTO note_drafts (review_id, text, updated_utc) VALUES (?, ?, ?) "
            "ON CONFLICT(review_id) DO UPDATE SET text = excluded.text, updated_utc = excluded.updated_utc",
            [review_id, text, utc_text(now)],
        )


def meeting_position(store, review_id: int, now: dt.datetime, question_keys: Sequence[str] = ()) -> tuple[Place, int]:
    """What is on the shared screen now and how long the meeting has run (0 before the clock starts).

    question_keys are the key questions in order: before one is chosen the screen shows the first."""
    reading = read_clock(store.meeting.events(review_id), now)
    phase = reading.phase
    entry_id = store.current_entry_id(review_id) if phase is Phase.TIMELINE else None
    key = store.meeting.current_key_question(review_id) if phase is Phase.KEY_QUESTIONS else None
    return place_on_screen(phase, entry_id, key, question_keys), int(reading.elapsed.total_seconds())
