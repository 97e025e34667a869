"""The timeline walk-through on the shared screen, driven as a presenter would: keys only."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import on_tab

from facilitator.app.changes import Change, Changed
from facilitator.content import texts
from facilitator.domain.questions import QuestionLibrary
from facilitator.domain.timeline import MomentKind


def _open_meeting(qtbot, windows, review):
    window = on_tab(qtbot, windows, review.id, "meeting_view")
    if window.meeting_view.stack.currentWidget() is not window.meeting:
        next_phase = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, next_phase)
    assert window.meeting_view.stack.currentWidget() is window.meeting
    assert window.meeting.hasFocus()
    return window, window.meeting


def _on_card(meeting):
    return meeting.card.what.text()


def test_page_keys_walk_the_marked_moments_in_order(qtbot, windows, review, timeline):
    """PageDown/Right go to the next marked moment, PageUp/Left back, End and Home to either end."""
    _, meeting = _open_meeting(qtbot, windows, review)
    assert _on_card(meeting) == "Acknowledged the page"
    assert meeting.card.position.text() == "Moment 1 of 3"
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert _on_card(meeting) == "Rolled back the certificate bundle"
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    assert _on_card(meeting) == "Emailed Harbour & Lane an update"
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert _on_card(meeting) == "Emailed Harbour & Lane an update"
    qtbot.keyClick(meeting, Qt.Key.Key_Left)
    assert _on_card(meeting) == "Rolled back the certificate bundle"
    qtbot.keyClick(meeting, Qt.Key.Key_Home)
    assert _on_card(meeting) == "Acknowledged the page"
    qtbot.keyClick(meeting, Qt.Key.Key_End)
    assert _on_card(meeting) == "Emailed Harbour & Lane an update"


def test_the_prompt_on_screen_is_remembered_across_reopening(qtbot, windows, review, timeline, store):
    """The current moment is stored, so closing and reopening the window shows the same prompt."""
    window, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert store.current_entry_id(review.id) == timeline[4].id
    window.close()
    _, reopened = _open_meeting(qtbot, windows, review)
    assert _on_card(reopened) == "Rolled back the certificate bundle"


def test_the_card_pages_through_the_kinds_questions_and_never_shows_the_preparation_note(qtbot, windows, review, timeline):
    """A decision point shows the library's decision questions four at a time (Q for more); no private note."""
    _, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    library = QuestionLibrary(texts("questions"))
    questions = library.questions(MomentKind.DECISION)
    shown = meeting.card.questions.text()
    assert all(q in shown for q in questions[:4])
    assert questions[4] not in shown
    assert f"questions 1–4 of {len(questions)}" in meeting.card.kind.text()
    qtbot.keyClick(meeting, Qt.Key.Key_Q)
    assert questions[4] in meeting.card.questions.text()
    card_text = " ".join(label.text() for label in meeting.card.findChildren(type(meeting.card.what)))
    assert "runbook age" not in card_text


def test_time_on_screen_is_recorded_and_the_moment_counted_as_discussed(qtbot, windows, review, timeline, store, clock):
    """A moment left on screen for over a second is stored as discussed with its seconds."""
    _, meeting = _open_meeting(qtbot, windows, review)
    clock.advance(seconds=1.1)
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    first = store.timeline.get(timeline[1].id)
    assert first.discussed
    assert first.seconds_on_screen >= 1
    assert not store.timeline.get(timeline[4].id).discussed


def test_time_stops_counting_while_another_tab_is_shown(qtbot, windows, review, timeline, store, clock):
    """Switching to the set-up tab hands over the time so far and stops the count."""
    window, meeting = _open_meeting(qtbot, windows, review)
    clock.advance(seconds=1.1)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    counted = store.timeline.get(timeline[1].id).seconds_on_screen
    assert counted >= 1
    clock.advance(seconds=1.1)
    assert store.timeline.get(timeline[1].id).seconds_on_screen == counted


def test_ctrl_g_jumps_to_typed_words_even_when_unmarked(qtbot, windows, review, timeline):
    """Ctrl+G, words, Enter: the matching entry is shown, and the list widens to show it."""
    window, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert meeting.jump.hasFocus()
    qtbot.keyClicks(meeting.jump, "handshake")
    qtbot.keyClick(meeting.jump, Qt.Key.Key_Return)
    assert _on_card(meeting) == "Saw TLS handshake failures in the gateway logs"
    assert not meeting.marked_only.isChecked()



def test_an_entry_that_is_not_a_moment_is_shown_with_how_many_moments_there_are(qtbot, windows, review, timeline):
    """Above the card: "3 marked moments" on an unmarked entry; "1 marked moment" once only one is left."""
    window, meeting = _open_meeting(qtbot, windows, review)
    for words in ("handshake", "Acknowledged", "Rolled back"):
        qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(meeting.jump, words)
        qtbot.keyClick(meeting.jump, Qt.Key.Key_Return)
        if words == "handshake":
            assert meeting.card.position.text() == "3 marked moments"
        else:
            qtbot.keyClick(meeting, Qt.Key.Key_0)
    assert meeting.card.position.text() == "1 marked moment"

def test_a_jump_that_finds_nothing_says_so_and_the_remote_still_steps(qtbot, windows, review, timeline):
    """'Nothing matches' stays beside the box past the next tick of the clock; PageDown then steps to the
    next moment (a presenter remote cannot click), and Esc leaves the box empty."""
    window, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(meeting.jump, "nowhere to be found")
    qtbot.keyClick(meeting.jump, Qt.Key.Key_Return)
    meeting._tick.timeout.emit()
    assert meeting.position.text() == "Nothing matches “nowhere to be found”"
    qtbot.keyClick(meeting.jump, Qt.Key.Key_PageDown)
    assert _on_card(meeting) == "Rolled back the certificate bundle"
    assert meeting.hasFocus() and meeting.jump.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(meeting.jump, "pager")
    qtbot.keyClick(meeting.jump, Qt.Key.Key_Escape)
    assert meeting.hasFocus() and meeting.jump.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(meeting.jump, "nowhere")
    qtbot.keyClick(meeting.jump, Qt.Key.Key_Return)
    meeting.setFocus()
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert meeting.position.text().startswith("On screen"), "the next prompt's time, not the old notice"


def test_a_new_moment_is_marked_during_the_meeting(qtbot, windows, review, timeline, store):
    """On an unmarked entry, 4 marks it as an observation; it then counts among the moments."""
    window, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(meeting.jump, "back under")
    qtbot.keyClick(meeting.jump, Qt.Key.Key_Return)
    qtbot.keyClick(meeting, Qt.Key.Key_4)
    assert store.timeline.get(timeline[5].id).moment is MomentKind.OBSERVATION
    assert meeting.card.position.text() == "Moment 3 of 4"


def test_a_question_asked_on_the_fly_joins_the_card(qtbot, windows, review, timeline, store):
    """Ctrl+K, a question, Enter: it is stored with the moment and shown on the card."""
    window, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert meeting.ask.hasFocus()
    qtbot.keyClicks(meeting.ask, "What did the pager show on the lock screen?")
    qtbot.keyClick(meeting.ask, Qt.Key.Key_Return)
    assert store.timeline.get(timeline[1].id).questions == ("What did the pager show on the lock screen?",)
    assert meeting.card.questions.text().startswith("•  What did the pager show on the lock screen?")
    assert meeting.hasFocus()


def test_the_pane_sizes_are_remembered(qtbot, windows, review, timeline):
    """A dragged divider between the prompt list and the card is where it was after reopening."""
    window, meeting = _open_meeting(qtbot, windows, review)
    meeting.split.setSizes([250, 1000])
    list_share = meeting.split.sizes()[0] / sum(meeting.split.sizes())
    window.close()
    _, reopened = _open_meeting(qtbot, windows, review)
    sizes = reopened.split.sizes()
    assert abs(sizes[0] / sum(sizes) - list_share) < 0.01


def test_an_entry_written_over_two_lines_reads_as_one_line_in_the_prompt_list(qtbot, windows, review, store):
    """Rows of the prompt list are one line high, so an entry's line breaks show as spaces there; the card keeps them."""
    import datetime as dt

    from facilitator.domain.timeline import TimelineEntry

    at = dt.datetime(2026, 10, 14, 18, 40, tzinfo=dt.UTC)
    store.timeline.add(review.id, [TimelineEntry(at, "Ada Quist", "Paged the client\nthen the DBA", moment=MomentKind.COMMUNICATION)])
    windows.events.hub.publish(Changed(Change.EVERYTHING))
    _, meeting = _open_meeting(qtbot, windows, review)
    shown_text = [meeting.filter.index(row, 2).data() for row in range(meeting.filter.rowCount())]
    assert "Paged the client then the DBA" in shown_text
    meeting.show_entry_id(next(e.id for e in store.timeline.entries(review.id) if e.text.startswith("Paged")))
    assert _on_card(meeting) == "Paged the client\nthen the DBA"


def _prompt_list_times(meeting):
    return [meeting.filter.index(row, 0).data() for row in range(meeting.filter.rowCount())]


def test_the_prompt_list_names_the_weekday_and_leaves_the_room_to_the_words(qtbot, windows, review, timeline):
    """Within a week the weekday says which day, so the list's times are short and 'What happened' gets the width."""
    window, meeting = _open_meeting(qtbot, windows, review)
    window.resize(1280, 720)
    qtbot.keyClick(meeting, Qt.Key.Key_End)
    assert _prompt_list_times(meeting) == ["Wed 18:06", "Wed 18:31", "Wed 18:52"]
    assert meeting.filter.headerData(0, Qt.Orientation.Horizontal) == "Time"
    qtbot.waitUntil(lambda: meeting.list.columnWidth(2) > meeting.list.columnWidth(0))


def test_a_timeline_longer_than_a_week_keeps_the_dates_in_the_prompt_list(qtbot, windows, review, timeline, store):
    """Two Wednesdays apart, a weekday alone would be ambiguous: the list then shows the date too."""
    import datetime as dt

    from facilitator.domain.timeline import TimelineEntry

    later = dt.datetime(2026, 10, 21, 9, 30, tzinfo=dt.UTC)
    store.timeline.add(review.id, [TimelineEntry(later, "Ada Quist", "Closed the problem record", moment=MomentKind.DECISION)])
    windows.events.hub.publish(Changed(Change.EVERYTHING))
    _, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(meeting, Qt.Key.Key_End)
    assert _prompt_list_times(meeting)[0] == "Wed 14 Oct 18:06"
    assert _prompt_list_times(meeting)[-1] == "Wed 21 Oct 10:30"


def test_moving_one_entry_past_a_week_redraws_every_time_in_the_prompt_list(qapp):
    """Same entries, one time edited ten days on: every row's time is announced as changed, not just that
    row's, since every row now shows its date."""
    import datetime as dt
    from dataclasses import replace

    from facilitator.domain.timeline import TimelineEntry
    from facilitator.ui.meeting.prompt_rows import PromptRows
    from facilitator.ui.prep.timeline_model import TIME, TimelineModel

    at = dt.datetime(2026, 10, 14, 18, 0, tzinfo=dt.UTC)
    entries = [TimelineEntry(at + dt.timedelta(minutes=n), "Ada", f"entry {n}", moment=MomentKind.DECISION, id=n + 1) for n in range(3)]
    model = TimelineModel(QuestionLibrary(texts("questions")))
    prompts = PromptRows()
    prompts.setSourceModel(model)
    model.set_entries(entries, "UTC")
    assert prompts.index(0, TIME).data() == "Wed 18:00"
    changed = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row(), top.column(), bottom.column())))
    moved = [*entries[:2], replace(entries[2], at=at + dt.timedelta(days=10))]
    model.set_entries(moved, "UTC")
    assert any(first == 0 and last == 2 and left <= TIME <= right for first, last, left, right in changed)
    assert prompts.index(0, TIME).data() == "Wed 14 Oct 18:00"


def test_a_question_asked_with_ctrl_k_is_shown_to_the_room_at_once(qtbot, windows, review, timeline, store):
    """On the second page of questions, Ctrl+K, words, Enter: the page turns to the new question."""
    window, meeting = _open_meeting(qtbot, windows, review)
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    qtbot.keyClick(meeting, Qt.Key.Key_Q)
    assert "questions 5–" in meeting.card.kind.text()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(meeting.ask, "What did the rollback runbook say then?")
    qtbot.keyClick(meeting.ask, Qt.Key.Key_Return)
    assert store.timeline.get(timeline[4].id).questions == ("What did the rollback runbook say then?",)
    assert "What did the rollback runbook say then?" in meeting.card.questions.text()
    assert meeting.hasFocus()
    assert not meeting.ask.isVisible(), "the question box leaves the room's screen once the question is asked"
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert meeting.ask.isVisible() and meeting.ask.hasFocus()
    qtbot.keyClick(meeting.ask, Qt.Key.Key_Escape)
    assert meeting.hasFocus() and not meeting.ask.isVisible()
