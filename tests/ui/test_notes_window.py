"""The note-taker's window, driven by keys only: notes land under the prompt on the shared screen."""

import datetime as dt

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import Phase
from facilitator.domain.notes import NoteTag, Place
from facilitator.ui.notes.notes_model import TAG, WHEN, WHERE, WHO

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _type_note(qtbot, window, text):
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def test_the_window_opens_on_the_prompt_with_the_cursor_in_the_input(qtbot, windows, store, review, timeline):
    """Titled '<ref> — Notes', it shows the prompt on the shared screen, and typing starts at once."""
    meeting_in_timeline(store, review, timeline[4])
    window = open_notes(qtbot, windows, review)
    assert window.windowTitle() == "INC-100 — Notes"
    assert window.input.hasFocus()
    assert window.on_screen.what.text() == "Rolled back the certificate bundle"
    assert "into the meeting" in window.on_screen.where.text()


def test_enter_keeps_a_note_under_the_prompt_with_its_times(qtbot, windows, store, review, timeline):
    """Enter stores the words with the wall-clock time, the meeting time and the moment on screen; the input empties."""
    meeting_in_timeline(store, review, timeline[4], minutes_in=10)
    window = open_notes(qtbot, windows, review)
    before = dt.datetime.now(dt.UTC)
    _type_note(qtbot, window, "The runbook was two years old")
    (note,) = store.notes.notes(review.id)
    assert note.text == "The runbook was two years old"
    assert note.place == Place(Phase.TIMELINE, entry_id=timeline[4].id)
    assert note.tag is NoteTag.DISCUSSION and note.speaker == "" and not note.private
    assert before - dt.timedelta(seconds=1) <= note.wall <= dt.datetime.now(dt.UTC)
    assert 595 <= note.meeting_seconds <= 660
    assert window.input.text() == ""
    assert window.table.notes_model.rowCount() == 1


def test_shift_enter_starts_a_new_line_instead_of_keeping_the_note(qtbot, windows, store, review, timeline):
    """A two-line note is one note."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "First the pager")
    qtbot.keyClick(window.input, Qt.Key.Key_Return, SHIFT)
    assert store.notes.notes(review.id) == []
    _type_note(qtbot, window, "then the dashboard")
    assert [n.text for n in store.notes.notes(review.id)] == ["First the pager\nthen the dashboard"]


def test_speaker_tag_and_privacy_come_from_keys_and_reset_for_the_next_note(qtbot, windows, store, review, timeline):
    """Ctrl+E then 2 picks the second attendee, Ctrl+2 tags dissent, Ctrl+Shift+H makes it private; then back to the defaults."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClick(window.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(window.input, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window.input, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.input.hasFocus()
    _type_note(qtbot, window, "Sees the rollback differently")
    (note,) = store.notes.notes(review.id)
    assert (note.speaker, note.tag, note.private) == ("Bo Lindqvist", NoteTag.DISSENT, True)
    assert window.speaker.speaker() == "" and window.tags.tag() is NoteTag.DISCUSSION and not window.private.isChecked()


def test_ctrl_e_finds_the_speaker_from_a_few_letters(qtbot, windows, store, review, timeline):
    """Ctrl+E, a few letters of any part of the name, Enter: the speaker is set and typing goes on in the input."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClick(window.input, Qt.Key.Key_E, CTRL)
    assert window.speaker.box.hasFocus()
    qtbot.keyClicks(window.speaker.box, "lind")
    qtbot.keyClick(window.speaker.box, Qt.Key.Key_Return)
    assert window.input.hasFocus()
    _type_note(qtbot, window, "Joined from the train")
    assert store.notes.notes(review.id)[0].speaker == "Bo Lindqvist"


def test_ctrl_p_parks_the_words_instead_of_keeping_a_note(qtbot, windows, store, review, timeline):
    """A fix raised mid-discussion goes to the parking lot, with who raised it and the moment, not into the notes."""
    meeting_in_timeline(store, review, timeline[4])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClick(window.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClicks(window.input, "Automate the certificate rotation check")
    qtbot.keyClick(window.input, Qt.Key.Key_P, CTRL)
    assert store.notes.notes(review.id) == []
    (item,) = store.parking.items(review.id)
    assert (item.text, item.raised_by, item.entry_id) == ("Automate the certificate rotation check", "Ada Quist", timeline[4].id)
    assert window.input.text() == ""
    assert "Parked" in window.statusBar().currentMessage()


def test_earlier_notes_are_retagged_edited_deleted_and_brought_back(qtbot, windows, store, review, timeline):
    """Ctrl+Up reaches the notes; Ctrl+3 re-tags, F2 edits, Delete removes, Ctrl+Z undoes, Esc returns to typing."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Pager was on silent")
    _type_note(qtbot, window, "Learned the gateway logs TLS errors")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    table = window.table
    assert table.hasFocus() and table.selected_note().text == "Learned the gateway logs TLS errors"
    qtbot.keyClick(table, Qt.Key.Key_3, CTRL)
    assert store.notes.notes(review.id)[1].tag is NoteTag.DISCOVERY
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "The pager was on do-not-disturb")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.notes.notes(review.id)[0].text == "The pager was on do-not-disturb")
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [n.text for n in store.notes.notes(review.id)] == ["Learned the gateway logs TLS errors"]
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert [n.text for n in store.notes.notes(review.id)] == ["The pager was on do-not-disturb", "Learned the gateway logs TLS errors"]
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert store.notes.notes(review.id)[0].text == "Pager was on silent"
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert window.input.hasFocus()


def test_ctrl_z_back_in_the_input_undoes_the_change_to_an_earlier_note(qtbot, windows, store, review, timeline):
    """Delete an earlier note, Esc back to typing, Ctrl+Z: the note is back; with words typed, Ctrl+Z undoes the typing."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Pager was on silent")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert store.notes.notes(review.id) == []
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.input.hasFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_Z, CTRL)
    assert [n.text for n in store.notes.notes(review.id)] == ["Pager was on silent"]
    qtbot.keyClicks(window.input, "half a thought")
    qtbot.keyClick(window.input, Qt.Key.Key_Z, CTRL)
    assert window.input.text() != "half a thought"
    assert [n.text for n in store.notes.notes(review.id)] == ["Pager was on silent"]


def test_ctrl_m_moves_a_note_to_another_moment(qtbot, windows, store, review, timeline):
    """The move menu opens on the note's own moment; Down and Enter file it under the next one."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "This belongs with the rollback")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu.activeAction().text().endswith("Acknowledged the page")
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[0].place == Place(Phase.TIMELINE, entry_id=timeline[4].id)
    assert window.table.notes_model.rowCount() == 0
    qtbot.keyClick(window.input, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(window.every_note.isChecked)
    assert not window.table.isColumnHidden(WHERE)
    assert window.table.notes_model.rowCount() == 1


def test_typing_writes_nothing_until_a_pause_then_saves_the_draft_within_half_a_second(qtbot, windows, store, review, timeline):
    """No disk write per keystroke; the unsent text is in the database soon after typing stops."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    writes = []
    store.db.conn.set_trace_callback(
        lambda sql: writes.append(sql) if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")) else None
    )
    try:
        qtbot.keyClicks(window.input, "Half a thought about the")
        assert writes == []
        qtbot.waitUntil(lambda: store.notes.draft(review.id) == "Half a thought about the", timeout=500)
    finally:
        store.db.conn.set_trace_callback(None)


def test_the_unsent_note_is_back_on_reopening(qtbot, windows, store, review, timeline):
    """Closing (or losing) the window keeps the words typed but not sent."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "Something about the on-call rota")
    window.close()
    reopened = open_notes(qtbot, windows, review)
    assert reopened.input.text() == "Something about the on-call rota"
    assert reopened.input.hasFocus()


def test_blame_wording_gets_a_gentle_hint_that_never_blocks(qtbot, windows, store, review, timeline):
    """'should have' shows a how/what rephrasing under the input; Enter still keeps the note as typed."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "Ada should have paged the network team")
    qtbot.waitUntil(window.hint.isVisible, timeout=1000)
    assert "Try:" in window.hint.text()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[0].text == "Ada should have paged the network team"
    assert not window.hint.isVisible()


def test_blame_about_someone_not_named_on_the_review_gets_the_hint_too(qtbot, windows, store, review, timeline):
    """'Why didn't Sam just check the dashboard' (Sam is not on the review) is caught by its shape."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "why didn't Sam just check the dashboard")
    qtbot.waitUntil(window.hint.isVisible, timeout=1000)
    assert "Sam" in window.hint.text() and "Try:" in window.hint.text()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert store.notes.notes(review.id)[0].text == "why didn't Sam just check the dashboard"
    qtbot.keyClicks(window.input, "why did the cache expire?")
    qtbot.waitUntil(lambda: not window.input.pending(), timeout=1000)
    assert not window.hint.isVisible()


def test_the_prompt_follows_the_facilitator_in_the_same_process(qtbot, windows, store, review, timeline):
    """The facilitator pressing PageDown changes the prompt in the note-taker's window at once."""
    meeting_in_timeline(store, review, timeline[1])
    facilitator = windows.open_review(review.id)
    qtbot.waitExposed(facilitator)
    window = open_notes(qtbot, windows, review)
    assert window.on_screen.what.text() == "Acknowledged the page"
    facilitator.meeting.next()
    assert window.on_screen.what.text() == "Rolled back the certificate bundle"
    _type_note(qtbot, window, "Rollback took four minutes")
    assert store.notes.notes(review.id)[0].place.entry_id == timeline[4].id


def test_not_heard_from_shrinks_as_notes_name_people(qtbot, windows, store, review, timeline):
    """Responders come first; someone drops off the list once a note is attributed to them."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    assert [p.name for p in window.not_heard.people] == ["Ada Quist", "Bo Lindqvist", "Eli Santos", "Fay Brooke"]
    qtbot.keyClick(window.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    _type_note(qtbot, window, "Saw it on the lock screen")
    assert [p.name for p in window.not_heard.people] == ["Bo Lindqvist", "Eli Santos", "Fay Brooke"]
    assert "Ada Quist" not in window.not_heard.names.text()


def test_when_who_and_tag_read_on_one_line_beside_the_note(qtbot, windows, store, review, timeline):
    """The time, the speaker's full name and the tag each fit their column on one line; only the note wraps."""
    meeting_in_timeline(store, review, timeline[4], minutes_in=40)
    window = open_notes(qtbot, windows, review)
    window.resize(1280, 720)
    qtbot.keyClick(window.input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(window.input, Qt.Key.Key_3, CTRL)
    _type_note(qtbot, window, "The certificate bundle had two intermediate certificates in the wrong order")
    table = window.table
    qtbot.waitUntil(lambda: table.notes_model.rowCount() == 1)
    metrics = table.fontMetrics()
    cells = [(column, table.notes_model.index(0, column).data()) for column in (WHEN, WHO, TAG)]
    assert all(text for _column, text in cells)
    qtbot.waitUntil(lambda: all(table.columnWidth(column) >= metrics.horizontalAdvance(text) for column, text in cells))
    qtbot.waitUntil(lambda: table.rowHeight(0) < 2 * metrics.lineSpacing() + 12)


def test_ctrl_shift_d_switches_the_palette_here_too(qtbot, windows, store, review, timeline):
    """The note-taker's window, often on a second screen or process, has the dark palette key as every window does."""
    from facilitator.ui.common import theme

    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    dark = theme.is_dark()
    qtbot.keyClick(window.input, Qt.Key.Key_D, CTRL | SHIFT)
    assert theme.is_dark() is not dark
    qtbot.keyClick(window.input, Qt.Key.Key_D, CTRL | SHIFT)
    assert theme.is_dark() is dark


def test_notes_in_key_questions_go_under_the_first_question_on_screen_and_into_the_record(qtbot, windows, store, review, timeline):
    """The facilitator reaches key questions by keys (question 1 on screen, nothing chosen yet): the agreed
    summary typed then is filed under question 1, and the record shows it there, not in a separate list."""
    from facilitator.content import texts
    from facilitator.export.record import record_markdown
    from facilitator.storage.whole_review import load_whole

    meeting_in_timeline(store, review, timeline[1])
    facilitator = windows.open_review(review.id)
    qtbot.waitExposed(facilitator)
    facilitator.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is facilitator)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, CTRL | SHIFT)
    assert facilitator.meeting_view.reading.phase is Phase.KEY_QUESTIONS
    first = texts("meeting")["key_questions"]["questions"][0]
    assert facilitator.meeting_view.key_questions.current.text() == first["text"]
    window = open_notes(qtbot, windows, review)
    assert window.on_screen.what.text() == first["text"]
    _type_note(qtbot, window, "A bad certificate bundle stopped checkout for 40 minutes")
    (note,) = store.notes.notes(review.id)
    assert note.place == Place(Phase.KEY_QUESTIONS, key_question=first["key"])
    assert window.table.notes_model.rowCount() == 1
    record = record_markdown(load_whole(store, review.id))
    under_first = record.split("### " + first["text"], 1)[1].split("###", 1)[0]
    assert "A bad certificate bundle stopped checkout for 40 minutes" in under_first
    assert texts("record")["key_questions"]["notes"] not in record


def test_a_note_in_key_questions_goes_under_the_first_before_the_facilitator_window_says_so(qtbot, windows, store, review, timeline):
    """Key questions reached from another process that has not yet stored a question: still the first."""
    from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent

    meeting_in_timeline(store, review, timeline[1])
    store.meeting.add_event(review.id, MeetingEvent(dt.datetime.now(dt.UTC), ClockEvent.PHASE, Phase.KEY_QUESTIONS))
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Everyone agrees on the summary")
    (note,) = store.notes.notes(review.id)
    assert note.place == Place(Phase.KEY_QUESTIONS, key_question="what_happened")


def test_typing_after_deleting_an_earlier_note_is_never_lost(qtbot, windows, store, review, timeline):
    """Ctrl+Up, Up, Delete, then the next sentence typed straight away: it is the next note, whole."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Pager was on silent")
    _type_note(qtbot, window, "Typo note")
    _type_note(qtbot, window, "Learned the gateway logs TLS errors")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert [n.text for n in store.notes.notes(review.id)] == ["Pager was on silent", "Learned the gateway logs TLS errors"]
    qtbot.keyClicks(QApplication.focusWidget(), "The dashboard showed green throughout")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [n.text for n in store.notes.notes(review.id)][-1] == "The dashboard showed green throughout"
    assert window.input.hasFocus() and window.input.text() == ""


def test_typing_in_the_earlier_notes_goes_on_the_end_of_the_note_being_typed(qtbot, windows, store, review, timeline):
    """Half a note typed, Ctrl+Up to look back, then typing on: the characters join the half note."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Pager was on silent")
    qtbot.keyClicks(window.input, "Then the")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    assert window.table.hasFocus()
    qtbot.keyClicks(window.table, " Slack alert")
    assert window.input.hasFocus() and window.input.text() == "Then the Slack alert"


def test_delete_again_deletes_the_next_note_and_undo_brings_each_back(qtbot, windows, store, review, timeline):
    """Delete leaves the next note selected, so Delete twice removes two; Ctrl+Z twice restores both."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    for text in ("First", "Second", "Third", "Fourth"):
        _type_note(qtbot, window, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    assert window.table.selected_note().text == "Second"
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.table.selected_note().text == "Third"
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert [n.text for n in store.notes.notes(review.id)] == ["First", "Fourth"]
    assert window.table.selected_note().text == "Fourth"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    assert [n.text for n in store.notes.notes(review.id)] == ["First", "Second", "Third", "Fourth"]


def test_deleting_the_last_note_left_gives_the_keys_back_to_the_input(qtbot, windows, store, review, timeline):
    """With no note left to select, typing goes on in the input."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Only note")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert store.notes.notes(review.id) == []
    assert window.input.hasFocus()


def test_ctrl_p_with_nothing_typed_says_so(qtbot, windows, store, review, timeline):
    """An empty box parks nothing, and the note-taker is told why instead of hearing nothing."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClick(window.input, Qt.Key.Key_P, CTRL)
    assert store.parking.items(review.id) == []
    assert window.statusBar().currentMessage() == window.texts["window"]["nothing_to_park"]
    assert window.input.hasFocus()


def test_a_number_on_an_earlier_note_changes_its_speaker_and_zero_clears_it(qtbot, windows, store, review, timeline):
    """No Alt+digit (Option+digit types [ ] { } on many Mac keyboards): in the earlier notes the digit alone."""
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    _type_note(qtbot, window, "Pager was on silent")
    qtbot.keyClick(window.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: store.notes.notes(review.id)[0].speaker == "Bo Lindqvist")
    assert window.table.hasFocus() and window.input.text() == ""
    qtbot.keyClick(window.table, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: store.notes.notes(review.id)[0].speaker == "")
