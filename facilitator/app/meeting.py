"""The meeting as it runs: its clock (start, pause, phases, breaks), what is on the shared screen, the key
questions covered and answered, the close's pulse, and how long each prompt was on screen."""

from __future__ import annotations

from dataclasses import replace

from ..domain.meeting_clock import MeetingEvent
from ..domain.timeline import TimelineEntry
from ..storage.meeting import ACTION_RECORDED, NOT_YET
from ..storage.meeting_screen import MeetingRecord
from ..storage.queued_writes import event_data
from ..storage.reviews import ReviewStore
from ..storage.write_journal import Waiting
from .changes import Changed
from .hub import Hub
from .meeting_screen import Known, MeetingScreen
from .writes import Writer, write

__all__ = ["ACTION_RECORDED", "NOT_YET", "Meeting"]


class Meeting:
    """Every write the facilitator's keys make to the meeting's own state; each reports Change.MEETING."""

    def __init__(self, store: ReviewStore, hub: Hub, writer: Writer):
        self.store, self.hub, self.writer = store, hub, writer
        self.screen = MeetingScreen.of(store, hub)

    def _write(self, review_id: int, kind: str, data: dict, known: Known | None = None) -> tuple[Changed, bool]:
        """Write; the windows of this process get the record the write leaves without reading it back."""
        if known is not None:
            self.screen.expect(review_id, known)
        changed, result = write(_Submitting(self.writer, self.screen, review_id), self.hub, kind, data)
        written = not isinstance(result, Waiting)
        if known is not None:
            self.screen.settle(review_id, written)
        return changed, written

    def record_event(self, review_id: int, event: MeetingEvent) -> tuple[Changed, bool]:
        """The clock started, paused, resumed, moved phase, or a break began or ended."""
        def known(r: MeetingRecord) -> MeetingRecord:
            return replace(r, events=(*r.events, event))

        return self._write(review_id, "add_event", {"review_id": review_id, "event": event_data(event)}, known)

    def show_prompt(self, review_id: int, entry: TimelineEntry | None) -> tuple[Changed, bool]:
        """The prompt on the shared screen (the last one wins when the database is busy)."""
        entry_id = None if entry is None else entry.id
        return self._write(
            review_id, "set_current_entry", {"review_id": review_id, "entry_id": entry_id}, _on_screen(entry)
        )

    def time_on_screen(self, review_id: int, entry_id: int, seconds: int) -> tuple[Changed, bool]:
        """Add the seconds a prompt was on screen to its total."""
        return self._write(review_id, "record_time_on_screen", {"review_id": review_id, "entry_id": entry_id,
                                                                 "seconds": seconds}, lambda r: r)

    def show_key_question(self, review_id: int, key: str | None) -> tuple[Changed, bool]:
        def known(r: MeetingRecord) -> MeetingRecord:
            return replace(r, current_key_question=key)

        return self._write(review_id, "set_current_key_question", {"review_id": review_id, "key": key}, known)

    def cover(self, review_id: int, key: str, covered: bool) -> tuple[Changed, bool]:
        """A key question ticked off (or not) as covered."""
        def known(r: MeetingRecord) -> MeetingRecord:
            return replace(r, covered=r.covered | {key} if covered else r.covered - {key})

        return self._write(review_id, "set_covered", {"review_id": review_id, "key": key, "covered": covered}, known)

    def answer(self, review_id: int, key: str, answer: str) -> tuple[Changed, bool]:
        """A key question's short answer: NOT_YET, ACTION_RECORDED, or '' for none."""
        def known(r: MeetingRecord) -> MeetingRecord:
            answers = {k: a for k, a in {**r.answers, key: answer}.items() if a}
            return replace(r, answers=answers)

        return self._write(review_id, "set_answer", {"review_id": review_id, "key": key, "answer": answer}, known)

    def pulse(self, review_id: int, learned: int | None, would_return: int | None) -> tuple[Changed, bool]:
        """The close's two counts."""
        data = {"review_id": review_id, "learned": learned, "would_return": would_return}
        return self._write(review_id, "set_pulse", data, lambda r: replace(r, pulse=(learned, would_return)))


class _Submitting:
    """The writer, with the read model told while the write is being handed over: a report heard meanwhile is of a
    write that waits its turn (not in the database), which the record must not take as written."""

    def __init__(self, writer: Writer, screen: MeetingScreen, review_id: int):
        self.writer, self.screen, self.review_id = writer, screen, review_id

    def submit(self, kind: str, data: dict) -> tuple[bool, object]:
        with self.screen.submitting(self.review_id):
            return self.writer.submit(kind, data)


def _on_screen(entry: TimelineEntry | None) -> Known:
    def known(record: MeetingRecord) -> MeetingRecord:
        if entry is None:
            return replace(record, current_entry_id=None)
        moments = record.moments
        if all(m.id != entry.id for m in moments):
            moments = tuple(sorted((*moments, replace(entry, questions=())), key=lambda m: (m.at, m.id or 0)))
        return replace(record, current_entry_id=entry.id, moments=moments)

    return known
