"""A presenter remote's keys (PageDown/PageUp, B or period, F5/Shift+F5, Esc) in every phase and on a break,
wherever the focus is in the meeting window."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.domain.agenda import Phase
from facilitator.domain.parking import ParkCategory, ParkedItem

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


@pytest.fixture
def meeting(qtbot, windows, store, review, timeline):
    """The meeting tab, its clock started with F5, three ideas parked for the actions phase."""
    for text in ("Alert before certificates expire", "Rollback runbook", "Share the rotation calendar"):
        store.parking.add(review.id, ParkedItem(text, ParkCategory.ACTION_IDEA, NOW))
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    _press(qtbot, Qt.Key.Key_F5)
    assert window.meeting_view.reading.running
    return window


def _where(view):
    """What the room sees: the phase, and the place in the phase's list."""
    phase = view.reading.phase
    place = {
        Phase.TIMELINE: lambda: view.panel.current_entry().id,
        Phase.KEY_QUESTIONS: lambda: view.key_questions.row,
        Phase.ACTIONS: lambda: view.actions_phase.row,
    }.get(phase, lambda: None)()
    return phase, place


def _focus_away(window):
    """The focus somewhere else in the meeting window: the tab bar."""
    window.tabs.tabBar().setFocus()
    assert QApplication.focusWidget() is window.tabs.tabBar()


PHASES = [Phase.OPENING, Phase.TIMELINE, Phase.KEY_QUESTIONS, Phase.ACTIONS, Phase.CLOSE]


@pytest.mark.parametrize("phase", [Phase.TIMELINE, Phase.KEY_QUESTIONS, Phase.ACTIONS])
def test_pagedown_and_pageup_walk_the_phase_list_wherever_the_focus_is(qtbot, meeting, phase):
    view = meeting.meeting_view
    view.go_to_phase(phase)
    if phase is Phase.TIMELINE:
        view.panel.first()
    before = _where(view)
    _focus_away(meeting)
    _press(qtbot, Qt.Key.Key_PageDown)
    after = _where(view)
    assert after[0] is phase and after[1] != before[1]
    _press(qtbot, Qt.Key.Key_PageUp)
    assert _where(view) == before


@pytest.mark.parametrize("phase, key, to", [
    (Phase.OPENING, Qt.Key.Key_PageDown, Phase.TIMELINE),
    (Phase.CLOSE, Qt.Key.Key_PageUp, Phase.ACTIONS),
    (Phase.CLOSE, Qt.Key.Key_PageDown, Phase.CLOSE),
])
def test_where_a_phase_has_no_list_pagedown_and_pageup_move_the_phase(qtbot, meeting, phase, key, to):
    view = meeting.meeting_view
    view.go_to_phase(phase)
    _focus_away(meeting)
    _press(qtbot, key)
    assert view.reading.phase is to


@pytest.mark.parametrize("phase", PHASES)
@pytest.mark.parametrize("key", [Qt.Key.Key_B, Qt.Key.Key_Period])
def test_b_or_period_blacks_out_the_shared_view_and_any_key_brings_it_back(qtbot, meeting, phase, key):
    view = meeting.meeting_view
    view.go_to_phase(phase)
    _focus_away(meeting)
    _press(qtbot, key)
    screen = _black(view)
    qtbot.waitUntil(screen.isVisible)
    assert screen.geometry() == view.rect()
    before = _where(view)
    _press(qtbot, Qt.Key.Key_PageDown)  # the key brings the view back and does nothing else
    assert not screen.isVisible() and _where(view) == before
    _press(qtbot, key)
    qtbot.waitUntil(screen.isVisible)
    _press(qtbot, Qt.Key.Key_Escape)
    assert not screen.isVisible()


def _black(view):
    from facilitator.ui.meeting.remote_keys import BlackScreen

    (screen,) = view.findChildren(BlackScreen)
    return screen


@pytest.mark.parametrize("phase", PHASES)
def test_f5_pauses_and_shift_f5_resumes_from_where_the_room_is(qtbot, meeting, phase):
    view = meeting.meeting_view
    view.go_to_phase(phase)
    _focus_away(meeting)
    where = _where(view)
    _press(qtbot, Qt.Key.Key_F5)
    assert not view.reading.running
    _press(qtbot, Qt.Key.Key_F5, SHIFT)
    assert view.reading.running and _where(view) == where
    _press(qtbot, Qt.Key.Key_F5, SHIFT)
    assert view.reading.running, "Shift+F5 never pauses"


def test_on_a_break_the_remote_brings_the_room_back(qtbot, meeting):
    view = meeting.meeting_view
    view.go_to_phase(Phase.KEY_QUESTIONS)
    _press(qtbot, Qt.Key.Key_B, CTRL)
    assert view.reading.on_break_since is not None
    _focus_away(meeting)
    _press(qtbot, Qt.Key.Key_B)
    qtbot.waitUntil(_black(view).isVisible)
    _press(qtbot, Qt.Key.Key_Escape)
    assert not _black(view).isVisible() and view.reading.on_break_since is not None
    _press(qtbot, Qt.Key.Key_PageDown)
    assert view.reading.on_break_since is None and view.reading.running
    assert view.reading.phase is Phase.KEY_QUESTIONS
    _press(qtbot, Qt.Key.Key_B, CTRL)
    _press(qtbot, Qt.Key.Key_F5, SHIFT)
    assert view.reading.on_break_since is None and view.reading.running


@pytest.mark.parametrize("phase, to", [
    (Phase.TIMELINE, Phase.KEY_QUESTIONS),
    (Phase.KEY_QUESTIONS, Phase.ACTIONS),
])
def test_pagedown_at_the_end_of_a_phase_s_list_moves_on_to_the_next_phase(qtbot, meeting, phase, to):
    """A presenter remote has only PageDown and PageUp: past the last moment or key question the room moves on,
    and PageUp at the first of the next phase's list goes back, instead of the key doing nothing."""
    view = meeting.meeting_view
    view.go_to_phase(phase)
    if phase is Phase.TIMELINE:
        view.panel.last()
    else:
        view.key_questions.show_row(len(view.key_questions.model.questions) - 1)
    last = _where(view)
    _focus_away(meeting)
    _press(qtbot, Qt.Key.Key_PageDown)
    assert view.reading.phase is to
    if to is Phase.KEY_QUESTIONS:
        _press(qtbot, Qt.Key.Key_PageUp)
        assert _where(view) == last
