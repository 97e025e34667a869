"""Where the note-taker types: Enter keeps the note, Shift+Enter starts a new line; nothing is written per key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

PAUSE_MS = 350
"""Quiet time after the last keystroke before the draft is saved and the wording checked (under 0.5 s)."""

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class NoteInput(QPlainTextEdit):
    """Emits commit_requested on Enter, and paused(text) once typing stops for PAUSE_MS."""

    commit_requested = Signal()
    paused = Signal(str)
    earlier_requested = Signal()

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self.textChanged.connect(self._pause.start)
        lines = 3
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 12)

    def text(self) -> str:
        return self.toPlainText()

    def set_quietly(self, text: str) -> None:
        """Put text in (a restored draft, or empty after a commit) without it counting as typing."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._pause.stop()
        self.moveCursor(QTextCursor.MoveOperation.End)

    def pending(self) -> bool:
        """Typed since the draft was last handed over."""
        return self._pause.isActive()

    def flush(self) -> None:
        """Hand the text over now (on a pause in typing, or when the window closes)."""
        self._pause.stop()
        self.paused.emit(self.toPlainText())

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z (Ctrl+Shift+Z) with no typing of its own to take back goes on to the window: it undoes (redoes)
        the last change to an earlier note, so the note-taker need not leave the input to do it."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            document = self.document()
            if (event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()) or (
                event.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable()
            ):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            self.commit_requested.emit()
            return
        if event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")
            return
        if event.key() == Qt.Key.Key_Up and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.earlier_requested.emit()
            return
        super().keyPressEvent(event)
