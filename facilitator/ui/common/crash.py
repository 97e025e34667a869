"""After an error nobody planned for: keep what was typed, write a report to the log folder, say where, go on.

Installed as sys.excepthook and threading.excepthook while the GUI runs. An error in a slot does not
stop Qt's event loop, so after the dialog the app goes on; an error on another thread is carried to
the GUI thread first, as only that thread may touch the windows.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ...app.write_journal import ServerLost
from ...app_log import write_crash_report
from ...content import texts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("facilitator.crash")


def keep_typing() -> list[str]:
    """Save what every open window holds unsaved, as closing it would; returns what could not be saved."""
    problems = []
    for window in QApplication.topLevelWidgets():
        keep = getattr(window, "keep_typing", None)
        if not callable(keep):
            continue
        try:
            keep()
        except Exception as e:  # the report must still be written, whatever failed here
            problems.append(type(e).__name__)
            log.error("could not keep what was typed in %s: %s", type(window).__name__, type(e).__name__)
    return problems


def _where(trace) -> str:
    """The function the error was raised in (never its words: they may quote what was typed)."""
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    return trace.tb_frame.f_code.co_name if trace is not None else "?"


class CrashHandler(QObject):
    """Catches what nothing else caught; one per running app."""

    caught = Signal(object)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = folder
        self.dialogs: list[QMessageBox] = []
        self.reports: list[Path] = []
        self._previous = (sys.excepthook, threading.excepthook)
        self.start_log: Callable[[], object] = lambda: None
        """Starts the app's log if the run has not yet (ui/app.py starts it after the first paint)."""
        self.caught.connect(self._handle, Qt.ConnectionType.AutoConnection)

    def install(self) -> CrashHandler:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, trace)
            return
        self.caught.emit((kind, error, trace))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.caught.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def _handle(self, caught) -> None:
        kind, error, trace = caught
        self.start_log()
        if isinstance(error, ServerLost):  # the team server went away mid-action: the windows already say offline
            log.warning("the database server could not be reached during %s", _where(trace))
            return
        not_kept = keep_typing()
        try:
            report = write_crash_report(kind, error, trace, self.folder)
        except OSError as e:
            log.error("could not write a crash report: %s", e.strerror or type(e).__name__)
            self._previous[0](kind, error, trace)
            report = None
        if report is not None:
            self.reports.append(report)
        self._show(report, not_kept)

    def _show(self, report: Path | None, not_kept: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox  # set up only when there is a crash to tell of

        words = texts("app")["crash"]
        parent = QApplication.activeWindow() or next((w for w in QApplication.topLevelWidgets() if w.isVisible()), None)
        box = QMessageBox(QMessageBox.Icon.Warning, words["title"], words["text"], QMessageBox.StandardButton.Ok,
                          parent if isinstance(parent, QWidget) else None)
        if not_kept:
            box.setText(words["typing_not_kept"].format(error=", ".join(not_kept)))
        lines = [words["where"].format(path=report)] if report else []
        box.setInformativeText("\n\n".join([*lines, words["going_on"]]))
        if report is not None:
            opener = box.addButton(words["open_folder"], QMessageBox.ButtonRole.ActionRole)
            opener.clicked.connect(lambda: _open_folder(report.parent))
        box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Esc and the window's close button dismiss it too
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self.dialogs.remove(b) if b in self.dialogs else None)
        self.dialogs.append(box)
        box.open()


def _open_folder(folder: Path) -> bool:
    from .about_dialog import open_folder  # the About dialog's module: only when a crash report's folder is opened

    return open_folder(folder)
