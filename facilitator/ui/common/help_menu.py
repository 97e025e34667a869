"""The Help menu of every main window: Keys (F1, Ctrl+/) and About; each dialog's module is loaded when it opens,
not before the window's first paint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from ...content import texts
from . import commands


def add_help_menu(window: QMainWindow, database: Path | str) -> None:
    """About, at the end of the window's Help menu (made if it has none), for every main window."""
    words = texts("app")["about"]
    menus = (a.menu() for a in window.menuBar().actions() if a.text() == words["menu"])
    menu = next((m for m in menus if isinstance(m, QMenu)), None)
    if menu is None:
        menu = window.menuBar().addMenu(words["menu"])

    def show() -> None:
        from .about_dialog import AboutDialog

        dialog = AboutDialog(database, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.about_dialog = dialog  # type: ignore[attr-defined]  # kept where tests and the window find it
        dialog.open()

    menu.addAction(commands.about(window, show))


def add_keys_help(
    window: QMainWindow, places: Callable[[], tuple[str, ...]], phases: Callable[[], Mapping[str, list[str]]] | None = None
) -> QMenu:
    """Help → Keys (F1, Ctrl+/) in the window's Help menu (made if it has none); shows the keys of places(), each
    findable by the names of the meeting phases that read it (phases())."""
    title = texts("commands")["help"]["help_menu"]
    found = (a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == title)
    menu = next((m for m in found if isinstance(m, QMenu)), None)
    if menu is None:
        menu = window.menuBar().addMenu(title)

    def show() -> None:
        from .keys_help import KeysHelp

        dialog = KeysHelp(window, places(), phases() if phases else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.keys_help = dialog  # type: ignore[attr-defined]
        dialog.show()

    act = commands.keys_help(window, show)
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    menu.addAction(act)
    return menu
