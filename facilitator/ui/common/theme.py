"""Light and dark palettes with strong contrast, and a type size legible across a room; the system's own
colours when it asks for high contrast, and the user's type size when it is larger than ours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from . import settings

BASE_POINT_SIZE = 12
"""Our type size when the system's is smaller (its 9 or 10 points are a default, not a choice, and read
poorly beside a projector); a user who chose larger type gets theirs."""
STYLE = "fusion"
"""Qt's own style everywhere, named on the QApplication's command line so no other style is made first."""

LIGHT = {
    QPalette.ColorRole.Window: "#f4f4f2",
    QPalette.ColorRole.WindowText: "#111111",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#ecece8",
    QPalette.ColorRole.Text: "#111111",
    QPalette.ColorRole.Button: "#e6e6e2",
    QPalette.ColorRole.ButtonText: "#111111",
    QPalette.ColorRole.Highlight: "#1f5fbf",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
    QPalette.ColorRole.ToolTipBase: "#ffffe8",
    QPalette.ColorRole.ToolTipText: "#111111",
    QPalette.ColorRole.Link: "#1a4fa0",
}

DARK = {
    QPalette.ColorRole.Window: "#1c1d20",
    QPalette.ColorRole.WindowText: "#f2f2f2",
    QPalette.ColorRole.Base: "#26282d",
    QPalette.ColorRole.AlternateBase: "#2e3136",
    QPalette.ColorRole.Text: "#f2f2f2",
    QPalette.ColorRole.Button: "#2c2e33",
    QPalette.ColorRole.ButtonText: "#f2f2f2",
    QPalette.ColorRole.Highlight: "#4d8ff0",
    QPalette.ColorRole.HighlightedText: "#0b0b0b",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.ToolTipBase: "#2c2e33",
    QPalette.ColorRole.ToolTipText: "#f2f2f2",
    QPalette.ColorRole.Link: "#8ab8ff",
}

CHECK_BOX_WINDOW = {False: "#484848", True: "#c8c8c8"}
"""The window colour check boxes alone are given. Fusion draws an indicator's frame in the window colour darkened by
140%, lightened again by 110% (newer Qt: by 240% under a dark desktop); from the palette's window colour it is
barely darker than the window, and an unticked box vanishes on a projector. From these, either way, the frame is
dark on the light palette and light on the dark one, at least 3:1 against the window and the box's fill. A check
box paints nothing else in its window colour (its label is in the window text colour, its background its parent's)."""

CHECK_BOX = "QCheckBox"
"""The class given that palette (PySide takes its name as a string, though its type hints say bytes)."""

WARNING_COLOURS = {False: "#8a4b00", True: "#ffb454"}
NOTE_COLOURS = {False: "#1a4fa0", True: "#8ab8ff"}


class SystemLook:
    """The font and palette the desktop gave the application, as they were before we set ours."""

    font: QFont | None = None
    palette: QPalette | None = None
    followed = False

    @classmethod
    def remember(cls) -> None:
        """Read once, at start: later the application's font and palette are ours."""
        if cls.font is None:
            cls.font = QFont(QGuiApplication.font())
            cls.palette = QPalette(QGuiApplication.palette())


def user_point_size() -> float:
    """The type size of the user's desktop, never below ours."""
    SystemLook.remember()
    size = SystemLook.font.pointSizeF() if SystemLook.font is not None else 0.0
    return max(float(BASE_POINT_SIZE), size if size > 0 else float(BASE_POINT_SIZE))


def type_scale() -> float:
    """How much larger than ours the user's type is: the shared screen's type grows by as much."""
    return user_point_size() / BASE_POINT_SIZE


def high_contrast_wanted() -> bool:
    """The system asks for high contrast (Windows' contrast themes, macOS' Increase contrast, GNOME's High Contrast)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_wanted() -> bool:
    """The user's choice of palette, following the system unless they chose."""
    choice = settings.value("appearance/palette")
    if choice in ("dark", "light"):
        return choice == "dark"
    return system_prefers_dark()


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication, dark: bool) -> None:
    """The palette and type size (the style itself is chosen once, when the application starts); under
    high contrast the system's own palette, untouched."""
    SystemLook.remember()
    font = app.font()
    font.setPointSizeF(user_point_size())
    app.setFont(font)
    if high_contrast_wanted():
        app.setPalette(QPalette(SystemLook.palette))
        app.setPalette(QPalette(SystemLook.palette), CHECK_BOX)  # type: ignore[arg-type]  # a class's palette is whole
        return
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled_text = QColor("#8a8a8a" if dark else "#8f8f8f")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled_text)
    app.setPalette(palette)
    check_boxes = QPalette(palette)
    check_boxes.setColor(QPalette.ColorRole.Window, QColor(CHECK_BOX_WINDOW[dark]))
    app.setPalette(check_boxes, CHECK_BOX)  # type: ignore[arg-type]


def follow_system(app: QApplication) -> None:
    """When the system turns high contrast (or its light or dark scheme) on or off, the app follows at once."""
    if SystemLook.followed:
        return
    SystemLook.followed = True
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: apply(app, dark_wanted()))
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(lambda _preference: apply(app, dark_wanted()))


def use_style(app: QApplication) -> None:
    """For an application made elsewhere (tests): switch it to our style if it has another."""
    if app.style().name() != STYLE:
        app.setStyle(STYLE)


def warning_colour() -> QColor:
    """Our amber; under high contrast the system's highlight colour, which its theme keeps legible."""
    if high_contrast_wanted():
        return QApplication.palette().color(QPalette.ColorRole.Highlight)
    return QColor(WARNING_COLOURS[is_dark()])


def note_colour() -> QColor:
    if high_contrast_wanted():
        return QApplication.palette().color(QPalette.ColorRole.WindowText)
    return QColor(NOTE_COLOURS[is_dark()])
