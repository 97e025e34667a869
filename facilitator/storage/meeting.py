"""The meeting's stored state: clock events, phase budgets, key questions covered, opening text, pulse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ..domain.agenda import PHASES, Phase, checked_budgets, refitted
from ..domain.meeting_clock import ClockEvent, MeetingEvent, meeting_state
from .connection import Database
from .errors import ReviewNotFound
from .timeline import utc_text

NOT_YET = "not yet"
ACTION_RECORDED = "not yet: action recorded"

_SET_KEY_QUESTION = (
    'INSERT INTO key_questions (review_id, "key", {column}) VALUES (?, ?, ?) '
    'ON CONFLICT(review_id, "key") DO UPDATE SET {column} = excluded.{column}'
)
"""Set one column of a key question's row, creating the row if needed; the other column keeps its value or default."""


class MeetingStore:
    def __init__(self, db: Database):
        self.db = db

    def events(self, review_id: int) -> list[MeetingEvent]:
        rows = self.db.rows("meeting_events", "review_id = ?", [review_id], order_by="at_utc, id")
        return [self.event(r) for r in rows]

    @staticmethod
    def event(row: dict) -> MeetingEvent:
        """A clock event from its row (at_utc, kind, phase)."""
        return MeetingEvent(
            at=dt.datetime.fromisoformat(row["at_utc"]),
            kind=ClockEvent(row["kind"]),
            phase=Phase(row["phase"]) if row["phase"] else None,
        )

    def add_event(self, review_id: int, event: MeetingEvent) -> None:
        with self.db.atomic():
            self._insert_event(review_id, event)
            self._keep_state(review_id)

    def _insert_event(self, review_id: int, event: MeetingEvent) -> None:
        self.db.insert(
            "meeting_events",
            {
                "review_id": review_id,
                "at_utc": utc_text(event.at),
                "kind": event.kind.value,
                "phase": event.phase.value if event.phase else None,
            },
        )

    def clear_events(self, review_id: int) -> list[MeetingEvent]:
        """Reset the clock (returns what was there, so it can be put back)."""
        with self.db.atomic():
            events = self.events(review_id)
            self.db.delete_where("meeting_events", "review_id = ?", [review_id])
            self._keep_state(review_id)
        return events

    def _keep_state(self, review_id: int) -> None:
        """The review's state (shown in the library) follows its clock: preparing, in meeting, held."""
        state = meeting_state(self.events(review_id))
        self.db.execute("UPDATE reviews SET state = ? WHERE id = ? AND state != ?", [state.value, review_id, state.value])

    def restore_events(self, review_id: int, events: list[MeetingEvent]) -> None:
        with self.db.atomic():
            self.db.delete_where("meeting_events", "review_id = ?", [review_id])
            for event in events:
                self._insert_event(review_id, event)
            self._keep_state(review_id)

    def budgets(self, review_id: int, slot_minutes: int) -> dict[Phase, int]:
        """The stored budgets, refitted to the slot if its length changed since; the defaults when none are stored."""
        stored = {
            Phase(r["phase"]): r["minutes"]
            for r in self.db.rows("phase_budgets", "review_id = ?", [review_id])
            if r["phase"] in {p.value for p in PHASES}
        }
        if set(stored) == set(PHASES) and sum(stored.values()) == slot_minutes:
            return {p: stored[p] for p in PHASES}
        return refitted(stored, slot_minutes)

    def set_budgets(self, review_id: int, budgets: Mapping[Phase, int], slot_minutes: int) -> None:
        budgets = checked_budgets(budgets, slot_minutes)
        with self.db.atomic():
            self.db.delete_where("phase_budgets", "review_id = ?", [review_id])
            self.db.insert_all(
                "phase_budgets", ({"review_id": review_id, "phase": p.value, "minutes": m} for p, m in budgets.items())
            )

    def covered_questions(self, review_id: int) -> set[str]:
        return {r["key"] for r in self.db.rows("key_questions", "review_id = ? AND covered = 1", [review_id])}

    def set_covered(self, review_id: int, key: str, covered: bool) -> None:
        self.db.execute(_SET_KEY_QUESTION.format(column="covered"), [review_id, key, int(covered)])

    def answers(self, review_id: int) -> dict[str, str]:
        """Short answers recorded for key questions, e.g. NOT_YET for restorative work still open."""
        rows = self.db.rows("key_questions", "review_id = ? AND answer != ''", [review_id])
        return {r["key"]: r["answer"] for r in rows}

    def set_answer(self, review_id: int, key: str, answer: str) -> None:
        self.db.execute(_SET_KEY_QUESTION.format(column="answer"), [review_id, key, answer])

    def current_key_question(self, review_id: int) -> str | None:
        return self._review_row(review_id)["current_key_question"]

    def set_current_key_question(self, review_id: int, key: str | None) -> None:
        self.db.update("reviews", review_id, {"current_key_question": key})

    def opening_text(self, review_id: int) -> str | None:
        """The review's own opening words, or None to use the default from resources/."""
        return self._review_row(review_id)["opening_text"] or None

    def set_opening_text(self, review_id: int, text: str | None) -> None:
        self.db.update("reviews", review_id, {"opening_text": (text or "").strip() or None})

    def pulse(self, review_id: int) -> tuple[int | None, int | None]:
        """(how many learned something that will change how they work, how many would come again)."""
        row = self._review_row(review_id)
        return row["pulse_learned"], row["pulse_would_return"]

    def set_pulse(self, review_id: int, learned: int | None, would_return: int | None) -> None:
        for value in (learned, would_return):
            if value is not None and value < 0:
                raise ValueError("A count of people cannot be negative.")
        self.db.update("reviews", review_id, {"pulse_learned": learned, "pulse_would_return": would_return})

    def _review_row(self, review_id: int) -> dict:
        rows = self.db.rows("reviews", "id = ?", [review_id])
        if not rows:
            raise ReviewNotFound(f"There is no review with ID {review_id}.")
        return rows[0]
