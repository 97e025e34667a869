"""The room sees the notes in every phase: the opening, the key questions (where it agrees a summary) and the close."""

import datetime as dt

from notes_helpers import open_notes
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from shown import on_tab

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent

CTRL = Qt.KeyboardModifier.ControlModifier


def _meeting_in(store, review, phase):
    now = dt.datetime.now(dt.UTC)
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=30), ClockEvent.START))
    store.meeting.add_event(review.id, MeetingEvent(now - dt.timedelta(minutes=5), ClockEvent.PHASE, phase))


def _open(qtbot, windows, review):
    window = on_tab(qtbot, windows, review.id, "meeting_view")
    window.resize(1280, 720)
    return window


def _type_note(qtbot, windows, review, text, private=False):
    notes = open_notes(qtbot, windows, review)
    if private:
        qtbot.keyClick(notes.input, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(notes.input, text)
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    return notes


def _strip_in(window, view):
    return next(s for s in window.meeting_notes.strips if view.isAncestorOf(s))


def _shown(strip):
    if not strip.isVisible():
        return []
    return [strip.notes_model.note_at(row).text for row in strip.shown_rows()]


def test_the_summary_agreed_in_key_questions_is_on_the_shared_screen(qtbot, windows, store, review, timeline):
    """The note-taker keeps what the room agrees under the key question on screen: the room sees it there, at
    20 px or more, and a private note never; another question shows its own notes."""
    _meeting_in(store, review, Phase.KEY_QUESTIONS)
    window = _open(qtbot, windows, review)
    view = window.meeting_view.key_questions
    assert window.meeting_view.stack.currentWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_key() == "declared"
    _type_note(qtbot, windows, review, "Agreed: we declared at 18:20, when the error rate passed 5% for ten minutes")
    _type_note(qtbot, windows, review, "Check with Bo about the old runbook", private=True)
    strip = _strip_in(window, view)
    agreed = ["Agreed: we declared at 18:20, when the error rate passed 5% for ten minutes"]
    qtbot.waitUntil(lambda: _shown(strip) == agreed)
    assert QFontInfo(strip.font()).pixelSize() >= 20
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: _shown(strip) == [])
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _shown(strip) == agreed)


def test_notes_show_in_the_opening_and_the_close_too(qtbot, windows, store, review, timeline):
    """A note in the opening is under the opening words; moving to the close shows the close's notes instead."""
    _meeting_in(store, review, Phase.OPENING)
    window = _open(qtbot, windows, review)
    _type_note(qtbot, windows, review, "Bo joined late from the on-call handover")
    opening = _strip_in(window, window.meeting_view.opening)
    qtbot.waitUntil(lambda: _shown(opening) == ["Bo joined late from the on-call handover"])
    window.meeting_view.go_to_phase(Phase.CLOSE)
    _type_note(qtbot, windows, review, "Everyone would come to another review")
    close = _strip_in(window, window.meeting_view.close_phase)
    qtbot.waitUntil(lambda: _shown(close) == ["Everyone would come to another review"])


def test_ctrl_h_hides_the_notes_in_every_phase(qtbot, windows, store, review, timeline):
    """The key that takes the notes off the shared screen does so in the key questions as well."""
    _meeting_in(store, review, Phase.KEY_QUESTIONS)
    window = _open(qtbot, windows, review)
    _type_note(qtbot, windows, review, "We declared at 18:20")
    strip = _strip_in(window, window.meeting_view.key_questions)
    qtbot.waitUntil(lambda: _shown(strip) == ["We declared at 18:20"])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.meeting_view.key_questions, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _shown(strip) == []


def test_the_opening_words_come_before_its_notes(qtbot, windows, store, review, timeline):
    """Three long notes in the opening at 1280x720: the opening and the Prime Directive still show whole, and the
    notes take only what is left, whole notes only."""
    from facilitator.domain.notes import Note, Place

    long = "Bo joined late from the on-call handover and asked for the timeline to be shared again in the chat " * 2
    for n in range(3):
        store.notes.add(review.id, Note(f"{n}: {long}", dt.datetime.now(dt.UTC), Place(Phase.OPENING)))
    _meeting_in(store, review, Phase.OPENING)
    window = _open(qtbot, windows, review)
    opening = window.meeting_view.opening
    strip = _strip_in(window, opening)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720) and opening.isVisible())
    page = opening.page
    qtbot.waitUntil(lambda: page.height() >= page.heightForWidth(page.width()))
    assert page.height() >= page.heightForWidth(page.width())
    assert strip.isHidden() or all(strip.rowHeight(row) in (0, strip.heights[row]) for row in range(3))
    more = 0 if strip.more.isHidden() else strip.more.height()  # the line saying how many notes are out of sight
    assert strip.isHidden() or strip.height() <= sum(strip.rowHeight(row) for row in range(3)) + 2 * strip.frameWidth() + more


def test_the_note_taker_reads_what_the_room_is_doing_in_a_phase_without_a_prompt(qtbot, windows, store, review, timeline):
    """In the opening and the close the note-taker's header says what the room does, not the phase's name twice."""
    from facilitator.content import texts

    _meeting_in(store, review, Phase.OPENING)
    window = _open(qtbot, windows, review)
    notes = open_notes(qtbot, windows, review)
    doing = texts("notes")["phase_on_screen"]
    assert notes.on_screen.what.text() == doing["opening"]
    assert "Opening" in notes.on_screen.where.text()
    window.meeting_view.go_to_phase(Phase.CLOSE)
    qtbot.waitUntil(lambda: notes.on_screen.what.text() == doing["close"])
