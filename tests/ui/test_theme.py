"""The palettes: what the Fusion style draws from them stays visible."""

from PySide6.QtGui import QColor

from facilitator.ui.common import theme


def _lightness(hex_colour: str) -> int:
    return QColor(hex_colour).lightness()


def test_an_unticked_box_shows_its_frame_in_the_dark_palette():
    """Fusion frames a check box in the window colour darkened by 140%: that frame must stand out
    from the field and from the alternate rows it is drawn on, or an unticked box disappears."""
    window = QColor(theme.DARK[theme.QPalette.ColorRole.Window])
    frame = window.darker(140).lightness()
    for role in (theme.QPalette.ColorRole.Base, theme.QPalette.ColorRole.AlternateBase):
        assert _lightness(theme.DARK[role]) - frame >= 15


def test_text_on_fields_keeps_strong_contrast_in_both_palettes():
    """Field text against its field background differs in lightness by most of the scale, for a projector."""
    for palette in (theme.LIGHT, theme.DARK):
        text = _lightness(palette[theme.QPalette.ColorRole.Text])
        for role in (theme.QPalette.ColorRole.Base, theme.QPalette.ColorRole.AlternateBase):
            assert abs(text - _lightness(palette[role])) >= 180


import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont, QGuiApplication, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


@pytest.fixture
def desktop(qapp):
    """The desktop's own font and palette as the app finds them at start; put back afterwards."""
    saved = (theme.SystemLook.font, theme.SystemLook.palette, QFont(QGuiApplication.font()))
    theme.SystemLook.font = theme.SystemLook.palette = None
    yield qapp
    theme.SystemLook.font, theme.SystemLook.palette, font = saved
    qapp.setFont(font)
    theme.apply(qapp, False)


def _review_window(store, review):
    from facilitator.ui.app import application
    from facilitator.ui.windows import Windows

    application()
    windows = Windows(store)
    return windows, windows.open_review(review.id)


def _close(windows):
    for window in [*windows.notes.values(), *windows.reviews.values()]:
        window.close()
    if windows.library is not None:
        windows.library.close()
    windows.events.stop()


def _opening_unit(qtbot, store, review):
    """The shared screen's base type size for the opening, on a 1280x720 window."""
    windows, window = _review_window(store, review)
    window.resize(1280, 720)
    window.show_panel(window.meeting_view)
    qtbot.waitExposed(window)
    unit = window.meeting_view.opening.unit()
    _close(windows)
    return unit


def test_the_users_larger_type_is_kept_and_the_shared_screen_grows_with_it(qtbot, desktop, store, review):
    """With the desktop's type at 18 pt the windows come up at 18 pt, not our 12, and the room's type grows as much."""
    at_ours = _opening_unit(qtbot, store, review)
    theme.SystemLook.font = None
    big = QFont(QGuiApplication.font())
    big.setPointSizeF(18)
    desktop.setFont(big)
    windows, window = _review_window(store, review)
    notes = windows.open_notes(review.id)
    library = windows.show_library()
    try:
        for widget in (window, window.parking.text, notes, notes.input, library, library.filter):
            assert widget.font().pointSizeF() == 18, widget
    finally:
        _close(windows)
    assert _opening_unit(qtbot, store, review) > at_ours * 1.3, "the room's type grows with the user's (less the larger menus and strip)"


def test_a_smaller_desktop_type_keeps_ours(desktop):
    """The desktop's 9 pt default is no choice to read the meeting by: the app keeps its 12 pt."""
    small = QFont(QGuiApplication.font())
    small.setPointSizeF(9)
    desktop.setFont(small)
    theme.apply(desktop, False)
    assert QApplication.font().pointSizeF() == theme.BASE_POINT_SIZE


def test_high_contrast_keeps_the_systems_own_palette(desktop, monkeypatch):
    """When the system asks for high contrast, neither of our palettes (nor our amber) is put over its colours."""
    system = QPalette(QGuiApplication.palette())
    system.setColor(QPalette.ColorRole.Window, QColor("#000000"))
    system.setColor(QPalette.ColorRole.Highlight, QColor("#1aebff"))
    desktop.setPalette(system)
    monkeypatch.setattr(theme, "high_contrast_wanted", lambda: True)
    for dark in (False, True):
        theme.apply(desktop, dark)
        palette = QApplication.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
        assert palette.color(QPalette.ColorRole.Window) not in (QColor(theme.LIGHT[QPalette.ColorRole.Window]), QColor(theme.DARK[QPalette.ColorRole.Window]))
        assert theme.warning_colour() == QColor("#1aebff")
    monkeypatch.setattr(theme, "high_contrast_wanted", lambda: False)
    theme.apply(desktop, False)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT[QPalette.ColorRole.Window])


def test_turning_high_contrast_on_while_the_app_runs_is_followed_at_once(desktop, monkeypatch):
    """The system switches to high contrast mid-meeting: the app drops its palette for the system's, no restart."""
    from facilitator.ui.app import application

    system = QPalette(QGuiApplication.palette())
    system.setColor(QPalette.ColorRole.Window, QColor("#000000"))
    desktop.setPalette(system)
    application()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT[QPalette.ColorRole.Window])
    monkeypatch.setattr(theme, "high_contrast_wanted", lambda: True)
    hints = QGuiApplication.styleHints().accessibility()
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == system.color(QPalette.ColorRole.Window)
