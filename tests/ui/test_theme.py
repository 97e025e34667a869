"""The palettes: what the Fusion style draws from them stays visible."""

from PySide6.QtGui import QColor

from facilitator.ui import theme


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
