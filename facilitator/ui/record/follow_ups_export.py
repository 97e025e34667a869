"""File → Export follow-ups: the actions for the team's tracker (Jira, Linear, GitLab, GitHub, incident.io) or a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ...app.destinations import Kind
from ...app.exports import Exports
from ...app.hub import Hub
from ...app.session import ReviewStore
from ...content import texts
from ...export.follow_up_presets import PRESETS
from .save_export import save_export


def choices() -> tuple[tuple[str, str], ...]:
    """Each preset with the kind of file the save dialog offers for it, in the exporting texts' words."""
    kinds = texts("exporting")["saving"]["follow_ups"]["kinds"]
    return (
        ("csv", kinds["csv"]),
        ("jira", kinds["jira"]),
        ("linear", kinds["linear"]),
        ("gitlab", kinds["gitlab"]),
        ("github", kinds["github"]),
        ("incident-io", kinds["incident_io"]),
        ("json", kinds["json"]),
    )


def chosen_preset(name: str, chosen_filter: str) -> str:
    """The preset of the chosen filter; with no filter, the one the file name says (…-jira.csv, .json, …)."""
    for preset, label in choices():
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
        window,
        "follow_ups",
        exports.destination(review_id, Kind.FOLLOW_UPS, Path.home()),
        ";;".join(label for _, label in choices()),
        write,
    )
