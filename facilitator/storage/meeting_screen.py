"""What the meeting's screens show of one review, read in ONE statement: the review, its clock, phase budgets, key
questions, people, parking lot, actions, comments and the moments a note may be filed under.

One round trip whatever is asked, so a window refreshing after a key press (here or in another process, later on a
server across a network) costs one query, not twenty."""

from __future__ import annotations

import functools
import json
from dataclasses import field

from ..domain.actions import Action, ranked
from ..domain.agenda import PHASES, Phase, refitted
from ..domain.comments import Comment
from ..domain.meeting_clock import MeetingEvent
from ..domain.parking import ParkedItem
from ..domain.people import Person
from ..domain.record import record
from ..domain.review import Review
from ..domain.timeline import TimelineEntry
from .comments import _comment
from .connection import Database
from .errors import ReviewNotFound
from .meeting import MeetingStore
from .parking import _action, _item
from .reviews import LIVE, _person, _review
from .timeline import _entry


def _json_rows(table: str, columns: tuple[str, ...], where: str, order: str, dialect: str) -> str:
    """A subquery giving the matching rows of a table as one JSON array of objects (SQLite's or a server's JSON)."""
    if dialect == "sqlite":
        pairs = ", ".join(f"'{c}', \"{c}\"" for c in columns)
        return f"(SELECT json_group_array(json_object({pairs})) FROM (SELECT * FROM {table} WHERE {where} ORDER BY {order}))"
    pairs = ", ".join(f"'{c}', t.\"{c}\"" for c in columns)
    return f"(SELECT COALESCE(json_agg(json_build_object({pairs}) ORDER BY {order}), CAST('[]' AS json)) FROM {table} t WHERE {where})"


_ENTRY = ("id", "at_utc", "actor", "text", "detail", "moment", "prep_note", "discussed", "seconds_on_screen", "precision")


@functools.cache
def _statement(dialect: str) -> str:
    """The one statement, in the dialect's JSON functions (the rest of the SQL is the same on both)."""

    def rows(table: str, columns: tuple[str, ...], where: str, order: str = "id") -> str:
        return _json_rows(table, columns, where, order, dialect)

    return f"""
SELECT r.*,
  {rows("meeting_events", ("at_utc", "kind", "phase"), "review_id = r.id", "at_utc, id")} AS j_events,
  {rows("phase_budgets", ("phase", "minutes"), "review_id = r.id", "phase")} AS j_budgets,
  {rows("key_questions", ("key", "covered", "answer"), '"review_id" = r.id', '"key"')} AS j_questions,
  {rows("people", ("id", "name", "role", "involved", "attendance", "facilitates", "takes_notes"), "review_id = r.id")}
    AS j_people,
  {rows("parked_items", ("id", "text", "category", "raised_by", "entry_id", "phase", "created_utc", "fate",
                         "fate_reason"), "review_id = r.id", "created_utc, id")} AS j_parked,
  {rows("actions", ("id", "title", "owner", "due", "priority", "isms_impact", "tracker_ref", "description",
                    "parked_item_id", "rank"), "review_id = r.id")} AS j_actions,
  {rows("comments", ("id", "text", "author", "received_on", "via", "entry_id", "shown"), "review_id = r.id")}
    AS j_comments,
  {rows("timeline_entries", _ENTRY,
        "review_id = r.id AND (moment IS NOT NULL OR id = r.current_entry_id"
        " OR id IN (SELECT entry_id FROM notes WHERE review_id = r.id AND entry_id IS NOT NULL))",
        "at_utc, id")} AS j_moments
FROM reviews r WHERE r.id = ? AND {LIVE}
"""


def _decoded(value: object) -> list[dict]:
    """SQLite gives the JSON as text; a server's driver gives it decoded."""
    return json.loads(value) if isinstance(value, str | bytes) else value  # type: ignore[return-value]


@record
class MeetingRecord:
    """One review's meeting as the screens show it (the timeline itself and the notes are read on their own)."""

    review: Review
    current_entry_id: int | None = None
    current_key_question: str | None = None
    opening_text: str | None = None
    pulse: tuple[int | None, int | None] = (None, None)
    events: tuple[MeetingEvent, ...] = ()
    stored_budgets: dict[Phase, int] = field(default_factory=dict)
    covered: frozenset[str] = frozenset()
    answers: dict[str, str] = field(default_factory=dict)
    people: tuple[Person, ...] = ()
    parked: tuple[ParkedItem, ...] = ()
    actions: tuple[Action, ...] = ()
    comments: tuple[Comment, ...] = ()
    moments: tuple[TimelineEntry, ...] = ()
    """The marked entries, the one on screen and any a note is filed under, in time order, without questions."""

    def budgets(self) -> dict[Phase, int]:
        """The minutes each phase gets, refitted to the slot as MeetingStore.budgets does."""
        stored, slot = self.stored_budgets, self.review.slot_minutes
        if set(stored) == set(PHASES) and sum(stored.values()) == slot:
            return {p: stored[p] for p in PHASES}
        return refitted(stored, slot)


def read_meeting_record(db: Database, review_id: int) -> MeetingRecord:
    """The review's meeting in one statement (ReviewNotFound if it is gone or deleted)."""
    rows = db.query(_statement(db.dialect), [review_id])
    if not rows:
        raise ReviewNotFound(f"There is no review with ID {review_id}.")
    row = rows[0]
    questions = _decoded(row["j_questions"])
    phases = {p.value for p in PHASES}
    return MeetingRecord(
        review=_review(row),
        current_entry_id=row["current_entry_id"],
        current_key_question=row["current_key_question"],
        opening_text=row["opening_text"] or None,
        pulse=(row["pulse_learned"], row["pulse_would_return"]),
        events=tuple(MeetingStore.event(e) for e in _decoded(row["j_events"])),
        stored_budgets={Phase(b["phase"]): b["minutes"] for b in _decoded(row["j_budgets"]) if b["phase"] in phases},
        covered=frozenset(q["key"] for q in questions if q["covered"]),
        answers={q["key"]: q["answer"] for q in questions if q["answer"]},
        people=tuple(_person(p) for p in _decoded(row["j_people"])),
        parked=tuple(_item(i) for i in _decoded(row["j_parked"])),
        actions=tuple(ranked([_action(a) for a in _decoded(row["j_actions"])])),
        comments=tuple(_comment(c) for c in _decoded(row["j_comments"])),
        moments=tuple(_entry(e) for e in _decoded(row["j_moments"])),
    )
