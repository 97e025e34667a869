"""A note goes under the moment on the shared screen when its first key was typed, even if the room moves on before
Enter; the note-taker is told so, and one key files it under what is on the screen now."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import Phase
from facilitator.domain.notes import Place
from facilitator.ui.common import accessible

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _both_windows(qtbot, windows, store, review, timeline):
    """The facilitator's meeting on the first moment, and the note-taker's window beside it, ready to type."""
    meeting_in_timeline(store, review, timeline[1])
    facilitator = windows.open_review(review.id)
    qtbot.waitExposed(facilitator)
    facilitator.show_panel(facilitator.meeting_view)
    notes = open_notes(qtbot, windows, review)
    assert notes.on_screen.what.text() == "Acknowledged the page"
    return facilitator, notes


def _move_on(qtbot, facilitator, notes):
    """The facilitator presses PageDown: the next moment is on the shared screen, and in the note-taker's window."""
    qtbot.keyClick(facilitator.meeting, Qt.Key.Key_PageDown)
    assert notes.on_screen.what.text() == "Rolled back the certificate bundle"


def test_a_note_begun_before_the_room_moves_on_goes_under_the_moment_it_was_begun_on(qtbot, windows, store, review, timeline):
    """Typed while 'Acknowledged the page' was on screen, Enter pressed after PageDown: it stays with that moment,
    and the window says so, with the moment and the key, above the note being typed."""
    facilitator, notes = _both_windows(qtbot, windows, store, review, timeline)
    said = []
    accessible.announcements.made.connect(lambda _widget, message, _urgent: said.append(message))
    qtbot.keyClicks(notes.input, "The page went to the old rota first")
    assert not notes.begun.isVisible()
    _move_on(qtbot, facilitator, notes)
    banner = notes.begun
    assert banner.isVisible()
    assert "“18:06 Acknowledged the page”" in banner.text() and "Ctrl+Shift+N" in banner.text()
    assert banner.text() in said
    assert banner.geometry().bottom() <= notes.input.geometry().top()
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    (note,) = store.notes.notes(review.id)
    assert note.text == "The page went to the old rota first"
    assert note.place == Place(Phase.TIMELINE, entry_id=timeline[1].id)
    assert not banner.isVisible()
    qtbot.keyClicks(notes.input, "The rollback took four minutes")
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[1].place == Place(Phase.TIMELINE, entry_id=timeline[4].id)


def test_ctrl_shift_n_puts_the_note_under_what_is_on_the_screen_now(qtbot, windows, store, review, timeline):
    """The note turned out to be about the new moment: Ctrl+Shift+N files it there, the banner goes, the status bar
    says where it will go; pressed again it says the note already goes there."""
    facilitator, notes = _both_windows(qtbot, windows, store, review, timeline)
    qtbot.keyClicks(notes.input, "Nobody had rolled a bundle back before")
    _move_on(qtbot, facilitator, notes)
    assert notes.begun.isVisible()
    qtbot.keyClick(notes.input, Qt.Key.Key_N, CTRL_SHIFT)
    assert not notes.begun.isVisible()
    assert notes.statusBar().currentMessage() == (
        "This note will go under what is on the shared screen now: “18:31 Rolled back the certificate bundle”."
    )
    qtbot.keyClick(notes.input, Qt.Key.Key_N, CTRL_SHIFT)
    assert notes.statusBar().currentMessage() == "This note already goes under what is on the shared screen."
    assert notes.input.hasFocus() and notes.input.text() == "Nobody had rolled a bundle back before"
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    (note,) = store.notes.notes(review.id)
    assert note.place == Place(Phase.TIMELINE, entry_id=timeline[4].id)


def test_the_note_follows_the_key_and_then_stays_if_the_room_moves_on_again(qtbot, windows, store, review, timeline):
    """After Ctrl+Shift+N the note belongs to the second moment; PageDown once more brings the banner back, naming it."""
    facilitator, notes = _both_windows(qtbot, windows, store, review, timeline)
    qtbot.keyClicks(notes.input, "Two people were on the bridge")
    _move_on(qtbot, facilitator, notes)
    qtbot.keyClick(notes.input, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClick(facilitator.meeting, Qt.Key.Key_PageDown)
    assert notes.on_screen.what.text() == "Emailed Harbour & Lane an update"
    assert notes.begun.isVisible() and "“18:31 Rolled back the certificate bundle”" in notes.begun.text()
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[0].place == Place(Phase.TIMELINE, entry_id=timeline[4].id)


def test_emptying_the_box_lets_go_of_the_moment_it_was_begun_on(qtbot, windows, store, review, timeline):
    """Typed, the room moved on, every letter deleted: the banner goes, and the next note begins on the new moment."""
    facilitator, notes = _both_windows(qtbot, windows, store, review, timeline)
    qtbot.keyClicks(notes.input, "Half a thought")
    _move_on(qtbot, facilitator, notes)
    assert notes.begun.isVisible()
    qtbot.keyClick(notes.input, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(notes.input, Qt.Key.Key_Backspace)
    assert notes.input.text() == "" and not notes.begun.isVisible()
    qtbot.keyClicks(notes.input, "The rollback was rehearsed")
    assert not notes.begun.isVisible()
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[0].place == Place(Phase.TIMELINE, entry_id=timeline[4].id)


def test_words_parked_go_with_the_moment_they_were_begun_on(qtbot, windows, store, review, timeline):
    """Ctrl+P after the room moved on: the parked idea is recorded as raised at the moment where it was typed."""
    facilitator, notes = _both_windows(qtbot, windows, store, review, timeline)
    qtbot.keyClicks(notes.input, "Page routing rules need an owner")
    _move_on(qtbot, facilitator, notes)
    qtbot.keyClick(notes.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (item,) = store.parking.items(review.id)
    assert item.entry_id == timeline[1].id
    assert not notes.begun.isVisible()


def test_a_note_begun_in_the_timeline_stays_there_when_the_phase_changes(qtbot, windows, store, review, timeline):
    """Ctrl+Shift+Right (to the key questions) while the note-taker types: the note stays with the moment."""
    facilitator, notes = _both_windows(qtbot, windows, store, review, timeline)
    qtbot.keyClicks(notes.input, "Acknowledged within two minutes")
    facilitator.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is facilitator)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, CTRL_SHIFT)
    assert notes.place.phase is Phase.KEY_QUESTIONS
    assert notes.begun.isVisible()
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[0].place == Place(Phase.TIMELINE, entry_id=timeline[1].id)
