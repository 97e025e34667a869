"""The control with the keyboard's focus is plain to see, in both palettes, fields and the meeting alike."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.ui.common import focus_ring, theme

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def palette(request, qapp):
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, False)


def _ring_pixels(window, widget) -> int:
    """How many pixels across the widget's left edge, halfway down, are in the highlight colour."""
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    edge = widget.mapTo(window, QPoint(0, widget.height() // 2))
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    count = 0
    for x in range(edge.x() - 4, edge.x() + 6):
        colour = image.pixelColor(int(x * ratio), int(edge.y() * ratio))
        if sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], highlight.getRgb()[:3])) < 60:
            count += 1
    return count


def _focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus())
    QApplication.processEvents()


def test_a_focused_field_has_a_ring_at_least_two_pixels_wide(qtbot, windows, review, palette):
    """Tab onto a field in the set-up: its edge is at least 2 pixels of the highlight colour; the field left is not."""
    window = shown(qtbot, windows, review.id)
    window.show_panel(window.setup)
    form = window.setup.form
    _focus(qtbot, form.title)
    assert _ring_pixels(window, form.title) >= 2
    assert _ring_pixels(window, form.incident_ref) == 0
    _focus(qtbot, form.incident_ref)
    assert _ring_pixels(window, form.incident_ref) >= 2
    assert _ring_pixels(window, form.title) == 0


def test_the_meeting_panel_shows_its_focus_on_the_prompt_list(qtbot, windows, review, timeline, palette):
    """On the meeting tab (where PageDown moves the prompt) the prompt list is ringed; typing in Jump to moves the ring."""
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    window.meeting_view.show_timeline()
    _focus(qtbot, window.meeting)
    assert _ring_pixels(window, window.meeting.list) >= 2
    _focus(qtbot, window.meeting.jump)
    assert _ring_pixels(window, window.meeting.list) == 0
    assert _ring_pixels(window, window.meeting.jump) >= 2


def test_the_ring_follows_into_a_dialog_and_leaves_no_pane_in_a_splitter(qtbot, windows, review, timeline):
    """The ring is no control of its own: no splitter gains a pane from it, and it never takes the focus."""
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    window.meeting_view.show_timeline()
    panes = window.meeting.split.count()
    _focus(qtbot, window.meeting)
    assert window.meeting.split.count() == panes
    ring = focus_ring.install(QApplication.instance()).ring
    assert ring.focusPolicy() == Qt.FocusPolicy.NoFocus and ring.isVisible()
    from facilitator.ui.library.new_review_dialog import NewReviewDialog

    dialog = NewReviewDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _focus(qtbot, dialog.title)
    assert _ring_pixels(dialog, dialog.title) >= 2
    assert QApplication.focusWidget() is dialog.title
    dialog.reject()


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_the_ring_stands_out_from_what_is_around_it(colours):
    """The highlight against the window and the fields: at least 3 to 1, as a control's edge needs (WCAG 1.4.11)."""
    ring = _luminance(QColor(colours[QPalette.ColorRole.Highlight]))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        around = _luminance(QColor(colours[role]))
        lighter, darker = max(ring, around), min(ring, around)
        assert (lighter + 0.05) / (darker + 0.05) >= 3


def test_the_key_questions_and_actions_show_their_focus_on_their_lists(qtbot, windows, review, timeline):
    """The key questions (Space marks one covered) and the parking-lot walk show where the keys go."""
    from facilitator.domain.agenda import Phase

    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    for phase, ringed in ((Phase.KEY_QUESTIONS, lambda: view.key_questions.list), (Phase.ACTIONS, lambda: view.view(Phase.ACTIONS).table)):
        view.go_to_phase(phase)
        _focus(qtbot, view.view(phase))
        assert _ring_pixels(window, ringed()) >= 2, phase
