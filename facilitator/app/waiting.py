"""What the writes still waiting for the database carry, read back as domain values, so the windows show them
before they are in: the store calls of an edit, the note, parked item or clock event of a named write, and the
Later that stands for what a waiting write will return."""

from __future__ import annotations

from ..storage.queued_calls import Later, calls_data, pending_calls, restored
from ..storage.queued_writes import event_from, note_from, parked_from
from ..storage.write_journal import Waiting

__all__ = ["Later", "Waiting", "calls_data", "event_from", "note_from", "parked_from", "pending_calls", "restored"]
