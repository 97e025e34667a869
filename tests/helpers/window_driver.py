"""A real window of the app in a process of its own, offscreen, driven by lines on stdin.

Used by the cross-process tests and `make bench`. Start it with

    python tests/helpers/window_driver.py --db PATH_OR_URL --review ID --window notes|review [--clock-off SECONDS]

Commands, one a line: `note TEXT` types TEXT into the note-taker's input and presses Enter;
`draft TEXT` types TEXT only; `enter` presses Enter in it; `next` / `previous` press PageDown / PageUp on the facilitator's
meeting panel; `quit`.
Reports, one a line on stdout, each after the monotonic clock reading (shared by every process
on the machine) at which it was seen: `ready`, `prompt TEXT` whenever the prompt shown changes,
`shared N` whenever the facilitator's window shows N notes under the prompt, `begun True|False` whenever the
note-taker's window starts or stops saying the note stays where it was begun, `kept`, `typed`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from facilitator.app.session import agree_with_server  # noqa: E402
from facilitator.domain.clock import SYSTEM_CLOCK, ShiftedClock  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.storage.reviews import ReviewStore  # noqa: E402
from facilitator.storage.server_presence import notes_link_name  # noqa: E402
from facilitator.storage.server_url import database_location, name_links  # noqa: E402
from facilitator.ui.app import application  # noqa: E402
from facilitator.ui.windows import Windows  # noqa: E402

WATCH_MS = 5


def say(text: str) -> None:
    print(f"{time.monotonic():.6f} {text}", flush=True)


class Commands(QObject):
    """Lines read on a worker thread, handed to the GUI thread as a queued signal."""

    line = Signal(str)

    def listen(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in sys.stdin:
            self.line.emit(line.rstrip("\n"))
        self.line.emit("quit")


class Driver:
    def __init__(self, windows: Windows, review_id: int, kind: str):
        self.kind = kind
        if kind == "notes":
            self.window = windows.open_notes(review_id)
        else:
            self.window = windows.open_review(review_id)
            self.window.show_panel(self.window.meeting_view)
        self.seen: dict[str, object] = {}
        self._watch = QTimer(interval=WATCH_MS)
        self._watch.timeout.connect(self.watch)
        self._watch.start()

    def prompt(self) -> str:
        if self.kind == "notes":
            return self.window.on_screen.what.text()
        return self.window.meeting.card.what.text()

    def watch(self) -> None:
        """Report what a person would see change: the prompt, and the notes under it on the shared screen."""
        self._report("prompt", self.prompt())
        if self.kind == "notes":
            self._report("begun", self.window.begun.isVisible())
        if self.kind == "review":
            strip = self.window.meeting_notes.strip
            self._report("shared", strip.notes_model.rowCount() if strip.isVisible() else 0)

    def _report(self, what: str, value) -> None:
        if self.seen.get(what) != value:
            self.seen[what] = value
            say(f"{what} {value}")

    def run(self, line: str) -> None:
        verb, _, text = line.partition(" ")
        if verb in ("note", "draft"):
            QTest.keyClicks(self.window.input, text)
            if verb == "note":
                QTest.keyClick(self.window.input, Qt.Key.Key_Return)
            say("kept" if verb == "note" else "typed")
        elif verb == "enter":
            QTest.keyClick(self.window.input, Qt.Key.Key_Return)
            say("kept")
        elif verb in ("next", "previous"):
            key = Qt.Key.Key_PageDown if verb == "next" else Qt.Key.Key_PageUp
            QTest.keyClick(self.window.meeting, key)
            self.watch()
        elif verb == "comment":
            QTest.keyClick(self.window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
            panel = self.window.comments
            panel.text.setFocus()
            QTest.keyClicks(panel.text, text)
            panel.add.setFocus()
            QTest.keyClick(panel.add, Qt.Key.Key_Space)
            say("added")
        elif verb == "quit":
            self.window.close()
            application().quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=database_location, required=True)  # a file or a server's address
    parser.add_argument("--review", type=int, required=True)
    parser.add_argument("--window", choices=("notes", "review"), required=True)
    parser.add_argument("--clock-off", type=float, default=0.0, help="this laptop's clock is this many seconds ahead (negative: behind)")
    args = parser.parse_args()
    app = application()
    if args.window == "notes":  # as the app's `notes` command does (cli/run.py)
        name_links(notes_link_name(args.review))
    store = ReviewStore(open_database(args.db), ShiftedClock(SYSTEM_CLOCK, dt.timedelta(seconds=args.clock_off)))
    agree_with_server(store)  # as the app's own start does (ui/app.py)
    driver = Driver(Windows(store), args.review, args.window)
    commands = Commands()
    commands.line.connect(driver.run)
    commands.listen()
    driver.watch()
    say("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
