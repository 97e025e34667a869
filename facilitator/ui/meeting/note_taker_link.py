"""In the facilitator's status bar on a team server: whether the note-taker's window (on their own laptop) still has
its link to the server. Asked of the server every few seconds off the GUI thread; said only when it is gone (since
when, and that their notes wait on their laptop) and when it is back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from ...app.server_link import note_takers_linked
from ...content import texts

ASK_MS = 5000
"""How often the server is asked."""
AWAY_AFTER = 2
"""Answers of none in a row before the window says so: after the server itself was back from a restart, the
note-taker's window takes a few seconds to find it again."""
BACK_SHOWN_MS = 10_000


class NoteTakerLink(QLabel):
    """Hidden while the note-taker's window is linked (or has not been seen yet); says so once it has gone."""

    _counted = Signal(object)

    def __init__(self, db, review_id: int, clock, status: QStatusBar):
        super().__init__()
        self.words = texts("waiting")
        self.status = status
        self.clock = clock
        self.linked: int | None = None
        """The note-taker's links last counted (None before the first answer)."""
        self.seen = False
        self.away_since = None
        self._none_in_a_row = 0
        self.setStyleSheet("font-weight: bold")
        self.setToolTip(self.words["note_taker_away_tip"])
        self.setVisible(False)
        self._asker = note_takers_linked(db, review_id)
        self._asking = False
        self._stopped = False
        self._counted.connect(self._show)
        self._timer = QTimer(self, interval=ASK_MS)
        self._timer.timeout.connect(self._ask)
        self._timer.start()
        QTimer.singleShot(0, self._ask)

    def _ask(self) -> None:
        if self._asking or self._stopped:
            return
        self._asking = True
        threading.Thread(target=self._count, name="facilitator-note-taker", daemon=True).start()

    def _count(self) -> None:
        """Off the GUI thread: the count, handed back as a signal."""
        count = self._asker.count()
        if self._stopped:
            self._asker.close()
            return
        try:
            self._counted.emit(count)
        except RuntimeError:  # the window closed meanwhile and took the label with it
            self._asker.close()

    def _show(self, count: int | None) -> None:
        self._asking = False
        if self._stopped:
            self._asker.close()
            return
        if count is None:  # this window is offline itself and says so already
            return
        self.linked = count
        self._none_in_a_row = 0 if count else self._none_in_a_row + 1
        if count:
            if self.away_since is not None:
                self.status.showMessage(self.words["note_taker_back"], BACK_SHOWN_MS)
            self.seen, self.away_since = True, None
            self.setVisible(False)
        elif self.seen and self.away_since is None and self._none_in_a_row >= AWAY_AFTER:
            since = self.clock.now()
            self.away_since = since
            local = since.astimezone()
            self.setText(self.words["note_taker_away"].format(time=f"{local:%H:%M}"))
            self.setVisible(True)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if not self._asking:
            self._asker.close()
