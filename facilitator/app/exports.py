"""Writing a review out: its record or archive, the pre-read for attendees, the follow-ups for a tracker."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..domain.record import record
from ..export.files import check_target, write_private
from ..export.follow_up_presets import PRESETS
from ..export.preread import preread_markdown
from ..storage.reviews import ReviewStore
from .changes import Change, Changed
from .destinations import Destination, Kind, destination
from .hub import Hub
from .record_files import FileFormat, export_review


@record
class Exported:
    """The file written; ``instead_of`` the one asked for, left alone because someone edited it since."""

    path: Path
    changed: Changed
    instead_of: Path | None = None


class Exports:
    """Every export; none changes the review, so each reports that nothing changed (and the hub hears nothing)."""

    def __init__(self, store: ReviewStore, hub: Hub):
        self.store = store
        self.hub = hub

    def destination(self, review_id: int, kind: Kind, here: Path, preset: str = "csv") -> Destination:
        """Where this export goes unless the user says otherwise (see destinations.destination)."""
        return destination(self.store.get(review_id), kind, here, preset)

    def record(self, review_id: int, path: Path, format: FileFormat, now: dt.datetime) -> Exported:
        """The record (Markdown) or the archive (JSON) to path, or into it when it is a folder, never over someone's
        edits. Raises OSError with nothing written."""
        written = export_review(self.store, review_id, path, format, now)
        return Exported(written.path, self._nothing(review_id), written.instead_of)

    def preread_text(self, review_id: int) -> str:
        review = self.store.get(review_id)
        return preread_markdown(review, self.store.people(review_id), self.store.timeline.entries(review_id))

    def follow_ups_text(self, review_id: int, preset: str) -> str:
        return PRESETS[preset].text(self.store.get(review_id), self.store.parking.actions(review_id))

    def preread(self, review_id: int, path: Path, now: dt.datetime, must_note: bool = True) -> Exported:
        """The timeline as Markdown for attendees, owner-only (see write)."""
        return self.write(review_id, path, self.preread_text(review_id), now, must_note)

    def follow_ups(self, review_id: int, preset: str, path: Path, now: dt.datetime, must_note: bool = True) -> Exported:
        """The review's actions in a tracker's format (export.follow_up_presets), owner-only (see write)."""
        return self.write(review_id, path, self.follow_ups_text(review_id, preset), now, must_note)

    def write(self, review_id: int, path: Path, text: str, now: dt.datetime, must_note: bool = True) -> Exported:
        """Write text to path owner-only, its folder noted first (so what a crash leaves half-written there is
        removed at the next start). A place refused is refused before the folder is noted: nothing changes.
        must_note=False (a window) writes even when the database cannot note the folder just now."""
        check_target(path)
        folder = os.path.abspath(path.parent)
        if must_note:
            self.store.exports.remember_folder(folder, now)
        else:
            self.store.exports.note_folder(folder, now)
        return Exported(write_private(path, text), self._nothing(review_id))

    def _nothing(self, review_id: int) -> Changed:
        return self.hub.publish(Changed(Change.NOTHING, review_id))
