"""The prompt card is sized for the room where it can be seen: not while its tab is hidden, and at once when shown."""

from notes_helpers import meeting_in_timeline
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from shown import shown

from facilitator.ui.meeting.meeting_view import MeetingView
from facilitator.ui.meeting.prompt_card import PromptCard

CTRL = Qt.KeyboardModifier.ControlModifier
LABELS = ("position", "when", "what", "kind", "questions")


def _sizes(card) -> dict[str, int]:
    return {name: QFontInfo(getattr(card, name).font()).pixelSize() for name in LABELS}


def test_a_prompt_changed_behind_another_tab_is_sized_when_the_meeting_comes_back(qtbot, windows, store, review, timeline, monkeypatch):
    meeting_in_timeline(store, review, timeline[1])
    window = shown(qtbot, windows, review.id)
    window.resize(1280, 720)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    column = window.meeting.card_side
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720) and column.isVisible())
    fitted_while_hidden = []
    fit_to = PromptCard.fit_to

    def counted(card, room, space, width):
        if not column.isVisible():
            fitted_while_hidden.append(width)
        return fit_to(card, room, space, width)

    monkeypatch.setattr(PromptCard, "fit_to", counted)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: not column.isVisible())
    window.meeting.show_entry_id(timeline[4].id)
    assert window.meeting.card.what.text() == timeline[4].text
    assert fitted_while_hidden == []  # nothing measured that nobody sees
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(column.isVisible)
    card = window.meeting.card
    shown_sizes = _sizes(card)
    column.fit()  # sizing it again at the same size changes nothing: it was sized when it came back
    assert _sizes(card) == shown_sizes
    assert min(shown_sizes.values()) >= 20


def test_the_card_is_sized_once_when_its_tab_comes_back(qtbot, windows, store, review, timeline, monkeypatch):
    """Showing the column sizes the card once (the notes under it are read first, not sized for on their own)."""
    meeting_in_timeline(store, review, timeline[1])
    window = shown(qtbot, windows, review.id)
    window.resize(1280, 720)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    column = window.meeting.card_side
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720) and column.isVisible())
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: not column.isVisible())
    fitted = []
    fit_to = PromptCard.fit_to

    def counted(card, room, space, width):
        fitted.append((room, space, width))
        return fit_to(card, room, space, width)

    monkeypatch.setattr(PromptCard, "fit_to", counted)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(column.isVisible)
    assert len(fitted) == 1
    assert min(_sizes(window.meeting.card).values()) >= 20


def test_a_window_opening_on_the_meeting_sizes_the_card_at_the_size_it_is_shown_at(qtbot, windows, store, review, timeline, monkeypatch):
    """Not first at the size the tab's page had before the window laid it out (a wasted sizing before the first paint)."""
    meeting_in_timeline(store, review, timeline[1])
    fitted = []
    fit_to = PromptCard.fit_to

    def counted(card, room, space, width):
        if card.isVisible():
            fitted.append(width)
        return fit_to(card, room, space, width)

    monkeypatch.setattr(PromptCard, "fit_to", counted)
    window = shown(qtbot, windows, review.id)
    column = window.meeting.card_side
    assert column.isVisible()
    assert fitted and set(fitted) == {column.width()}
    assert min(_sizes(window.meeting.card).values()) >= 20


def test_a_window_opening_on_the_meeting_lays_out_its_page_once_at_the_size_it_is_shown_at(qtbot, windows, store, review, timeline, monkeypatch):
    """The tab's page is given its place before the window is shown, not first shown at the size it had before."""
    meeting_in_timeline(store, review, timeline[1])
    sizes = []
    resized = MeetingView.resizeEvent

    def counted(view, event):
        sizes.append(event.size().toTuple())
        return resized(view, event)

    monkeypatch.setattr(MeetingView, "resizeEvent", counted)
    window = shown(qtbot, windows, review.id)
    assert window.tabs.currentWidget() is window.meeting_view
    assert sizes == [window.meeting_view.size().toTuple()]


def test_a_window_opening_on_the_meeting_sets_the_cards_type_only_once(qtbot, windows, store, review, timeline, monkeypatch):
    """Not also as the card is made, at a size it is never shown at."""
    meeting_in_timeline(store, review, timeline[1])
    fitted = []
    fit_to = PromptCard.fit_to

    def counted(card, room, space, width):
        fitted.append(width)
        return fit_to(card, room, space, width)

    monkeypatch.setattr(PromptCard, "fit_to", counted)
    window = shown(qtbot, windows, review.id)
    assert fitted == [window.meeting.card_side.width()]
    assert min(_sizes(window.meeting.card).values()) >= 20
