"""Starting the GUI: the application object, the theme, and the first window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .. import collector
from ..app.session import ReviewStore, agree_with_server
from ..app_log import log, log_start, start_log
from ..content import resource
from .common import focus_ring, settings, theme
from .common.crash import CrashHandler
from .common.first_paint import after_first_paint
from .common.own_wording import notice_problems, use_users_language
from .windows import Windows

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

QUIT_AFTER_PAINT = "FACILITATOR_QUIT_AFTER_FIRST_PAINT"


class QuitAfterFirstPaint(QObject):
    """For start-up benchmarks: once the window has painted, say when on stderr (CLOCK_MONOTONIC) and quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
        QApplication.quit()


def application(icon_now: bool = True) -> QApplication:
    """The application object, styled; its icon too, unless the caller sets it (wear_icon) once its first window
    has painted: the icon's Qt type is set up in a millisecond or two the first frame need not wait for."""
    running = QApplication.instance()
    if isinstance(running, QApplication):
        app = running
        theme.use_style(app)
    else:
        app = QApplication([*sys.argv[:1], "-style", theme.STYLE])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("facilitator")
    app.setDesktopFileName("facilitator")
    if icon_now:
        wear_icon(app)
    theme.apply(app, theme.dark_wanted())
    theme.follow_system(app)
    focus_ring.install(app)
    return app


def run(store: ReviewStore, review_id: int | None, notes: bool = False, settings_file: Path | None = None) -> int:
    """Show the review's window, its note-taker's window, or the library; run until the last window closes.

    settings_file keeps this run's settings apart from the user's (the throwaway demo). Garbage
    collection, paused while the app loads (launch.py), resumes as soon as the event loop runs."""
    if settings_file is None:
        return _run(store, review_id, notes)
    with settings.kept_apart(settings_file):
        return _run(store, review_id, notes)


def app_icon() -> QIcon:
    """Our icon (resources/icons/facilitator.svg), the window icon of every window."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource("icons", "facilitator.svg")))


def wear_icon(app: QApplication) -> None:
    """Every window, those already open included, wears our icon from now on; the app says its version too."""
    import facilitator

    app.setWindowIcon(app_icon())
    app.setApplicationVersion(facilitator.__version__)


class StartLog:
    """The log is started once the first window has painted (its file is a disk write the first paint need not wait
    for), or when the run ends before that, so its start and stop lines are always written."""

    def __init__(self, what: str):
        self.what = what
        self.started = False

    def __call__(self) -> None:
        if not self.started:
            self.started = True
            start_log()
            log_start(self.what)


def _run(store: ReviewStore, review_id: int | None, notes: bool) -> int:
    app = application(icon_now=False)
    use_users_language()
    begin_log = StartLog("notes" if notes else "review" if review_id is not None else "library")
    crashes = CrashHandler(parent=app).install()
    crashes.start_log = begin_log
    try:
        return _show_and_run(app, store, review_id, notes, begin_log)
    finally:
        crashes.uninstall()
        begin_log()
        log.info("stopped")


def _once_painted(app: QApplication, begin_log: StartLog) -> None:
    """What the first window's first frame need not wait for: the log's file, and the icon."""
    begin_log()
    wear_icon(app)


def _show_and_run(app: QApplication, store: ReviewStore, review_id: int | None, notes: bool, begin_log: StartLog) -> int:
    agree_with_server(store)
    windows = Windows(store, store.clock)
    if review_id is None:
        window: QWidget = windows.show_library()
    else:
        window = windows.open_notes(review_id) if notes else windows.open_review(review_id)
    after_first_paint(window, lambda: _once_painted(app, begin_log))
    QTimer.singleShot(0, lambda: notice_problems(window))
    if os.environ.get(QUIT_AFTER_PAINT):
        quitter = QuitAfterFirstPaint(window)
        window.installEventFilter(quitter)
    QTimer.singleShot(0, collector.resume)
    try:
        return app.exec()
    finally:
        windows.events.stop()
