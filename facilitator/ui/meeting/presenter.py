"""Presenter mode on the real screens: the set-up remembered per set of screens, the warning before a window for
you only opens where the room sees it, and the set-up dialog (View → Presenter set-up)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...content import texts
from ..common import settings
from .screen_plan import PresenterSetup, Screen, place_private, room_and_own, setup_key

ALLOWED = "shownWhereTheRoomSees"
"""Set on a window for you only once the facilitator said it may show on the room's screen; cleared when closed."""
PLACED = "placedForPresenter"
"""Set on a window for you only once it has a place of its own (this session, or remembered from the last)."""
SHOW, WINDOW_ONLY, KEEP = "show", "window_only", "keep"
DIALOG_WIDTH = 640


def words() -> Any:
    return texts("meeting")["presenter"]


def screens_now() -> list[Screen]:
    found = []
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        found.append(Screen(screen.name(), area.x(), area.y(), area.width(), area.height()))
    return found


def _prefix(screens: Sequence[Screen]) -> str:
    return f"presenter/{setup_key(screens)}/"


def load_setup(screens: Sequence[Screen]) -> PresenterSetup:
    """The set-up last chosen for exactly these screens."""
    prefix = _prefix(screens)
    return PresenterSetup(
        room=settings.value(prefix + "room") or None,
        own=settings.value(prefix + "own") or None,
        window_only=settings.value(prefix + "window_only") == "yes",
    )


def save_setup(screens: Sequence[Screen], setup: PresenterSetup) -> None:
    prefix = _prefix(screens)
    settings.set_value(prefix + "room", setup.room or "")
    settings.set_value(prefix + "own", setup.own or "")
    settings.set_value(prefix + "window_only", "yes" if setup.window_only else "no")


def ask_over_room(parent: QWidget) -> str:
    """The warning: show it anyway, say only the meeting's window is shared (remembered), or keep it closed."""
    said = words()
    box = QMessageBox(QMessageBox.Icon.Warning, said["warn_title"], said["warn_text"], parent=parent)
    show = box.addButton(said["warn_show"], QMessageBox.ButtonRole.AcceptRole)
    window_only = box.addButton(said["warn_window_only"], QMessageBox.ButtonRole.YesRole)
    keep = box.addButton(said["warn_keep"], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    box.deleteLater()
    return {show: SHOW, window_only: WINDOW_ONLY}.get(box.clickedButton(), KEEP)


def show_private(parent: QWidget, window: QWidget, ask: Callable[[QWidget], str] | None = None) -> bool:
    """Put a window for you only on your own screen and say it may show; with one screen the room sees, only
    after the warning is answered yes. Returns whether it may show."""
    if not window.property(ALLOWED) and not may_show_private(parent, ask):
        return False
    window.setProperty(ALLOWED, True)
    place_private_window(parent, window)
    return True


def may_show_private(parent: QWidget, ask: Callable[[QWidget], str] | None = None) -> bool:
    """Whether a window for you only may open now: yes with a screen of your own or when only the meeting's
    window is shared; else the warning asks (and "only the meeting's window is shared" is remembered)."""
    screens = screens_now()
    setup = load_setup(screens)
    if not place_private(screens, setup, _current(parent), (0, 0)).over_room:
        return True
    answer = (ask or ask_over_room)(parent)
    if answer == WINDOW_ONLY:
        save_setup(screens, PresenterSetup(setup.room, setup.own, window_only=True))
    return answer != KEEP


def place_private_window(parent: QWidget, window: QWidget) -> None:
    """Move it to the lower right corner of your own screen, unless it is on that screen already where you
    left it."""
    screens = screens_now()
    size = window.size().expandedTo(window.minimumSizeHint())
    placed = place_private(screens, load_setup(screens), _current(parent), (size.width(), size.height()))
    if not window.property(PLACED) or not _on(window, placed.screen):
        window.move(placed.x, placed.y)
        window.setProperty(PLACED, True)


def _current(parent: QWidget) -> str:
    return parent.screen().name() if parent.screen() is not None else ""


def closed_private(window: QWidget | None) -> None:
    """The facilitator closed it: opening it again over the room's screen asks again."""
    if window is not None:
        window.setProperty(ALLOWED, False)


def _on(window: QWidget, screen: Screen) -> bool:
    centre = window.frameGeometry().center()
    return screen.x <= centre.x() < screen.x + screen.width and screen.y <= centre.y() < screen.y + screen.height


class PresenterDialog(QDialog):
    """Which screen the room sees and which is yours (remembered for this set of screens), and what to share on a call."""

    def __init__(self, parent: QWidget, shared_title: str):
        super().__init__(parent)
        said = words()
        self.setWindowTitle(said["title"])
        self.screens = screens_now()
        setup = load_setup(self.screens)
        room, own = room_and_own(self.screens, setup, _current(parent))
        self.room = self._screen_box(room)
        self.own = self._screen_box(own)
        if len(self.screens) < 2:
            self.own.clear()
            self.own.addItem(said["no_other"], "")
            self.own.setEnabled(False)
        self.window_only = QCheckBox(said["window_only"])
        self.window_only.setChecked(setup.window_only)
        intro = _text(said["intro"])
        one = _text(said["one_screen"])
        one.setVisible(len(self.screens) < 2)
        guidance = _text(said["call_guidance"].format(title=shared_title))
        guidance.setObjectName("callGuidance")
        form = QFormLayout()
        form.addRow(said["room"], self.room)
        form.addRow(said["own"], self.own)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, one):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.window_only)
        layout.addWidget(guidance)
        layout.addWidget(buttons)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.resize(DIALOG_WIDTH, layout.totalHeightForWidth(DIALOG_WIDTH))

    def _screen_box(self, chosen: Screen | None) -> QComboBox:
        box = QComboBox()
        for screen in self.screens:
            box.addItem(f"{screen.name or words()['this_screen']} — {screen.width}×{screen.height}", screen.name)
        if chosen is not None:
            box.setCurrentIndex(max(0, box.findData(chosen.name)))
        return box

    def setup(self) -> PresenterSetup:
        return PresenterSetup(self.room.currentData() or None, self.own.currentData() or None, self.window_only.isChecked())

    def accept(self) -> None:
        save_setup(self.screens, self.setup())
        super().accept()


def _text(words: str) -> QLabel:
    label = QLabel(words)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
