"""What the windows show of the writes still waiting for the database: the notes, the draft, the status line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QLabel

from ...app.waiting import event_from, note_from, parked_from
from ...content import texts
from ...domain.meeting_clock import MeetingEvent
from ...domain.notes import Note
from ...domain.parking import ParkedItem
from .write_queue import WriteQueue

if TYPE_CHECKING:
    from ...text_types import WaitingTexts  # the typed shape of every file of texts: only mypy needs it

NOTE_WRITES = ("keep_note", "update_note", "delete_note", "add_note")
DRAFT_WRITES = ("save_draft", "keep_note", "park")


def notes_with_waiting(stored: list[Note], queue: WriteQueue, review_id: int) -> tuple[list[Note], list[Note]]:
    """The review's notes as they will be once every waiting write is in (in the order taken), and those of them
    not in the database yet as they are shown."""
    notes = {note.id: note for note in stored}
    waiting: list[Note] = []
    for write in queue.pending(*NOTE_WRITES):
        data = write.data
        if write.kind == "delete_note":
            notes.pop(data["note_id"], None)
            continue
        if data.get("review_id", review_id) != review_id:
            continue
        if write.kind == "update_note" and data["note"]["id"] not in notes:
            continue
        note = note_from(data["note"])
        if write.kind == "keep_note":
            waiting.append(note)
        else:
            notes[note.id] = note
    shown = sorted([*notes.values(), *waiting], key=lambda n: n.wall)
    return shown, waiting


def clock_events_with_waiting(store, queue: WriteQueue, review_id: int) -> list[MeetingEvent]:
    """The meeting clock's events: those stored, then those still waiting to be written."""
    waiting = [event_from(w.data["event"]) for w in queue.pending("add_event") if w.data["review_id"] == review_id]
    return [*store.meeting.events(review_id), *waiting]


def parked_with_waiting(store, queue: WriteQueue, review_id: int) -> list[ParkedItem]:
    """The parking lot as it will be once the items parked (and taken back) meanwhile are written."""
    items = store.parking.items(review_id)
    for write in queue.pending("park", "unpark"):
        data = write.data
        if data["review_id"] != review_id:
            continue
        item = parked_from(data["item"])
        if write.kind == "park":
            items.append(item)
        elif data.get("item_id") is not None:
            items = [i for i in items if i.id != data["item_id"]]
        else:
            same = next((i for i in reversed(items) if (i.created_at, i.text) == (item.created_at, item.text.strip())), None)
            items = [i for i in items if i is not same]
    return items


def answers_with_waiting(store, queue: WriteQueue, review_id: int) -> dict[str, str]:
    """The key questions' short answers as they will be once the answers waiting are written."""
    answers = store.meeting.answers(review_id)
    for write in queue.pending("set_answer"):
        if write.data["review_id"] == review_id:
            answers[write.data["key"]] = write.data["answer"]
    return {key: answer for key, answer in answers.items() if answer}


def pulse_with_waiting(store, queue: WriteQueue, review_id: int) -> tuple[int | None, int | None]:
    """The close's two counts, the last ones typed if they still wait."""
    typed = [w.data for w in queue.pending("set_pulse") if w.data["review_id"] == review_id]
    return (typed[-1]["learned"], typed[-1]["would_return"]) if typed else store.meeting.pulse(review_id)


def key_questions_with_waiting(store, queue: WriteQueue, review_id: int) -> tuple[str | None, set[str]]:
    """The key question on screen and those covered, as they will be once the changes waiting are written."""
    current, covered = store.meeting.current_key_question(review_id), store.meeting.covered_questions(review_id)
    for write in queue.pending("set_current_key_question", "set_covered"):
        data = write.data
        if data["review_id"] != review_id:
            continue
        if write.kind == "set_current_key_question":
            current = data["key"]
        elif data["covered"]:
            covered.add(data["key"])
        else:
            covered.discard(data["key"])
    return current, covered


def waiting_draft(queue: WriteQueue, review_id: int) -> str | None:
    """The draft as the waiting writes leave it (None if none of them touches it)."""
    draft = None
    for write in queue.pending(*DRAFT_WRITES):
        if write.data.get("review_id") == review_id:
            draft = write.data["text"] if write.kind == "save_draft" else ""
    return draft


def offline_words(words: WaitingTexts, waiting: list, state: str = "offline") -> str:
    """What a window says while the database server cannot be reached (state 'offline') or has not answered yet
    ('unanswered'): that it is so, and how many changes wait."""
    said = cast("Mapping[str, str]", words)
    notes = sum(1 for w in waiting if w.kind == "keep_note")
    if not waiting:
        return said[state]
    if notes == len(waiting):
        return said[f"{state}_one_note"] if notes == 1 else said[f"{state}_notes"].format(count=notes)
    return said[f"{state}_one_change"] if len(waiting) == 1 else said[f"{state}_changes"].format(count=len(waiting))


class WaitingLabel(QLabel):
    """In a window's status bar while the database holds writes up: how many wait; gone once they are written."""

    def __init__(self, queue: WriteQueue, parent=None):
        super().__init__(parent)
        self.queue = queue
        self.words = texts("waiting")
        self.setToolTip(self.words["tip"])
        self.setStyleSheet("font-weight: bold")
        queue.waiting_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        waiting = self.queue.pending()
        unanswered = bool(waiting) and self.queue.unanswered
        self.setVisible((bool(waiting) and self.queue.blocked) or self.queue.offline or unanswered)
        self.setToolTip(self.words["offline_tip"] if self.queue.offline or unanswered else self.words["tip"])
        if self.queue.offline or unanswered:
            self.setText(offline_words(self.words, waiting, "offline" if self.queue.offline else "unanswered"))
            return
        if not waiting:
            self.clear()
            return
        notes = sum(1 for w in waiting if w.kind == "keep_note")
        count, name = (notes, "note") if notes else (len(waiting), "change")
        words = cast("Mapping[str, str]", self.words)
        text = words[f"one_{name}"] if count == 1 else words[f"{name}s"].format(count=count)
        if self.queue.problem:
            text += words["problem"].format(problem=self.queue.problem)
        self.setText(text)
