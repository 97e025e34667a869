"""What the meeting's windows show of a review, read once per change and shared by every window of the process.

A window that hears a report asks for the record "after" it: the first to ask reads (one statement, see
storage/meeting_screen.py), the others get the same record. A write this process made at once is applied to the
record without reading it back: pressing PageDown costs the position's UPDATE and nothing else here."""

from __future__ import annotations

import contextlib
import datetime as dt
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Protocol

from ..domain.agenda import Phase
from ..domain.meeting_clock import MeetingEvent, read_clock
from ..domain.notes import Note, Place, place_on_screen
from ..domain.parking import ParkedItem
from ..storage.errors import ReviewNotFound
from ..storage.meeting_screen import MeetingRecord, read_meeting_record
from ..storage.queued_writes import event_from, parked_from
from ..storage.reviews import ReviewStore
from .changes import Change, Changed
from .hub import Hub

SHOWN = Change.DETAILS | Change.PEOPLE | Change.MARKS | Change.MEETING | Change.PARKING | Change.ACTIONS | Change.COMMENTS
"""The kinds of change the record holds (the notes' places too: a note kept under an entry adds it to the moments)."""

Known = Callable[[MeetingRecord], MeetingRecord]
"""What a write of this process made of the record, applied without reading it back."""

__all__ = ["SHOWN", "MeetingRecord", "MeetingScreen", "ReviewNotFound", "position", "with_waiting"]

_SCREENS: weakref.WeakKeyDictionary[Hub, MeetingScreen] = weakref.WeakKeyDictionary()


class Pending(Protocol):
    """A write still waiting for the database (storage/write_journal.py's Waiting)."""

    @property
    def kind(self) -> str: ...

    @property
    def data(self) -> dict: ...


class MeetingScreen:
    """One per process (per hub): the meeting records its windows show, by review."""

    def __init__(self, store: ReviewStore, hub: Hub):
        self.store = store
        self._records: dict[int, tuple[Changed | None, MeetingRecord]] = {}
        self._stale: set[int] = set()
        self._known: dict[int, Known] = {}
        self._notes: dict[int, tuple[Changed | None, list[Note]]] = {}
        self._submitting: set[int] = set()
        hub.subscribe(self._heard)

    @classmethod
    def of(cls, store: ReviewStore, hub: Hub) -> MeetingScreen:
        """The process's read model for this hub, made the first time it is asked for."""
        screen = _SCREENS.get(hub)
        if screen is None or screen.store is not store:
            screen = _SCREENS[hub] = cls(store, hub)
        return screen

    def record(self, review_id: int, after: Changed | None = None) -> MeetingRecord:
        """The review's meeting as it is after this report (read once per report); without one, read now."""
        cached = self._records.get(review_id)
        if after is not None and cached is not None and review_id not in self._stale:
            if cached[0] is after:
                return cached[1]
            known = None if review_id in self._submitting else self._known.pop(review_id, None)
            if known is not None:
                record = known(cached[1])
                self._records[review_id] = (after, record)
                return record
        record = read_meeting_record(self.store.db, review_id)
        self._records[review_id] = (after, record)
        self._stale.discard(review_id)
        self._known.pop(review_id, None)
        return record

    def notes(self, review_id: int, after: Changed | None = None) -> list[Note]:
        """Every note of the review after this report (read once per report: one statement); without one, read now."""
        cached = self._notes.get(review_id)
        if after is not None and cached is not None and cached[0] is after:
            return cached[1]
        notes = self.store.notes.notes(review_id)
        self._notes[review_id] = (after, notes)
        return notes

    def last_notes(self, review_id: int) -> list[Note]:
        """The notes last read (read now if never)."""
        cached = self._notes.get(review_id)
        return self.notes(review_id) if cached is None else cached[1]

    def draft(self, review_id: int) -> str:
        """The note-taker's unsent words."""
        return self.store.notes.draft(review_id)

    def last(self, review_id: int) -> MeetingRecord | None:
        """The record last read or known, without reading (None before the first read)."""
        cached = self._records.get(review_id)
        return None if cached is None else cached[1]

    def expect(self, review_id: int, known: Known) -> None:
        """The next report for this review is a write of this process: the windows get the record it leaves."""
        self._known[review_id] = known

    @contextlib.contextmanager
    def submitting(self, review_id: int) -> Iterator[None]:
        """While a write is handed over: what is expected of it is not applied (a report now is of a write that waits)."""
        self._submitting.add(review_id)
        try:
            yield
        finally:
            self._submitting.discard(review_id)

    def settle(self, review_id: int, written: bool) -> None:
        """After the write: if no window asked, the record follows it anyway (or, queued, waits for its report)."""
        known = self._known.pop(review_id, None)
        cached = self._records.get(review_id)
        if known is not None and cached is not None and written and review_id not in self._stale:
            self._records[review_id] = (cached[0], known(cached[1]))

    def _heard(self, changed: Changed) -> None:
        """A report no window read after: what the record holds of that review may be out of date."""
        for review_id, (after, _record) in self._records.items():
            if after is not changed and changed.touches(SHOWN | Change.NOTES, review_id) and review_id not in self._known:
                self._stale.add(review_id)


def with_waiting(record: MeetingRecord, waiting: Iterable[Pending]) -> MeetingRecord:
    """The record as it will be once the meeting's writes still waiting for the database are in, in order."""
    review_id = record.review.id
    events: list[MeetingEvent] = list(record.events)
    parked: list[ParkedItem] = list(record.parked)
    current, covered, answers, pulse = record.current_key_question, set(record.covered), dict(record.answers), record.pulse
    entry_id = record.current_entry_id
    for write in waiting:
        data = write.data
        if data.get("review_id") != review_id:
            continue
        if write.kind == "add_event":
            events.append(event_from(data["event"]))
        elif write.kind == "set_current_entry":
            entry_id = data["entry_id"]
        elif write.kind == "set_current_key_question":
            current = data["key"]
        elif write.kind == "set_covered":
            (covered.add if data["covered"] else covered.discard)(data["key"])
        elif write.kind == "set_answer":
            answers[data["key"]] = data["answer"]
        elif write.kind == "set_pulse":
            pulse = (data["learned"], data["would_return"])
        elif write.kind == "park":
            parked.append(parked_from(data["item"]))
        elif write.kind == "unpark":
            parked = _unparked(parked, data)
    return replace(
        record,
        events=tuple(events),
        parked=tuple(parked),
        current_entry_id=entry_id,
        current_key_question=current,
        covered=frozenset(covered),
        answers={key: answer for key, answer in answers.items() if answer},
        pulse=pulse,
    )


def _unparked(items: list[ParkedItem], data: dict) -> list[ParkedItem]:
    if data.get("item_id") is not None:
        return [i for i in items if i.id != data["item_id"]]
    item = parked_from(data["item"])
    same = next((i for i in reversed(items) if (i.created_at, i.text) == (item.created_at, item.text.strip())), None)
    return [i for i in items if i is not same]


def position(record: MeetingRecord, now: dt.datetime, question_keys: Sequence[str] = ()) -> tuple[Place, int]:
    """What is on the shared screen now and how long the meeting has run (0 before the clock starts).

    question_keys are the key questions in order: before one is chosen the screen shows the first."""
    reading = read_clock(list(record.events), now)
    phase = reading.phase
    entry_id = record.current_entry_id if phase is Phase.TIMELINE else None
    key = record.current_key_question if phase is Phase.KEY_QUESTIONS else None
    return place_on_screen(phase, entry_id, key, question_keys), int(reading.elapsed.total_seconds())
