"""What each write changes, by kind, and the one way a use case writes: at once, or through the write queue.

Every write is a named kind with plain data (see storage/queued_writes.py), or "calls": store methods in one
transaction (storage/queued_calls.py). A window's writes go through the write queue, which keeps them on disk
while the database is busy; the command line writes at once. Either way the hub hears what changed once the
write is in the database.
"""

from __future__ import annotations

from typing import Protocol

from ..storage.queued_writes import write_now
from ..storage.reviews import ReviewStore
from .changes import Change, Changed
from .hub import Hub

CHANGE_OF_WRITE: dict[str, Change] = {
    "keep_note": Change.NOTES,
    "update_note": Change.NOTES,
    "delete_note": Change.NOTES,
    "add_note": Change.NOTES,
    "save_draft": Change.DRAFT,
    "park": Change.PARKING,
    "unpark": Change.PARKING,
    "set_moment": Change.MARKS,
    "set_questions": Change.MARKS,
    "set_current_entry": Change.MEETING,
    "record_time_on_screen": Change.MEETING,
    "add_event": Change.MEETING | Change.LIBRARY,  # the clock moves the review's state, which the library shows
    "set_current_key_question": Change.MEETING,
    "set_covered": Change.MEETING,
    "set_answer": Change.MEETING,
    "set_pulse": Change.MEETING,
}
"""The kind of change each named write makes."""

CHANGE_OF_CALL: dict[str, Change] = {
    "create": Change.LIBRARY,
    "update_fields": Change.DETAILS | Change.LIBRARY,
    "delete": Change.LIBRARY,
    "restore": Change.LIBRARY,
    "duplicate": Change.LIBRARY,
    "purge_deleted": Change.LIBRARY,
    "add_person": Change.PEOPLE,
    "update_person": Change.PEOPLE,
    "remove_person": Change.PEOPLE,
    "set_facilitation": Change.PEOPLE,
    "timeline.add_one": Change.TIMELINE,
    "timeline.update": Change.TIMELINE | Change.MARKS,
    "timeline.delete": Change.TIMELINE | Change.MARKS,
    "timeline.undelete": Change.TIMELINE | Change.MARKS,
    "timeline.set_questions": Change.MARKS,
    "comments.add": Change.COMMENTS,
    "comments.update": Change.COMMENTS,
    "comments.remove": Change.COMMENTS,
    "comments.restore": Change.COMMENTS,
    "parking.update": Change.PARKING,
    "parking.add_action": Change.ACTIONS,
    "parking.update_action": Change.ACTIONS,
    "parking.remove_action": Change.ACTIONS,
    "parking.restore_action": Change.ACTIONS,
    "parking.set_ranks": Change.ACTIONS,
    "meeting.set_budgets": Change.MEETING | Change.DETAILS,
    "meeting.set_opening_text": Change.DETAILS,
    "meeting.set_answer": Change.MEETING,
}
"""The kind of change each store method a "calls" write may name makes."""


def changed_by(kind: str, data: dict) -> Changed:
    """What a write of this kind and data changes, once it is in the database."""
    review_id = data.get("review_id")
    if kind == "calls":
        kinds = Change.NOTHING
        for method, _args in data["calls"]:
            kinds |= CHANGE_OF_CALL[method]
        return Changed(kinds, review_id)
    return Changed(CHANGE_OF_WRITE[kind], review_id)


class Writer(Protocol):
    """Writes one named write: (True, what it returned) if it is in the database, (False, a Waiting) if queued.

    A writer tells nobody: the use case publishes changed_by(...) when the write is in at once, and the owner of
    a queue (ui/common/store_events.py) publishes it when a queued write goes in later."""

    def submit(self, kind: str, data: dict) -> tuple[bool, object]: ...


class WriteAtOnce:
    """The command line's writer: straight into the database."""

    def __init__(self, store: ReviewStore):
        self.store = store

    def submit(self, kind: str, data: dict) -> tuple[bool, object]:
        return True, write_now(self.store, kind, data)


def write(writer: Writer, hub: Hub, kind: str, data: dict) -> tuple[Changed, object]:
    """Write through the writer; the hub hears now if it went in (else when the queue writes it).

    Returns what it changes and (what it returned, or the Waiting that stands for it)."""
    done, result = writer.submit(kind, data)
    changed = changed_by(kind, data)
    if done:
        hub.publish(changed)
    return changed, result
