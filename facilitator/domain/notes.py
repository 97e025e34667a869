"""The note-taker's notes: what was said, by whom, how it was tagged, and where in the meeting."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import field, replace
from typing import ClassVar

from .agenda import Phase
from .people import Person
from .record import record
from .refusals import Refused


class NoteTag(enum.StrEnum):
    DISCUSSION = "discussion"
    DISSENT = "dissent"
    DISCOVERY = "discovery"
    OPEN_QUESTION = "open_question"
    KNEW_THEN = "knew_then"
    KNOW_NOW = "know_now"


TAGS = tuple(NoteTag)
"""In the order of their quick keys (Ctrl+1 … Ctrl+6)."""


@record
class Place:
    """Where a note is filed: a timeline moment, a key question, or just a phase of the meeting."""

    phase: Phase | None = None
    entry_id: int | None = None
    key_question: str | None = None


def question_on_screen(chosen: str | None, keys: Sequence[str]) -> str | None:
    """The key question the screen shows: the one chosen, else the first, shown until another is chosen."""
    if not keys or chosen in keys:
        return chosen
    return keys[0]


def place_on_screen(phase: Phase | None, entry_id: int | None, key_question: str | None, question_keys: Sequence[str] = ()) -> Place:
    """What the shared screen shows: the prompt in the timeline, the question in key questions, else the phase."""
    if phase is Phase.TIMELINE:
        return Place(phase, entry_id=entry_id)
    if phase is Phase.KEY_QUESTIONS:
        return Place(phase, key_question=question_on_screen(key_question, question_keys))
    return Place(phase)


class NoteError(Refused):
    """A note that cannot be kept, said in one sentence."""

    area = "notes"
    sentences: ClassVar[dict[str, str]] = {"empty": "An empty note cannot be kept."}


@record
class Note:
    text: str
    wall: dt.datetime
    place: Place = Place()
    tag: NoteTag = NoteTag.DISCUSSION
    speaker: str = ""
    private: bool = False
    meeting_seconds: int = 0
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.wall.tzinfo is None:
            raise ValueError("A note's time must carry its offset.")


def checked_note(note: Note) -> Note:
    """The note with its text trimmed (inner line breaks kept), or NoteError when nothing is left."""
    text = "\n".join(line.rstrip() for line in note.text.strip().splitlines())
    if not text:
        raise NoteError("empty")
    return replace(note, text=text, speaker=note.speaker.strip())


def notes_at(notes: Iterable[Note], place: Place) -> list[Note]:
    """The notes filed under one place: the same moment, the same key question, or the bare phase."""
    if place.entry_id is not None:
        return [n for n in notes if n.place.entry_id == place.entry_id]
    if place.key_question is not None:
        return [n for n in notes if n.place.key_question == place.key_question]
    return [n for n in notes if n.place == place]


def shared(notes: Iterable[Note]) -> list[Note]:
    """The notes the room may see: every one not marked private."""
    return [n for n in notes if not n.private]


def took_part(people: Sequence[Person], notes: Iterable[Note]) -> set[str]:
    """Names of the invited who plainly took part in a meeting that was held: the hosts, and anyone a note names
    as speaking (private notes count too), even where nobody ticked them present."""
    heard = {n.speaker.casefold() for n in notes if n.speaker}
    return {
        p.name
        for p in people
        if p.attendance.expected and (p.facilitates or p.takes_notes or p.name.casefold() in heard)
    }


def not_heard_from(people: Sequence[Person], notes: Iterable[Note]) -> list[Person]:
    """Attendees with no note attributed to them yet, involved responders first; hosts left out."""
    heard = {n.speaker.casefold() for n in notes if n.speaker}
    waiting = [
        p
        for p in people
        if p.attendance.expected and not (p.facilitates or p.takes_notes) and p.name.casefold() not in heard
    ]
    return sorted(waiting, key=lambda p: not p.involved)
