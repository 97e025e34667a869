"""Importing a timeline: reading a file or pasted text for the preview (nothing stored), then storing what was read."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from ..domain.record import record
from ..domain.timeline import TimelineEntry
from ..importers import ImportContext, ImportProblem, Skipped
from ..importers.formats import Parsed, parse_file, parse_pasted
from ..importers.skip_summary import skipped_summary
from ..storage.busy import is_busy
from ..storage.errors import StorageError
from ..storage.reviews import ReviewStore
from .changes import Change, Changed
from .hub import Hub

Reader = Callable[[ImportContext], Parsed]
"""Reads the file or text with a context: gives the entries and what was skipped, or raises ImportProblem
(AmbiguousZone when a zone abbreviation needs the user's answer)."""


def file_reader(path: Path, format: str | None = None) -> Reader:
    """The reading of a file (or Slack export folder), in a format or guessed."""
    return lambda context: parse_file(path, context, format)


def pasted_reader(text: str) -> Reader:
    """The reading of pasted text."""
    return lambda context: parse_pasted(text, context)


@record
class Imported:
    """What an import stored: entries added, those already there, and what the reading left out."""

    added: int
    already_there: int
    skipped: tuple[Skipped, ...]
    changed: Changed

    def skip_report(self, lead: str = "skipped ") -> str:
        """'skipped 3 lines (no time): 12, 40, 41', or '' when nothing was left out."""
        return skipped_summary(self.skipped, lead=lead)

    def said(self) -> str:
        """One line for a terminal: 'added 12 entries (3 already there); skipped …'."""
        added = f"added {self.added} {'entry' if self.added == 1 else 'entries'} ({self.already_there} already there)"
        return "; ".join(filter(None, (added, self.skip_report())))


class TimelineImport:
    """The two steps of an import: read (for the preview) and store (what was read, or accepted)."""

    def __init__(self, store: ReviewStore, hub: Hub):
        self.store = store
        self.hub = hub

    def context(self, review_id: int) -> ImportContext:
        """How the review places times a file leaves incomplete: its incident date and time zone."""
        review = self.store.get(review_id)
        return ImportContext(incident_date=review.incident_date, timezone=review.timezone)

    def read(self, review_id: int, read: Reader) -> Parsed:
        """Read with the review's context; stores nothing."""
        return read(self.context(review_id))

    def store_entries(
        self, review_id: int, entries: Sequence[TimelineEntry], skipped: Sequence[Skipped] = (), source: str = ""
    ) -> Imported:
        """Add the entries (those already there are not added twice); ImportProblem when there are none."""
        if not entries:
            raise ImportProblem(f"{source}: no timeline entries found" if source else "no timeline entries found")
        added = self.store.timeline.add(review_id, entries)
        changed = self.hub.publish(Changed(Change.TIMELINE if added else Change.NOTHING, review_id))
        return Imported(added, len(entries) - added, tuple(skipped), changed)

    def store_when_free(
        self,
        review_id: int,
        entries: Sequence[TimelineEntry],
        skipped: Sequence[Skipped],
        wait_ms: int,
        waits: Callable[[], None],
        give_up: Callable[[], bool],
    ) -> Imported:
        """store_entries, tried again for as long as another process holds the database (each try waits wait_ms
        for its lock; waits() is said once, the first time): for a worker thread with its own store. StorageError
        when the database says something else, or give_up() says to stop waiting (the application closes)."""
        self.store.db.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        said = False
        while True:
            try:
                return self.store_entries(review_id, entries, skipped)
            except sqlite3.OperationalError as error:
                if not is_busy(error) or give_up():
                    raise StorageError(str(error)) from error
                if not said:
                    waits()
                    said = True

    def import_file(self, review_id: int, path: Path, format: str | None = None) -> Imported:
        """Read the file and store what it holds, in one go (the command line's import)."""
        parsed = self.read(review_id, file_reader(path, format))
        return self.store_entries(review_id, parsed.entries, parsed.skipped, path.name)
