"""File → Export pre-read: the timeline as Markdown for attendees, written where the user expects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ...app.destinations import Kind
from ...app.exports import Exports
from ...app.hub import Hub
from ...app.session import ReviewStore
from ...content import texts
from .save_export import save_export


def export_preread(window: QMainWindow, store: ReviewStore, review_id: int, hub: Hub) -> Path | None:
    """Ask where (suggesting the incident folder) and write the pre-read; the windows' hub hears nothing, as an
    export changes nothing they show."""
    exports = Exports(store, hub)
    return save_export(
        window,
        "preread",
        exports.destination(review_id, Kind.PREREAD, Path.home()),
        texts("exporting")["saving"]["preread"]["file_kind"],
        lambda path, _filter: exports.preread(review_id, path, store.clock.now(), must_note=False).path,
    )
