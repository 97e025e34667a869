"""The commands that open windows (loaded only when one runs): the library, a review, the note-taker, the demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .say import say

if TYPE_CHECKING:
    from ..storage.reviews import ReviewStore


def error_window(text: str) -> None:
    """The error a window could not start for, in a dialog: a window's user may have no terminal open."""
    from ..ui.common.startup_error import show_startup_error

    show_startup_error(text)


def gui(store: ReviewStore, review_id: int | None, settings_file: Path | None = None, stale_removed: bool = False) -> int:
    """The library (review_id None) or a review's window, until the last window closes.

    stale_removed: the demo's own folder has just removed the stale demo folders (demo_folder), no second scan."""
    from ..ui.app import run

    if not stale_removed:
        from ..demo_folder import remove_stale_demo_folders

        remove_stale_demo_folders()
    return run(store, review_id, settings_file=settings_file)


def notes_gui(store: ReviewStore, review_id: int) -> int:
    from ..ui.app import run

    return run(store, review_id, notes=True)


def run_demo(db_path: Path | None) -> int:
    """The demo review; without --db in a throwaway folder that also holds its settings (tabs, sizes)."""
    if db_path is not None:
        return _demo_gui(db_path)
    from ..demo_folder import demo_folder

    with demo_folder() as scratch:
        return _demo_gui(scratch / "demo.sqlite3", settings_file=scratch / "settings.ini")


def _demo_gui(path: Path, settings_file: Path | None = None) -> int:
    from ..app.demo import Demo
    from ..app.hub import Hub
    from ..storage.session import command_store

    with command_store(path) as store:  # closed before the demo's folder goes: Windows removes no folder with an open file
        review_id = Demo(store, Hub()).seed().review_id
        return gui(store, review_id, settings_file=settings_file, stale_removed=settings_file is not None)  # its folder just did


def screenshots(directory: Path) -> int:
    from ..ui.screenshots import write_screenshots

    for path in write_screenshots(directory):
        say(str(path))
    return 0
