"""The note-taker's window fits a 1280x720 laptop screen in German too, nothing cut off at its right edge."""

import pytest
from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton

from facilitator.content import forget_texts, use_language
from facilitator.ui.common.own_wording import use_users_language
from facilitator.ui.common.qt_language import speak_qt

LAPTOP = (1280, 720)


@pytest.fixture(params=["en", "de"])
def language(request, qapp, monkeypatch):
    monkeypatch.setenv("FACILITATOR_LANGUAGE", request.param)
    use_users_language()
    yield request.param
    use_language("en")
    speak_qt("en")
    forget_texts()


def _right_edge(widget, window) -> int:
    return widget.mapTo(window, QPoint(widget.width(), 0)).x()


def test_at_1280_by_720_every_choice_and_the_not_heard_list_are_inside_the_window(language, qtbot, windows, store, review, timeline):
    """German tag names and 'Noch nicht zu Wort gekommen' made the window at least 1540 pixels wide: on a 1280 laptop
    the private tick and the list of who has not spoken were off the screen."""
    meeting_in_timeline(store, review, timeline[4])
    window = open_notes(qtbot, windows, review)
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.width() == LAPTOP[0])
    assert window.minimumSizeHint().width() <= LAPTOP[0]
    for widget in [*window.tags.findChildren(QAbstractButton), window.private, window.not_heard, window.speaker.box]:
        assert widget.isVisible()
        assert _right_edge(widget, window) <= LAPTOP[0]
    assert window.private.width() >= window.private.sizeHint().width()
    box = window.speaker.box
    assert box.width() > box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert window.statusBar().fontMetrics().horizontalAdvance(window.texts["window"]["keys"]) < LAPTOP[0] - 20
