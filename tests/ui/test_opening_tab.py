"""The tab a review opens on is remembered once its window is on screen, so the first paint waits for no disk write;
a tab chosen after that is remembered at once, as before."""

from notes_helpers import meeting_in_timeline
from PySide6.QtCore import Qt
from shown import shown

from facilitator.ui.common import settings

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_tab_a_review_opens_on_is_remembered_after_its_first_paint(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])  # a meeting under way opens on the meeting, the third tab
    key = f"review/{review.id}/tab"
    window = windows.open_review(review.id)
    assert window.tabs.currentIndex() == 2
    assert settings.value(key) == ""  # nothing written before the window is on screen
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: settings.value(key) == "2")


def test_a_tab_chosen_later_is_remembered_at_once_and_the_next_opening_shows_it(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert settings.value(f"review/{review.id}/tab") == "3"
    window.close()
    qtbot.waitUntil(lambda: review.id not in windows.reviews)
    again = shown(qtbot, windows, review.id)
    assert again.tabs.currentIndex() == 3


def test_a_window_closed_before_it_ever_painted_still_remembers_its_tab(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    window = windows.open_review(review.id)
    window.close()
    assert settings.value(f"review/{review.id}/tab") == "2"


def test_the_tab_page_is_placed_before_the_show_where_the_show_puts_it(qtbot, windows, store, review, timeline):
    """The page gets its size before the window is shown (so it is laid out once), and the show leaves it there."""
    from PySide6.QtWidgets import QStackedWidget

    meeting_in_timeline(store, review, timeline[1])
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    stack = window.tabs.findChild(QStackedWidget)
    shown_at = (window.tabs.tabBar().geometry(), stack.geometry())
    window._place_tab_page()
    assert (window.tabs.tabBar().geometry(), stack.geometry()) == shown_at
    assert stack.geometry().top() == window.tabs.tabBar().geometry().bottom() + 1
