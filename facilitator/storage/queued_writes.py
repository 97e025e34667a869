"""The writes a window may queue while the database is busy, as plain data, and how a batch of them is written.

Each kind of write is a name and a JSON-ready dict, so it can wait in a journal on disk (write_journal.py) and be
written later, by another thread or, after a crash, by the next process. A batch is written in one transaction
that also moves each journal's mark (table write_queues), so a write is never written twice."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections import ChainMap
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.agenda import Phase
from ..domain.meeting_clock import ClockEvent, MeetingEvent
from ..domain.notes import Note, NoteTag, Place
from ..domain.parking import Fate, ParkCategory, ParkedItem
from ..domain.timeline import MomentKind
from .connection import Database, RowMissing
from .errors import StorageError
from .queued_calls import forget_overwritten_after, run_calls
from .timeline import utc_text
from .write_journal import Waiting

if TYPE_CHECKING:
    from .reviews import ReviewStore


def note_data(note: Note) -> dict:
    place = note.place
    return {
        "id": note.id,
        "text": note.text,
        "wall": note.wall.isoformat(),
        "phase": place.phase.value if place.phase else None,
        "entry_id": place.entry_id,
        "key_question": place.key_question,
        "tag": note.tag.value,
        "speaker": note.speaker,
        "private": note.private,
        "meeting_seconds": note.meeting_seconds,
    }


def note_from(data: dict) -> Note:
    return Note(
        text=data["text"],
        wall=dt.datetime.fromisoformat(data["wall"]),
        place=Place(Phase(data["phase"]) if data["phase"] else None, data["entry_id"], data["key_question"]),
        tag=NoteTag(data["tag"]),
        speaker=data["speaker"],
        private=bool(data["private"]),
        meeting_seconds=int(data["meeting_seconds"]),
        id=data["id"],
    )


def parked_data(item: ParkedItem) -> dict:
    return {
        "text": item.text,
        "category": item.category.value,
        "created_at": item.created_at.isoformat(),
        "raised_by": item.raised_by,
        "entry_id": item.entry_id,
        "phase": item.phase,
        "fate": item.fate.value if item.fate else None,
        "fate_reason": item.fate_reason,
    }


def parked_from(data: dict) -> ParkedItem:
    return ParkedItem(
        data["text"],
        ParkCategory(data["category"]),
        dt.datetime.fromisoformat(data["created_at"]),
        data["raised_by"],
        data["entry_id"],
        data["phase"],
        Fate(data["fate"]) if data["fate"] else None,
        data["fate_reason"],
    )


def event_data(event: MeetingEvent) -> dict:
    return {"at": event.at.isoformat(), "kind": event.kind.value, "phase": event.phase.value if event.phase else None}


def event_from(data: dict) -> MeetingEvent:
    phase = Phase(data["phase"]) if data["phase"] else None
    return MeetingEvent(dt.datetime.fromisoformat(data["at"]), ClockEvent(data["kind"]), phase)


def _add_note(store: ReviewStore, data: dict) -> Note:
    """Put a deleted note back (undo); one already back stays as it is."""
    note = note_from(data["note"])
    if note.id is not None and store.db.count("notes", "id = ?", [note.id]):
        return note
    return store.notes.add(data["review_id"], note)


def _unpark(store: ReviewStore, data: dict) -> None:
    """Take a parked item back: by its id, or, parked while the database was busy (so no id was known), by its
    review, time (to the microsecond) and words; the park is written first, the queue keeping their order."""
    if data.get("item_id") is not None:
        store.db.execute("DELETE FROM parked_items WHERE id = ?", [data["item_id"]])
        return
    item = parked_from(data["item"])
    store.db.execute(
        "DELETE FROM parked_items WHERE review_id = ? AND created_utc = ? AND text = ?",
        [data["review_id"], utc_text(item.created_at), item.text.strip()],
    )


def _set_moment(store: ReviewStore, data: dict) -> None:
    """Mark an entry as a moment of this kind (or unmark it), its other fields as they are now."""
    entry = store.timeline.get(data["entry_id"])
    store.timeline.update(replace(entry, moment=MomentKind(data["moment"]) if data["moment"] else None))


WRITES: dict[str, Callable[[ReviewStore, dict], object]] = {
    "keep_note": lambda store, d: store.notes.keep(d["review_id"], note_from(d["note"])),
    "update_note": lambda store, d: store.notes.update(note_from(d["note"])),
    "delete_note": lambda store, d: store.notes.delete(d["note_id"]),
    "add_note": _add_note,
    "save_draft": lambda store, d: store.notes.save_draft(d["review_id"], d["text"], dt.datetime.fromisoformat(d["at"])),
    "park": lambda store, d: store.parking.add(d["review_id"], parked_from(d["item"])),
    "unpark": _unpark,
    "set_moment": _set_moment,
    "set_questions": lambda store, d: store.timeline.set_questions(d["entry_id"], d["questions"]),
    "set_current_entry": lambda store, d: store.set_current_entry(d["review_id"], d["entry_id"]),
    "record_time_on_screen": lambda store, d: store.timeline.record_time_on_screen(d["entry_id"], d["seconds"]),
    "add_event": lambda store, d: store.meeting.add_event(d["review_id"], event_from(d["event"])),
    "set_current_key_question": lambda store, d: store.meeting.set_current_key_question(d["review_id"], d["key"]),
    "set_covered": lambda store, d: store.meeting.set_covered(d["review_id"], d["key"], d["covered"]),
    "set_answer": lambda store, d: store.meeting.set_answer(d["review_id"], d["key"], d["answer"]),
    "set_pulse": lambda store, d: store.meeting.set_pulse(d["review_id"], d["learned"], d["would_return"]),
}
"""Every kind of write a window may queue, by name (and "calls": any other edit, see queued_calls.py)."""

LAST_WINS = {"save_draft", "set_current_entry", "set_current_key_question"}
"""Kinds where a later write of the same review replaces an earlier one still waiting: only the last is written."""

REFUSED = (sqlite3.IntegrityError, RowMissing, StorageError, ValueError, KeyError)
"""A write the database refuses for what it says (its review was deleted, say): given up, and said so."""


@contextlib.contextmanager
def without_waiting(db: Database) -> Iterator[None]:
    """The connection's busy timeout at 0 for the block: never wait for another process's lock."""
    conn = db.conn
    before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(before)}")


@contextlib.contextmanager
def writing(db: Database, wait: bool) -> Iterator[None]:
    """One write transaction, its lock taken first; without waiting for it (sqlite3.OperationalError, busy) unless wait.

    Straight on the sqlite3 connection: whatever waiting the Connection may do for other callers is not wanted here."""
    conn = db.conn
    before = None
    if not wait:
        before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    finally:
        if before is not None:
            conn.execute(f"PRAGMA busy_timeout = {int(before)}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _run(store: ReviewStore, kind: str, data: dict, results) -> object:
    return run_calls(store, data, results) if kind == "calls" else WRITES[kind](store, data)


def write_now(store: ReviewStore, kind: str, data: dict, results: dict | None = None) -> object:
    """Write at once if the database is free (sqlite3.OperationalError if another process holds it: queue it then).

    results: what the writes that waited returned, by (source, seq), for an edit that names one (queued_calls.Later)."""
    with writing(store.db, wait=False):
        result = _run(store, kind, data, results if results is not None else {})
    if kind == "calls":
        with without_waiting(store.db):
            forget_overwritten_after(store.db, [data])
    return result


def _superseded(batch: list[Waiting]) -> set[int]:
    """Positions in the batch of last-wins writes that a later one of the same kind and review replaces."""
    later: set[tuple[str, object]] = set()
    skipped = set()
    for position in range(len(batch) - 1, -1, -1):
        waiting = batch[position]
        if waiting.kind in LAST_WINS:
            key = (waiting.kind, waiting.data.get("review_id"))
            if key in later:
                skipped.add(position)
            later.add(key)
    return skipped


def write_batch(
    store: ReviewStore, batch: list[Waiting], forget: frozenset[str] = frozenset(), results: dict | None = None
) -> tuple[dict, dict]:
    """Write the batch in order in one transaction, waiting for the lock as the connection's busy timeout says.

    Returns (what each write returned, why each refused write was refused), both by (source, seq). A write its
    journal's mark says is written already is skipped. The marks of the journals in forget are dropped (those
    journals are gone). sqlite3.OperationalError (busy, read-only, disk full) writes nothing: try again later.
    What each write returned is also added to results (once the batch is committed), for the edits that name it."""
    db = store.db
    written: dict[tuple[str, int], object] = {}
    refused: dict[tuple[str, int], Exception] = {}
    with writing(db, wait=True):
        sources = sorted({w.source for w in batch})
        marks = {
            row["name"]: row["written"]
            for row in db.query(
                f"SELECT name, written FROM write_queues WHERE name IN ({', '.join('?' * len(sources))})", sources
            )
        }
        skipped = _superseded(batch)
        last: dict[str, int] = {}
        for position, waiting in enumerate(batch):
            last[waiting.source] = max(last.get(waiting.source, 0), waiting.seq)
            if waiting.seq <= marks.get(waiting.source, 0) or position in skipped:
                continue
            try:
                with db.atomic():
                    known = ChainMap(written, results or {})
                    written[waiting.source, waiting.seq] = _run(store, waiting.kind, waiting.data, known)
            except REFUSED as error:
                refused[waiting.source, waiting.seq] = error
        db.executemany(
            "INSERT INTO write_queues (name, written) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET written = max(written, excluded.written)",
            list(last.items()),
        )
        db.executemany("DELETE FROM write_queues WHERE name = ?", [[name] for name in forget if name not in last])
    forget_overwritten_after(db, [w.data for w in batch if w.kind == "calls" and (w.source, w.seq) in written])
    if results is not None:
        results.update(written)
    return written, refused


def written_marks(db: Connection, names: list[str]) -> dict[str, int]:
    """How far each of these journals is written, by its mark (a journal with no mark: nothing of it written)."""
    if not names:
        return {}
    rows = db.query(f"SELECT name, written FROM write_queues WHERE name IN ({', '.join('?' * len(names))})", names)
    return {row["name"]: row["written"] for row in rows}
