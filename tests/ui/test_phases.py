"""The meeting's phases behind one contract: every phase registered once, on the shared screen, in the record,
with its words and its keys; the remote and the key help go by what each phase says of itself."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.content import texts
from facilitator.domain.agenda import PHASES, Phase
from facilitator.domain.parking import ParkCategory
from facilitator.export.record_phases import PHASE_SECTIONS
from facilitator.ui.common import keymap
from facilitator.ui.meeting.phases import PHASE_VIEWS, keys_by_phase, phase_class

CTRL = Qt.KeyboardModifier.ControlModifier


def test_every_phase_has_one_view_one_record_section_its_words_and_known_keys():
    words = texts("meeting")
    assert set(PHASE_VIEWS) == set(PHASES) == set(PHASE_SECTIONS)
    for phase in PHASES:
        view = phase_class(phase)
        assert view.phase is phase
        assert isinstance(words[view.texts_key], dict), view.texts_key
        assert all(keymap.command(key).place in ("meeting", "parking") for key in view.keys)


def test_the_shared_screen_builds_each_phase_from_the_registry_and_loads_what_is_stored(qtbot, windows, review, timeline, store):
    """Every phase reached gets its registered view, loaded: the review's own opening words show."""
    store.meeting.set_opening_text(review.id, "We are here to learn how checkout broke.")
    window = shown(qtbot, windows, review.id)
    view = window.meeting_view
    for phase in PHASES:
        built = view.phase_view(phase)
        assert isinstance(built, phase_class(phase))
        assert view.view(phase) is built.widget
    assert "how checkout broke" in view.opening.page.text()


def test_pagedown_steps_within_a_phase_that_has_a_list_and_moves_on_from_one_that_has_not(qtbot, windows, review, timeline):
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert view.reading.phase is Phase.OPENING
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert view.reading.phase is Phase.TIMELINE
    view.go_to_phase(Phase.KEY_QUESTIONS)
    first = view.key_questions.current_key()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert view.reading.phase is Phase.KEY_QUESTIONS and view.key_questions.current_key() != first


def test_the_key_help_finds_a_phase_s_keys_by_the_phase_s_name(qtbot, windows, review):
    """Typing "key questions" in the meeting's key help finds Up / Down, Space and N, the keys that phase reads."""
    assert "Key questions" in keys_by_phase()["not_yet"]
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "keys_help", None) is not None and window.keys_help.isVisible())
    help = window.keys_help
    qtbot.keyClicks(help.filter, "key questions")
    keys = [key for _where, key, _does in help.shown_rows()]
    assert keymap.shown("key_questions") in keys and keymap.shown("not_yet") in keys


def test_an_idea_parked_in_the_meeting_is_dated_by_the_windows_clock(qtbot, windows, review, timeline, store, clock):
    """The parking panel takes the time from the clock the windows were given (a test's manual one here)."""
    clock.advance(minutes=7)
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Alert before certificates expire")
    qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
    (item,) = store.parking.items(review.id)
    assert item.category is ParkCategory.ACTION_IDEA
    assert item.created_at == dt.datetime(2026, 11, 2, 14, 7, tzinfo=dt.UTC) == clock.now()


def test_a_note_is_timed_by_the_windows_clock(qtbot, windows, review, timeline, store, clock):
    """The note-taker's window dates a note by the same clock as the shared screen."""
    from notes_helpers import meeting_in_timeline, open_notes

    meeting_in_timeline(store, review, timeline[1])
    notes = open_notes(qtbot, windows, review)
    qtbot.keyClicks(notes.input, "The pager went to the old rota")
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 1)
    assert store.notes.notes(review.id)[0].wall == clock.now()
