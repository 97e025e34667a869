"""The app's own log and crash reports, in the user's log folder, readable by them only.

The log says when the app started, on what, and what went wrong where; never a word of a review
(no titles, notes or names): an error is logged by its type and place, not its message.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import facilitator

from .storage.paths import APP_NAME, private_dir
from .storage.private import make_private

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILE = "facilitator.log"
LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("facilitator")


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@functools.cache
def private_rotating_handler() -> type[RotatingFileHandler]:
    """The class of our log's handler, made when the log starts: logging.handlers (sockets, pickle, queues) is not
    worth loading before the first window is on screen."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """A rotating log whose every file, the first and each one after a rotation, is owner-only."""

        def _open(self):
            stream = super()._open()
            make_private(self.baseFilename)
            return stream

    return PrivateRotatingFileHandler


def __getattr__(name: str) -> object:
    """app_log.PrivateRotatingFileHandler, made on first use (see private_rotating_handler)."""
    if name == "PrivateRotatingFileHandler":
        return private_rotating_handler()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def start_log(folder: Path | None = None) -> Path:
    """Log to <log folder>/facilitator.log (a few files of about 1 MB, rotated); returns the file. Once per process."""
    folder = private_dir(folder or log_folder())
    path = folder / LOG_FILE
    handler_class = private_rotating_handler()
    for handler in log.handlers:
        if isinstance(handler, handler_class):
            return Path(handler.baseFilename)
    handler = handler_class(path, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def stop_log() -> None:
    for handler in [h for h in log.handlers if isinstance(h, private_rotating_handler())]:
        log.removeHandler(handler)
        handler.close()


def log_start(what: str) -> None:
    """One line on start-up: version, Python, Qt when given, the platform; nothing about any review."""
    import platform

    log.info("facilitator %s started (%s) on Python %s, %s %s", facilitator.__version__, what, platform.python_version(),
             platform.system(), platform.release())


def where(trace: TracebackType | None) -> str:
    """The innermost file:line of a traceback, for a log line that carries no message text."""
    frames = traceback.extract_tb(trace)
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else "unknown place"


def write_crash_report(kind: type[BaseException], error: BaseException, trace: TracebackType | None,
                       folder: Path | None = None, now: dt.datetime | None = None) -> Path:
    """A report with the traceback in the log folder, owner-only; returns its path. The log gets one line without the message."""
    import platform

    folder = private_dir(folder or log_folder())
    now = now or dt.datetime.now()
    path = folder / f"crash-{now:%Y%m%d-%H%M%S-%f}.txt"
    header = [
        f"Facilitator {facilitator.__version__} stopped on an error at {now.isoformat(timespec='seconds')}.",
        f"Python {platform.python_version()} on {platform.platform()}; {sys.executable}",
        "The error message below may quote words from your review: read it before sending this report on.",
        "",
    ]
    body = "".join(traceback.format_exception(kind, error, trace))
    path.touch(mode=0o600)
    make_private(path)
    path.write_text("\n".join(header) + body, encoding="utf-8")
    log.error("error %s at %s; report in %s", kind.__name__, where(trace), path.name)
    return path
