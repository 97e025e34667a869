"""The note-taker's notes: keep one, change it (words, speaker, tag, place, privacy), delete it and put it back,
and the draft being typed; and what a window shows of them."""

from __future__ import annotations

import datetime as dt

from ..domain.notes import Note
from ..storage.queued_writes import note_data
from ..storage.reviews import ReviewStore
from ..storage.timeline import utc_text
from .changes import Changed
from .hub import Hub
from .writes import Writer, write


class NoteTaking:
    """Each write reports Change.NOTES for its review; what it returns is the note kept, or a Waiting for it."""

    def __init__(self, store: ReviewStore, hub: Hub, writer: Writer):
        self.store, self.hub, self.writer = store, hub, writer

    def keep(self, review_id: int, note: Note) -> tuple[Changed, object]:
        """Keep a new note (the draft is emptied in the same transaction)."""
        return write(self.writer, self.hub, "keep_note", {"review_id": review_id, "note": note_data(note)})

    def change(self, review_id: int, note: Note) -> tuple[Changed, object]:
        """Store an earlier note as it is now: re-worded, re-tagged, moved, made private or not."""
        return write(self.writer, self.hub, "update_note", {"review_id": review_id, "note": note_data(note)})

    def delete(self, review_id: int, note: Note) -> tuple[Changed, object]:
        return write(self.writer, self.hub, "delete_note", {"review_id": review_id, "note_id": note.id})

    def put_back(self, review_id: int, note: Note) -> tuple[Changed, object]:
        """A deleted note back, with its id (undo)."""
        return write(self.writer, self.hub, "add_note", {"review_id": review_id, "note": note_data(note)})

    def save_draft(self, review_id: int, text: str, at: dt.datetime) -> tuple[Changed, object]:
        """The words typed so far, so nothing typed is lost if the window closes or the machine stops."""
        return write(self.writer, self.hub, "save_draft", {"review_id": review_id, "text": text, "at": utc_text(at)})

    def notes(self, review_id: int) -> list[Note]:
        """Every note of the review, in the order taken (one statement)."""
        return self.store.notes.notes(review_id)

    def draft(self, review_id: int) -> str:
        return self.store.notes.draft(review_id)
