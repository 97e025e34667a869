"""File → Export follow-ups: the actions for the team's tracker (Jira, Linear, GitLab, GitHub, incident.io) or a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ...app.destinations import Kind
from ...app.exports import Exports
from ...app.hub import Hub
from ...app.session import ReviewStore
from ...export.follow_up_presets import PRESETS
from .save_export import save_export

CHOICES = (
    ("csv", "CSV for spreadsheets (*.csv)"),
    ("jira", "Jira: CSV for its importer (*.csv)"),
    ("linear", "Linear: CSV for its importer (*.csv)"),
    ("gitlab", "GitLab: CSV for its issue import (*.csv)"),
    ("github", "GitHub: a script of gh issue create commands (*.sh)"),
    ("incident-io", "incident.io: follow-ups as JSON (*.json)"),
    ("json", "JSON, every field (*.json)"),
)
FILTERS = ";;".join(label for _, label in CHOICES)


def chosen_preset(name: str, chosen_filter: str) -> str:
    """The preset of the chosen filter; with no filter, the one the file name says (…-jira.csv, .json, …)."""
    for preset, label in CHOICES:
        if label == chosen_filter:
            return preset
    lowered = Path(name).name.lower()
    for preset in PRESETS:
        if lowered.endswith(f"-{preset}.{PRESETS[preset].suffix.rpartition('.')[2]}"):
            return preset
    return "json" if lowered.endswith(".json") else "csv"


def export_follow_ups(window: QMainWindow, store: ReviewStore, review_id: int, hub: Hub) -> Path | None:
    """Ask where and in which tracker's format, and write the actions; the windows' hub hears nothing, as an
    export changes nothing they show."""
    exports = Exports(store, hub)

    def write(path: Path, chosen: str) -> Path:
        preset = chosen_preset(str(path), chosen)
        return exports.follow_ups(review_id, preset, path, store.clock.now(), must_note=False).path

    return save_export(
        window, "follow_ups", exports.destination(review_id, Kind.FOLLOW_UPS, Path.home()), FILTERS, write
    )
