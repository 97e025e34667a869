"""A quiet line under typed words that lean towards blame or hindsight, with a how/what way to say them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit

from ..domain.wording import WordingCheck, WordingHint


def hint_text(hints: Sequence[WordingHint]) -> str:
    """The first hint in full; a count of any others."""
    if not hints:
        return ""
    first = hints[0]
    more = f"  (and {len(hints) - 1} more)" if len(hints) > 1 else ""
    return f"“{first.words}”: {first.hint} {first.rephrase}{more}"


class WordingHintLabel(QLabel):
    """Hidden until a rule matches; it advises and never stops anyone. Drawn in the palette's link colour."""

    def __init__(self, check: WordingCheck, parent=None):
        super().__init__(parent)
        self.check = check
        self.hints: list[WordingHint] = []
        self.setObjectName("wordingHint")
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.hide()

    def show_for(self, text: str) -> None:
        self.hints = self.check.hints(text)
        self.setText(hint_text(self.hints))
        self.setToolTip("\n\n".join(f"{h.hint}\n{h.rephrase}" for h in self.hints))
        self.setVisible(bool(self.hints))


class WordingWatch(QObject):
    """Checks a line edit's words once typing pauses, and shows the hint under it."""

    def __init__(self, edit: QLineEdit, label: WordingHintLabel, pause_ms: int = 350):
        super().__init__(edit)
        self.edit = edit
        self.label = label
        self._pause = QTimer(self, singleShot=True, interval=pause_ms)
        self._pause.timeout.connect(lambda: label.show_for(edit.text()))
        edit.textChanged.connect(self._pause.start)
