"""The windows while another program holds the database's write lock: they keep working, say they wait, and
write everything, whole and in order, once it is free."""

import sys
from pathlib import Path

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import Phase
from facilitator.domain.notes import Place
from facilitator.domain.timeline import MomentKind
from facilitator.ui.notes.notes_model import NOTE, WHEN

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from lock_holder import LockHolder

WRITTEN_MS = 10_000
"""Time allowed for the worker to notice the lock is gone; not a bound under test."""


def _type_note(qtbot, window, text):
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def _shown(window):
    model = window.table.notes_model
    return [(model.index(row, NOTE).data(), model.index(row, WHEN).data() == "waiting…") for row in range(model.rowCount())]


def test_notes_typed_under_a_lock_show_at_once_and_land_whole_and_in_order(qtbot, windows, store, review, timeline):
    """Under the lock Enter empties the input and shows the note as waiting, the status bar says how many wait;
    once the lock is gone both notes are in the database, whole, in order, once each, and the notice is gone."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Before the lock")
    with LockHolder(store.path) as lock:
        _type_note(qtbot, window, "NOTE-UNDER-LOCK one")
        assert window.input.text() == ""
        _type_note(qtbot, window, "NOTE-AFTER-LOCK two")
        assert window.input.text() == ""
        assert _shown(window) == [("Before the lock", False), ("NOTE-UNDER-LOCK one", True), ("NOTE-AFTER-LOCK two", True)]
        assert window.waiting.isVisible()
        assert window.waiting.text() == "Waiting for the database: 2 notes to save"
        assert [n.text for n in store.notes.notes(review.id)] == ["Before the lock"]
        qtbot.keyClicks(window.input, "still typing")
        assert window.input.text() == "still typing"
        lock.release()
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 3, timeout=WRITTEN_MS)
    notes = store.notes.notes(review.id)
    assert [n.text for n in notes] == ["Before the lock", "NOTE-UNDER-LOCK one", "NOTE-AFTER-LOCK two"]
    assert all(n.place == Place(Phase.TIMELINE, entry_id=timeline[1].id) for n in notes)
    qtbot.waitUntil(lambda: not window.waiting.isVisible())
    qtbot.waitUntil(lambda: _shown(window) == [(n.text, False) for n in notes])
    assert window.input.text() == "still typing"
    journals = list(store.path.with_name(store.path.name + "-waiting").glob("*.jsonl"))
    assert journals
    qtbot.waitUntil(lambda: all(journal.stat().st_size == 0 for journal in journals))


def test_a_waiting_note_is_not_edited_until_it_is_saved(qtbot, windows, store, review, timeline):
    """Ctrl+3 on a note still waiting re-tags nothing and says why; the note lands as typed."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        _type_note(qtbot, window, "Waiting here")
        qtbot.keyClick(window.input, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert "still waiting" in window.statusBar().currentMessage()
        lock.release()
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 1, timeout=WRITTEN_MS)
    assert store.notes.notes(review.id)[0].tag.value == "discussion"


def test_edits_and_a_deletion_under_a_lock_land_in_order(qtbot, windows, store, review, timeline):
    """Re-tagging then deleting an earlier note under the lock shows at once and is written in that order."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Pager was on silent")
    _type_note(qtbot, window, "Learned the gateway logs TLS errors")
    with LockHolder(store.path) as lock:
        qtbot.keyClick(window.input, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        window.table.select_note(store.notes.notes(review.id)[0].id)
        window.delete_selected()
        assert [text for text, _waiting in _shown(window)] == ["Learned the gateway logs TLS errors"]
        assert len(store.notes.notes(review.id)) == 2
        lock.release()
        qtbot.waitUntil(lambda: len(store.notes.notes(review.id)) == 1, timeout=WRITTEN_MS)
    (note,) = store.notes.notes(review.id)
    assert note.text == "Learned the gateway logs TLS errors" and note.tag.value == "discovery"


def _facilitator(qtbot, windows, review):
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_panel(window.meeting_view)
    return window


def test_pagedown_under_a_lock_moves_the_prompt_at_once_and_the_last_position_is_written(qtbot, windows, store, review, timeline):
    """PageDown twice under the lock: the card moves at once, no error; once free, the database holds the last one."""
    meeting_in_timeline(store, review, timeline[1])
    window = _facilitator(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        qtbot.keyClick(window.meeting, Qt.Key.Key_PageDown)
        assert window.meeting.card.what.text() == "Rolled back the certificate bundle"
        qtbot.keyClick(window.meeting, Qt.Key.Key_PageDown)
        assert window.meeting.card.what.text() == "Emailed Harbour & Lane an update"
        assert store.current_entry_id(review.id) == timeline[1].id
        assert window.meeting.card.what.text() == "Emailed Harbour & Lane an update"
        lock.release()
        qtbot.waitUntil(lambda: store.current_entry_id(review.id) == timeline[6].id, timeout=WRITTEN_MS)
    assert window.meeting.card.what.text() == "Emailed Harbour & Lane an update"


def test_the_meeting_clock_starts_at_once_under_a_lock_and_its_start_is_written_once(qtbot, windows, store, review, timeline):
    """F5 under the lock: the clock runs on screen at once; a second F5 pauses it; both land, once each."""
    window = _facilitator(qtbot, windows, review)
    view = window.meeting_view
    with LockHolder(store.path) as lock:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert view.reading.started and view.reading.running
        assert window.waiting.text() == "Waiting for the database: 1 change to save"
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert view.reading.started and not view.reading.running
        assert store.meeting.events(review.id) == []
        lock.release()
        qtbot.waitUntil(lambda: len(store.meeting.events(review.id)) == 2, timeout=WRITTEN_MS)
    assert [e.kind.value for e in store.meeting.events(review.id)] == ["start", "pause"]



def test_a_waiting_note_the_database_then_refuses_is_said_not_dropped_silently(qtbot, windows, store, review, timeline):
    """Another program deletes the review while a note waits: the window says that note could not be saved."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        _type_note(qtbot, window, "About the pager")
        lock.release(then=f"DELETE FROM reviews WHERE id = {review.id}")
        message = window.statusBar().currentMessage
        qtbot.waitUntil(lambda: message().startswith("Could not save “About the pager”: FOREIGN KEY"), timeout=WRITTEN_MS)
    assert not windows.events.queue.pending()


def test_a_question_asked_and_an_item_parked_under_a_lock_are_kept_and_land(qtbot, windows, store, review, timeline):
    """Ctrl+K and a question, then an item typed into the parking lot, under the lock: no freeze, both inputs free
    at once, the status bar says two changes wait; once the lock is gone the question and the item are stored."""
    meeting_in_timeline(store, review, timeline[1])
    window = _facilitator(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.meeting.ask, "What did the pager show?")
        qtbot.keyClick(window.meeting.ask, Qt.Key.Key_Return)
        assert window.meeting.ask.text() == ""
        assert window.meeting.card.questions.text().startswith("•  What did the pager show?")
        qtbot.keyClicks(window.parking.text, "Alert before certificates expire")
        qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
        assert window.parking.text.text() == ""
        assert window.parking.count.text().startswith("1 parked")
        assert window.waiting.text() == "Waiting for the database: 2 changes to save"
        lock.release()
        qtbot.waitUntil(lambda: len(store.parking.items(review.id)) == 1, timeout=WRITTEN_MS)
    assert store.timeline.get(timeline[1].id).questions == ("What did the pager show?",)
    assert store.parking.items(review.id)[0].text == "Alert before certificates expire"
    assert window.meeting.card.questions.text().startswith("•  What did the pager show?")


def test_an_item_parked_and_taken_back_under_a_lock_is_not_left_behind(qtbot, windows, store, review, timeline):
    """Ctrl+Z on an item parked while the lock holds takes it back once the lock is gone; Ctrl+Shift+Z parks it again."""
    meeting_in_timeline(store, review, timeline[1])
    window = _facilitator(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        qtbot.keyClicks(window.parking.text, "Alert before certificates expire")
        qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
        assert window.parking.count.text().startswith("1 parked")
        window.undo_stack.undo()
        assert window.parking.count.text() == "Nothing parked yet."
        lock.release()
        qtbot.waitUntil(lambda: not windows.events.queue.pending(), timeout=WRITTEN_MS)
    assert store.parking.items(review.id) == []
    window.undo_stack.redo()
    assert [item.text for item in store.parking.items(review.id)] == ["Alert before certificates expire"]
    window.undo_stack.undo()
    assert store.parking.items(review.id) == []


def test_a_moment_marked_under_a_lock_shows_at_once_and_lands(qtbot, windows, store, review, timeline):
    """4 on the moment on screen under the lock: the timeline shows it as an observation at once; stored once free."""
    meeting_in_timeline(store, review, timeline[1])
    window = _facilitator(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        qtbot.keyClick(window.meeting, Qt.Key.Key_4)
        assert window.meeting.current_entry().moment is MomentKind.OBSERVATION
        assert store.timeline.get(timeline[1].id).moment is MomentKind.DETECTION
        lock.release()
        qtbot.waitUntil(lambda: store.timeline.get(timeline[1].id).moment is MomentKind.OBSERVATION, timeout=WRITTEN_MS)
    assert window.meeting.current_entry().moment is MomentKind.OBSERVATION


def test_key_questions_walked_under_a_lock_keep_their_state_on_screen_and_land(qtbot, windows, store, review, timeline):
    """In key questions under the lock, Down, Space and N (twice: set and cleared) all show at once; once free the
    database holds the question on screen, the one covered, and no "not yet"."""
    window = _facilitator(qtbot, windows, review)
    view = window.meeting_view
    view.go_to_phase(Phase.KEY_QUESTIONS)
    questions = view.key_questions
    qtbot.waitUntil(questions.hasFocus)
    with LockHolder(store.path) as lock:
        qtbot.keyClick(questions, Qt.Key.Key_Down)
        key = questions.current_key()
        qtbot.keyClick(questions, Qt.Key.Key_Space)
        assert "1 covered" in questions.progress.text()
        qtbot.keyClick(questions, Qt.Key.Key_N)
        assert windows.events.queue.pending("set_answer")[-1].data["answer"] == "not yet"
        qtbot.keyClick(questions, Qt.Key.Key_N)
        assert windows.events.queue.pending("set_answer")[-1].data["answer"] == ""
        assert store.meeting.covered_questions(review.id) == set()
        lock.release()
        qtbot.waitUntil(lambda: not windows.events.queue.pending(), timeout=WRITTEN_MS)
    assert store.meeting.current_key_question(review.id) == key
    assert store.meeting.covered_questions(review.id) == {key}
    assert store.meeting.answers(review.id) == {}
    assert "1 covered" in questions.progress.text()


def test_the_pulse_typed_under_a_lock_stays_as_typed_and_lands(qtbot, windows, store, review, timeline):
    """The close's two counts typed under the lock stay in their boxes (nothing read back over them) and are stored."""
    window = _facilitator(qtbot, windows, review)
    view = window.meeting_view
    view.go_to_phase(Phase.CLOSE)
    close = view.close_phase
    with LockHolder(store.path) as lock:
        close.learned.setValue(6)
        close.would_return.setValue(8)
        assert (close.learned.value(), close.would_return.value()) == (6, 8)
        lock.release()
        qtbot.waitUntil(lambda: store.meeting.pulse(review.id) == (6, 8), timeout=WRITTEN_MS)
    assert (close.learned.value(), close.would_return.value()) == (6, 8)
