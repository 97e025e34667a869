"""A quiet line under typed words that lean towards blame or hindsight, with a how/what way to say them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit

from ...content import texts

if TYPE_CHECKING:
    from ...domain.wording import WordingCheck, WordingHint


def hint_text(hints: Sequence[WordingHint]) -> str:
    """The first hint in full; a count of any others."""
    if not hints:
        return ""
    first = hints[0]
    more = f"  (and {len(hints) - 1} more)" if len(hints) > 1 else ""
    return f"“{first.words}”: {first.hint} {first.rephrase}{more}"


class WordingHintLabel(QLabel):
    """Hidden until a rule matches; it advises and never stops anyone. Drawn in the palette's link colour.

    The rules (resources/text/wording.toml) are read the first time words are checked, not while a window opens."""

    def __init__(self, names: Iterable[str] = (), parent=None):
        super().__init__(parent)
        self.names = tuple(names)
        self._check: WordingCheck | None = None
        self.hints: list[WordingHint] = []
        self.setObjectName("wordingHint")
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.hide()

    def set_names(self, names: Iterable[str]) -> None:
        """The review's people, so that naming someone as the cause is noticed."""
        names = tuple(names)
        if names != self.names:
            self.names = names
            self._check = None

    @property
    def check(self) -> WordingCheck:
        if self._check is None:
            from ...domain.wording import WordingCheck, someone_words, wording_rules

            table = texts("wording")
            self._check = WordingCheck(wording_rules(table), self.names, someone_words(table))
        return self._check

    def show_for(self, text: str) -> None:
        self.hints = self.check.hints(text) if text.strip() else []
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
