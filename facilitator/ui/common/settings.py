"""User settings in one place: defaults, and window geometry remembered per window."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

DEFAULTS = {
    "appearance/palette": "system",
}

_own_file: Path | None = None
"""While set (the throwaway demo), every setting is read from and written to this file instead."""


def settings() -> QSettings:
    if _own_file is not None:
        return QSettings(str(_own_file), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "facilitator", "facilitator")


@contextlib.contextmanager
def kept_apart(path: Path) -> Iterator[None]:
    """Settings in a file of their own while the block runs, starting as a copy of the user's (palette, sizes)."""
    global _own_file
    users = Path(settings().fileName())
    if users.is_file():
        shutil.copyfile(users, path)
    _own_file = path
    try:
        yield
    finally:
        _own_file = None


def value(key: str) -> str:
    return str(settings().value(key, DEFAULTS.get(key, "")))


def set_value(key: str, new: str) -> None:
    """Store a value; writing the one already stored is skipped (each write costs a file sync)."""
    if value(key) != new:
        settings().setValue(key, new)


def restore_geometry(window: QWidget, name: str, default_size: tuple[int, int]) -> None:
    """Put the window where the user last left it, or give it a sensible size."""
    saved = settings().value(f"geometry/{name}")
    if saved is None or not window.restoreGeometry(saved):
        window.resize(*default_size)


def has_geometry(name: str) -> bool:
    return settings().value(f"geometry/{name}") is not None


def save_geometry(window: QWidget, name: str) -> None:
    settings().setValue(f"geometry/{name}", window.saveGeometry())


def restore_splitter(splitter: QSplitter, name: str) -> None:
    """Put the panes back the way the user last dragged them."""
    saved = settings().value(f"splitter/{name}")
    if saved is not None:
        splitter.restoreState(saved)


def save_splitter(splitter: QSplitter, name: str) -> None:
    settings().setValue(f"splitter/{name}", splitter.saveState())


def restore_window_state(window: QMainWindow, name: str) -> None:
    """Docks and toolbars where the user left them."""
    saved = settings().value(f"state/{name}")
    if saved is not None:
        window.restoreState(saved)


def save_window_state(window: QMainWindow, name: str) -> None:
    settings().setValue(f"state/{name}", window.saveState())
