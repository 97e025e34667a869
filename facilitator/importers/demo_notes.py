"""The demo's notes so far (resources/demo/notes.json), timed back from now against the demo meeting's clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from ..domain.agenda import Phase
from ..domain.meeting_clock import MeetingEvent, read_clock
from ..domain.notes import Note, NoteTag, Place
from . import ImportProblem

DEMO_NOTES_FORMAT = "facilitator-demo-notes"


class DemoNote(NamedTuple):
    """A note and the 1-based number of the marked moment it belongs to (None for another phase)."""

    note: Note
    moment: int | None


def read_demo_notes(data: dict, events: Sequence[MeetingEvent], now: dt.datetime) -> tuple[DemoNote, ...]:
    """Each note's time is now minus its minutes_ago; its meeting time and phase come from the clock events."""
    if data.get("format") != DEMO_NOTES_FORMAT or data.get("version") != 1:
        raise ImportProblem("not a version 1 demo notes file")
    found = []
    for item in data["notes"]:
        wall = now - dt.timedelta(minutes=item["minutes_ago"])
        reading = read_clock(events, wall)
        moment = int(item["moment"]) if item.get("moment") else None
        phase = Phase.TIMELINE if moment else Phase(item.get("phase", reading.phase.value))
        note = Note(
            text=item["text"],
            wall=wall,
            place=Place(phase, key_question=item.get("key_question")),
            tag=NoteTag(item.get("tag", NoteTag.DISCUSSION.value)),
            speaker=item.get("speaker", ""),
            private=bool(item.get("private", False)),
            meeting_seconds=int(reading.elapsed.total_seconds()),
        )
        found.append(DemoNote(note, moment))
    return tuple(found)
