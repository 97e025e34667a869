"""Where each note goes in the record: under its timeline entry, its key question, its phase, or with the rest.

Only shared notes are filed. A note the note-taker marked private was kept off the shared screen, and
the record is shared with everyone invited, so it stays out of the record too (the archive keeps it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..domain.agenda import Phase
from ..domain.notes import Note, Place, shared


@dataclass
class FiledNotes:
    by_entry: dict[int, list[Note]] = field(default_factory=dict)
    by_question: dict[str, list[Note]] = field(default_factory=dict)
    by_phase: dict[Phase, list[Note]] = field(default_factory=dict)
    elsewhere: list[Note] = field(default_factory=list)
    """Notes taken before the clock started, with no place at all."""
    in_order: list[Note] = field(default_factory=list)
    """Every shared note, in the order taken."""

    def on_entry(self, entry_id: int | None) -> list[Note]:
        """The notes under a timeline entry (none under one not stored)."""
        return self.by_entry.get(entry_id, []) if entry_id is not None else []


def filed(notes: Sequence[Note], entry_ids: Iterable[int], question_keys: Sequence[str] = ()) -> FiledNotes:
    """The shared notes sorted into their places; a note on an entry no longer there falls back to its phase.

    A note taken in key questions before any question was chosen was taken under the first, which the
    screen showed: it is filed there."""
    known = set(entry_ids)
    result = FiledNotes()
    for note in shared(notes):
        if note.place == Place(Phase.KEY_QUESTIONS) and question_keys:
            note = replace(note, place=Place(Phase.KEY_QUESTIONS, key_question=question_keys[0]))
        place = note.place
        result.in_order.append(note)
        if place.entry_id in known:
            result.by_entry.setdefault(place.entry_id, []).append(note)
        elif place.key_question is not None:
            result.by_question.setdefault(place.key_question, []).append(note)
        elif place.phase is not None:
            result.by_phase.setdefault(place.phase, []).append(note)
        else:
            result.elsewhere.append(note)
    return result
