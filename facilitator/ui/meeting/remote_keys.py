"""A presenter remote's keys in every phase of the meeting, wherever the focus is in the meeting window.

PageDown / PageUp: the next / previous thing of the phase on screen (moment, key question, action; the next or
previous phase past either end of that list, or where the phase has no list; on a break, the room is back). B or
period: a black shared screen, which any key brings back. Shift+F5: resume from where the room was (F5 starts, pauses and resumes)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from ...domain.meeting_clock import ClockEvent
from ..common import commands
from .phases import PAGE_KEYS

if TYPE_CHECKING:
    from .meeting_view import MeetingView

MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}


def _app() -> QApplication:
    return cast(QApplication, QApplication.instance())


def _pages_itself(widget: QWidget | None) -> bool:
    """A field where PageUp/PageDown already mean something (a date, a long text, a list being edited)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QTextEdit  # set up at a key, not at start-up

    if isinstance(widget, (QAbstractSpinBox, QPlainTextEdit, QTextEdit, QComboBox)):
        return True
    return isinstance(widget, QAbstractItemView) and widget.state() == QAbstractItemView.State.EditingState


class BlackScreen(QWidget):
    """Black over the whole shared view; any key or click brings the view back (as presentation software does)."""

    def __init__(self, view: QWidget):
        super().__init__(view)
        self.view = view
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: black;")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()
        view.installEventFilter(self)

    def black_out(self) -> None:
        self.setGeometry(self.view.rect())
        self.show()
        self.raise_()
        _app().installEventFilter(self)

    def bring_back(self) -> None:
        self.hide()
        _app().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.rect())
        if not self.isVisible() or not isinstance(watched, QWidget) or watched.window() is not self.view.window():
            return False
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if event.key() in MODIFIER_KEYS:
                return False
            event.accept()  # accepted override: no shortcut fires; the key press that follows brings the view back
            if kind == QEvent.Type.KeyPress:
                self.bring_back()
            return True
        if kind == QEvent.Type.MouseButtonPress:
            self.bring_back()
            return True
        return False


class RemoteKeys:
    """The remote's keys as window-wide actions of the meeting (see MeetingView._keys_window_wide)."""

    def __init__(self, view: MeetingView):
        self.view = view
        self.black = BlackScreen(view)
        self.actions = [
            commands.remote_next(view, lambda: self.step(1)),
            commands.remote_previous(view, lambda: self.step(-1)),
            commands.resume(view, self.resume),
            commands.black_screen(view, self.black.black_out),
        ]

    def step(self, step: int) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and (isinstance(focus, QLineEdit) or _pages_itself(focus)):
            # A field first, as without the action: the jump box and the park field give the keys back and step.
            press = QKeyEvent(QEvent.Type.KeyPress, PAGE_KEYS[step], Qt.KeyboardModifier.NoModifier)
            for act in self.actions[:2]:  # a key sent in the program meets the shortcuts too: not these again
                act.setEnabled(False)
            try:
                QApplication.sendEvent(focus, press)
            finally:
                for act in self.actions[:2]:
                    act.setEnabled(True)
            if press.isAccepted():
                return
        reading = self.view.reading
        if reading.on_break_since is not None:
            self.view.breaks.toggle_break()
            return
        if not self.view.phase_view(reading.phase).step(step):
            self.view.move_phase(step)

    def resume(self) -> None:
        """Shift+F5: the clock runs again from where the room was; never pauses it."""
        reading = self.view.reading
        if not reading.started:
            self.view._record(ClockEvent.START)
        elif reading.on_break_since is not None:
            self.view.breaks.toggle_break()
        elif not reading.running:
            self.view._record(ClockEvent.RESUME)
