"""The facilitator's window during note-taking: notes under the prompt, never the private ones, hidden by one key."""

import pytest
from notes_helpers import meeting_in_timeline, open_notes
from presenter_helpers import only_the_meeting_window_is_shared
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import on_tab

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open_meeting(qtbot, windows, review):
    window = on_tab(qtbot, windows, review.id, "meeting_view")
    assert window.meeting_view.stack.currentWidget() is window.meeting
    return window


def _type_note(qtbot, notes, text, private=False):
    if private:
        qtbot.keyClick(notes.input, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(notes.input, text)
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)


def _shown(window):
    strip = window.meeting_notes.strip
    return [strip.notes_model.note_at(row).text for row in range(strip.notes_model.rowCount())] if strip.isVisible() else []


def test_a_note_lands_under_the_prompt_at_once_and_a_private_one_never(qtbot, windows, store, review, timeline):
    """Notes typed in the note-taker's window appear beneath the prompt card; private notes stay off the shared screen."""
    meeting_in_timeline(store, review, timeline[1])
    window = _open_meeting(qtbot, windows, review)
    assert _shown(window) == []
    notes = open_notes(qtbot, windows, review)
    _type_note(qtbot, notes, "The page woke Ada at 18:05")
    _type_note(qtbot, notes, "Ask Ada later about the night before", private=True)
    assert _shown(window) == ["The page woke Ada at 18:05"]
    window.meeting.next()
    assert _shown(window) == []
    window.meeting.previous()
    assert _shown(window) == ["The page woke Ada at 18:05"]


def test_one_key_hides_every_note_from_the_shared_screen_and_is_remembered(qtbot, windows, store, review, timeline):
    """Ctrl+Shift+H takes the notes off the shared screen and brings them back; the choice outlives the window."""
    meeting_in_timeline(store, review, timeline[1])
    notes = open_notes(qtbot, windows, review)
    _type_note(qtbot, notes, "Handshake errors looked like a client problem")
    window = _open_meeting(qtbot, windows, review)
    assert _shown(window) == ["Handshake errors looked like a client problem"]
    qtbot.keyClick(window.meeting, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _shown(window) == []
    window.close()
    reopened = _open_meeting(qtbot, windows, review)
    assert _shown(reopened) == []
    qtbot.keyClick(reopened.meeting, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _shown(reopened) == ["Handshake errors looked like a client problem"]


def test_the_facilitators_own_question_gets_a_hint_and_is_still_asked(qtbot, windows, store, review, timeline):
    """A 'why did you' question shows a how/what rephrasing; Enter adds the question anyway."""
    meeting_in_timeline(store, review, timeline[1])
    window = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.meeting.ask, "Why did you not page Bo?")
    hint = window.meeting_notes.ask_hint
    qtbot.waitUntil(hint.isVisible, timeout=1000)
    assert "Try:" in hint.text()
    qtbot.keyClick(window.meeting.ask, Qt.Key.Key_Return)
    assert store.timeline.get(timeline[1].id).questions == ("Why did you not page Bo?",)


@pytest.mark.parametrize(
    ("question", "hinted"),
    [
        ("Why didn't Sam just check the dashboard?", True),
        ("Why did the on-call engineer restart the gateway?", True),
        ("Why did Eli not escalate?", True),
        ("Why did the cache expire?", False),
        ("What made checking the dashboard hard?", False),
    ],
)
def test_ctrl_k_hints_on_blame_about_any_person_and_not_on_a_system_question(qtbot, windows, store, review, timeline, question, hinted):
    """A name not on the review, a role or a name on it: hinted; a question about the cache, or a what question: quiet."""
    meeting_in_timeline(store, review, timeline[1])
    window = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.meeting.ask, question)
    hint = window.meeting_notes.ask_hint
    watch = window.meeting_notes.ask_watch
    qtbot.waitUntil(lambda: not watch._pause.isActive(), timeout=1000)
    assert hint.isVisible() is hinted
    assert ("Try:" in hint.text()) is hinted


def test_the_note_takers_window_and_the_not_heard_panel_open_from_the_facilitators_window(qtbot, windows, store, review, timeline):
    """Ctrl+Shift+O opens the note-taker's window for this review; Ctrl+Shift+U a small panel of who has not spoken."""
    only_the_meeting_window_is_shared()
    meeting_in_timeline(store, review, timeline[1])
    window = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL | SHIFT)
    notes = windows.notes[review.id]
    assert notes.isVisible() and notes.windowTitle() == "INC-100 — Notes"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL | SHIFT)
    cue = window.meeting_notes.cue
    assert cue.isVisible()
    assert [p.name for p in cue.panel.people] == ["Ada Quist", "Bo Lindqvist", "Eli Santos", "Fay Brooke"]
    notes.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is notes)
    qtbot.keyClick(notes.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    _type_note(qtbot, notes, "The certificate expiry alert went to an old list")
    assert [p.name for p in cue.panel.people] == ["Ada Quist", "Eli Santos", "Fay Brooke"]


def test_who_spoke_sits_beside_the_first_line_of_a_long_note_not_halfway_down(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    window = _open_meeting(qtbot, windows, review)
    notes = open_notes(qtbot, windows, review)
    _type_note(qtbot, notes, "A long note that wraps onto several lines on the shared screen " * 4)
    strip = window.meeting_notes.strip
    top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    for column in range(strip.notes_model.columnCount()):
        assert strip.notes_model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole) == top_left
    assert notes.table.notes_model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None  # the note-taker's own table: as it was
