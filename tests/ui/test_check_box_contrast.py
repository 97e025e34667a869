"""Check boxes stay visible on a projector: the frame of each box stands out from the window around it and from the
box's own fill, in the light and the dark palette, measured in the pixels drawn (WCAG contrast, 3:1 at least for
the parts of a control)."""

import pytest
from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from shown import on_tab

from facilitator.ui.common import theme

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEAST = 3.0
"""WCAG 2.1, 1.4.11 non-text contrast: what a control needs to be seen."""


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_measure_gives_wcags_known_values():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def dark(request, qapp):
    yield request.param
    theme.apply(qapp, False)


def _palette_by_key(qtbot, window, dark: bool) -> None:
    """Ctrl+Shift+D, as the user switches, until the window shows the palette asked for."""
    if theme.is_dark() is not dark:
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    assert theme.is_dark() is dark
    window = window.window()
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == QApplication.palette().color(QPalette.ColorRole.Window))


def _edges(window, box: QCheckBox) -> tuple[QColor, QColor, QColor]:
    """In a picture of the whole window: the box's frame (its left edge, three quarters down, clear of a tick), the
    window just outside it, and the fill just inside."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = window.grab().toImage()
    assert image.devicePixelRatio() == 1
    left = box.mapTo(window, QPoint(indicator.left(), indicator.top() + indicator.height() * 3 // 4))
    at = lambda dx: image.pixelColor(left.x() + dx, left.y())  # noqa: E731
    return at(0), at(-2), at(2)


def _assert_visible(window, boxes) -> None:
    assert boxes
    for box in boxes:
        frame, outside, fill = _edges(window, box)
        said = f"{box.text()!r}: frame {frame.name()} on {outside.name()}, fill {fill.name()}"
        assert contrast(frame, outside) >= LEAST, said
        assert contrast(frame, fill) >= LEAST, said


def test_the_note_takers_private_and_every_note_boxes_show_their_frames(dark, qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    window.resize(1280, 720)
    _palette_by_key(qtbot, window.input, dark)
    assert not window.private.isChecked() and not window.every_note.isChecked()
    _assert_visible(window, [window.private, window.every_note])


def test_the_meetings_marked_moments_only_box_shows_its_frame(dark, qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    window = on_tab(qtbot, windows, review.id, "meeting_view")
    window.resize(1280, 720)
    _palette_by_key(qtbot, window, dark)
    qtbot.waitUntil(lambda: window.meeting.marked_only.isVisible())
    _assert_visible(window, [window.meeting.marked_only])


@pytest.mark.parametrize("tab", ["setup", "timeline", "comments"])
def test_every_box_on_the_preparation_tabs_shows_its_frame(dark, qtbot, windows, review, timeline, tab):
    window = on_tab(qtbot, windows, review.id, tab)
    window.resize(1280, 720)
    _palette_by_key(qtbot, window, dark)
    _assert_visible(window, [box for box in window.findChildren(QCheckBox) if box.isVisible()])
