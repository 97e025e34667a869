"""The meeting clock and phases on the shared screen, driven by keys against a fake clock."""

import datetime as dt

import pytest
from presenter_helpers import only_the_meeting_window_is_shared
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import active, on_tab

from facilitator.domain.agenda import Phase
from facilitator.ui.meeting import room_zoom

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, windows, review):
    window = on_tab(qtbot, windows, review.id, "meeting_view")
    return window, window.meeting_view


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_the_meeting_opens_on_the_opening_with_the_prime_directive(qtbot, windows, review, timeline, clock):
    """Before anything is pressed the shared screen shows the opening and the quoted Prime Directive."""
    _, view = _open(qtbot, windows, review)
    assert view.stack.currentWidget() is view.opening
    assert "everyone did the best job they could" in view.opening.page.text()
    assert "Kerth" in view.opening.page.text()
    assert "F5" in view.bar.state.text()


def test_f5_starts_the_clock_and_time_counts_down(qtbot, windows, review, timeline, clock):
    """F5 starts; twelve minutes later the slot shows 1:18:00 and the opening is seven minutes over."""
    _, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    clock.advance(12)
    view.refresh_clock()
    assert view.bar.slot_left.text() == "1:18:00"
    assert view.bar.phase_left.text() == "-7:00"
    assert "Opening is over its time" in view.bar.message.text()


def test_pause_and_resume_leave_the_paused_time_out(qtbot, windows, review, timeline, clock):
    """Paused for ten minutes after twenty: after five more running, 1:05:00 is left."""
    _, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    clock.advance(20)
    _press(qtbot, Qt.Key.Key_F5)
    clock.advance(10)
    view.refresh_clock()
    assert "Paused" in view.bar.state.text()
    _press(qtbot, Qt.Key.Key_F5)
    clock.advance(5)
    view.refresh_clock()
    assert view.bar.slot_left.text() == "1:05:00"


def test_phases_move_by_keys_and_the_view_follows(qtbot, windows, review, timeline, clock):
    """Ctrl+Shift+Right walks opening → timeline → key questions; Ctrl+Shift+Left goes back."""
    window, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    assert view.stack.currentWidget() is window.meeting
    assert window.meeting.hasFocus()
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    assert view.stack.currentWidget() is view.key_questions
    _press(qtbot, Qt.Key.Key_Left, CTRL_SHIFT)
    assert view.reading.phase is Phase.TIMELINE


def test_reopening_mid_meeting_shows_the_same_time(qtbot, windows, review, timeline, clock):
    """Closing and reopening the window half an hour in shows the clock where it should be."""
    window, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    clock.advance(5)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    window.close()
    clock.advance(25)
    _, reopened = _open(qtbot, windows, review)
    assert reopened.reading.phase is Phase.TIMELINE
    assert reopened.bar.slot_left.text() == "1:00:00"
    assert reopened.bar.phase_left.text() == "30:00"


def test_the_timeline_phase_suggests_time_per_remaining_moment(qtbot, windows, review, timeline, clock):
    """55 timeline minutes, three marked moments undiscussed: about 18:20 each."""
    _, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    view.refresh_clock()
    assert "18:20 per remaining moment (3 to go)" in view.bar.message.text()
    assert view.bar.on_prompt.text() == "0:00"


def test_a_time_check_when_fifteen_minutes_are_left_before_actions(qtbot, windows, review, timeline, clock):
    """Seventy-five minutes in, still on key questions: the strip asks for a time check."""
    _, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    clock.advance(75)
    view.refresh_clock()
    assert view.bar.message.text().startswith("Time check: 15:00 left")


def test_the_timer_can_leave_the_shared_screen_but_not_the_facilitator(qtbot, windows, review, timeline, clock):
    """Ctrl+T hides the strip and shows the always-on-top cue with the same times; again brings it back."""
    only_the_meeting_window_is_shared()
    _, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_F5)
    _press(qtbot, Qt.Key.Key_T, CTRL)
    assert not view.bar.isVisible()
    assert view.cue.isVisible()
    clock.advance(3)
    view.refresh_clock()
    assert view.cue.bar.slot_left.text() == "1:27:00"
    _press(qtbot, Qt.Key.Key_T, CTRL)
    assert view.bar.isVisible()
    assert not view.cue.isVisible()


def test_zoom_grows_the_type_and_is_remembered(qtbot, windows, review, timeline, clock):
    """Ctrl+= twice makes the shared screen's type larger; the zoom is back after reopening."""
    window, view = _open(qtbot, windows, review)
    window.resize(1920, 1080)
    view.go_to_phase(Phase.TIMELINE)
    qtbot.waitUntil(lambda: view.panel.card.height() > 500)
    before = view.panel.card.what.font().pointSizeF()
    _press(qtbot, Qt.Key.Key_Equal, CTRL)
    _press(qtbot, Qt.Key.Key_Equal, CTRL)
    assert view.panel.card.what.font().pointSizeF() > before * 1.25
    zoom = view.zoom
    window.close()
    reopened_window, reopened = _open(qtbot, windows, review)
    reopened_window.resize(1920, 1080)
    qtbot.waitUntil(lambda: reopened.zoom == pytest.approx(zoom, rel=0.01))
    _press(qtbot, Qt.Key.Key_0, CTRL)
    assert reopened.zoom == 1.0


def test_key_questions_are_walked_and_marked_covered(qtbot, windows, review, timeline, store, clock):
    """In key questions, Down shows the next question, Space marks it covered; both are stored."""
    _, view = _open(qtbot, windows, review)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    assert view.key_questions.hasFocus()
    assert store.meeting.current_key_question(review.id) == "what_happened"
    _press(qtbot, Qt.Key.Key_Down)
    assert store.meeting.current_key_question(review.id) == "declared"
    _press(qtbot, Qt.Key.Key_Space)
    assert store.meeting.covered_questions(review.id) == {"declared"}
    assert "1 covered" in view.key_questions.progress.text()
    _press(qtbot, Qt.Key.Key_Space)
    assert store.meeting.covered_questions(review.id) == set()


def test_the_close_records_the_pulse_as_counts(qtbot, windows, review, timeline, store, clock):
    """Typing the two counts at the close stores them."""
    window, view = _open(qtbot, windows, review)
    for _ in range(4):
        _press(qtbot, Qt.Key.Key_Right, CTRL_SHIFT)
    assert view.stack.currentWidget() is view.close_phase
    view.close_phase.learned.setValue(6)
    view.close_phase.would_return.setValue(8)
    assert store.meeting.pulse(review.id) == (6, 8)


def test_a_reviews_own_opening_text_is_shown(qtbot, windows, review, timeline, store, clock):
    """Opening words saved for this review replace the default on the shared screen."""
    store.meeting.set_opening_text(review.id, "Tonight we look at the checkout errors together.")
    _, view = _open(qtbot, windows, review)
    assert "Tonight we look at the checkout errors together." in view.opening.page.text()
    assert "Nobody is on trial" not in view.opening.page.text()


def _agenda_with_opening(qtbot, store, review, minutes: str):
    """The agenda dialog, shown and active, with the opening's minutes typed and Tab pressed."""
    from facilitator.content import texts
    from facilitator.ui.prep.agenda_dialog import AgendaDialog

    dialog = active(qtbot, AgendaDialog(store, review.id, texts("meeting")["phases"]))
    box = dialog.boxes[Phase.OPENING]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, minutes)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    return dialog


def test_the_agenda_dialog_rebalances_and_saves(qtbot, windows, review, store):
    """A ten-minute opening takes five from the timeline; saved, the strip counts from the new budget."""
    dialog = _agenda_with_opening(qtbot, store, review, "10")
    assert dialog.boxes[Phase.TIMELINE].value() == 50
    assert dialog.total.text() == "Total: 90 of 90 minutes"
    dialog._save()
    assert store.meeting.budgets(review.id, 90)[Phase.OPENING] == 10
    assert sum(store.meeting.budgets(review.id, 90).values()) == 90


def test_the_agenda_dialog_explains_an_impossible_budget(qtbot, windows, review, store):
    """Asking for 90 minutes of opening in a 90-minute slot is explained and nothing is taken."""
    dialog = _agenda_with_opening(qtbot, store, review, "90")
    assert "too little" in dialog.problem.text()
    assert dialog.boxes[Phase.OPENING].value() == 5


def test_enter_on_an_impossible_budget_keeps_the_dialog_open_with_the_reason(qtbot, windows, review, store):
    """85 minutes of opening in a 90-minute slot, then Enter: the dialog stays, says why, and stores nothing."""
    from facilitator.content import texts
    from facilitator.ui.prep.agenda_dialog import AgendaDialog

    before = store.meeting.budgets(review.id, review.slot_minutes)
    dialog = AgendaDialog(store, review.id, texts("meeting")["phases"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.boxes[Phase.OPENING]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "85")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.isVisible() and "too little" in dialog.problem.text()
    assert store.meeting.budgets(review.id, review.slot_minutes) == before


def test_a_review_whose_meeting_has_started_opens_on_the_meeting(qtbot, windows, review, store, clock):
    """With the clock started (and no tab remembered), the window opens on the meeting, not the set-up."""
    from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent

    store.meeting.add_event(review.id, MeetingEvent(clock.now(), ClockEvent.START))
    window = windows.open_review(review.id)
    assert window.tabs.currentWidget() is window.meeting_view


def test_a_review_in_preparation_opens_on_the_set_up(qtbot, windows, review, clock):
    """Before the meeting starts, the window opens on the set-up."""
    window = windows.open_review(review.id)
    assert window.tabs.currentWidget() is window.setup


def test_zoom_never_grows_the_window_past_its_size(qtbot, windows, review, timeline, clock):
    """At 1280x720, Ctrl+= as often as you like stops at the largest type the window has room for, says so,
    and the window stays 1280x720 (it grew past a projector's screen before)."""
    window, view = _open(qtbot, windows, review)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720))
    for _ in range(8):
        _press(qtbot, Qt.Key.Key_Equal, CTRL)
        QApplication.processEvents()  # the window's own resizing, posted by the zoom, is done
    assert 1.0 < view.zoom < room_zoom.ZOOM_RANGE[1]
    assert window.size().toTuple() == (1280, 720)
    assert window.statusBar().currentMessage() == "The window has no room for larger type: make it bigger, or give the prompt more of it."


def test_a_long_prompt_is_never_cut_off(qtbot, windows, review, store, clock):
    """A long entry with a detail at 1280x720: every line of the card shows whole, none under 20 px; the page holds
    fewer questions (and says which) rather than cut one off."""

    from facilitator.domain.timeline import MomentKind, TimelineEntry

    words = " ".join(["Rolled back the gateway config after handshake errors climbed across all three regions,"] * 3)
    at = dt.datetime(2026, 10, 14, 18, 2, tzinfo=dt.UTC)
    detail = "Grafana showed 5xx at 12%.\nStep 4 of the runbook was skipped.\nPagerDuty escalated at 18:20."
    store.timeline.add(review.id, [TimelineEntry(at, "Ada Quist", words, detail=detail, moment=MomentKind.DECISION)])
    window, view = _open(qtbot, windows, review)
    window.resize(1280, 720)
    view.go_to_phase(Phase.TIMELINE)
    card = view.panel.card
    qtbot.waitUntil(lambda: card.what.text() == words)
    labels = (card.what, card.detail, card.kind, card.questions)

    def all_shown_whole():
        inside = card.contentsRect()
        return all(
            label.geometry().bottom() <= inside.bottom() and label.height() >= label.heightForWidth(label.width())
            for label in labels
        )

    qtbot.waitUntil(all_shown_whole)
    shown = card.questions.text().count("•")
    assert card.questions.isVisible() and shown >= 1
    assert f"–{shown} of" in card.kind.text() or f"question {shown} of" in card.kind.text(), "the page says which questions it holds"
    assert min(label.fontInfo().pixelSize() for label in labels) >= 20


def test_meeting_keys_work_with_the_focus_anywhere_in_the_window(qtbot, windows, review, timeline, clock):
    """Tab out of the meeting (to the tab bar, say): F5 still starts the clock and Ctrl+Shift+Right still moves
    the phase; on another tab F5 does nothing."""
    window, view = _open(qtbot, windows, review)
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_F5)
    assert view.reading.started
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Right, CTRL_SHIFT)
    assert view.reading.phase is Phase.TIMELINE
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    running = view.reading.running
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert view.reading.running is running


@pytest.mark.parametrize(("notes", "repeats", "size"), [(2, 1, (1284, 620)), (1, 3, (1284, 760)), (5, 3, (1238, 760))])
def test_the_card_and_the_notes_under_it_settle(qtbot, windows, review, store, notes, repeats, size):
    """After a resize the prompt's type and the notes strip stop changing: neither keeps resizing the other."""

    from notes_helpers import meeting_in_timeline

    from facilitator.domain.notes import Note, Place
    from facilitator.domain.timeline import MomentKind, TimelineEntry

    words = " ".join(["Rolled back the gateway config after handshake errors climbed across all three regions,"] * repeats)
    at = dt.datetime(2026, 10, 14, 18, 2, tzinfo=dt.UTC)
    detail = "Grafana showed 5xx at 12%.\nStep 4 of the runbook was skipped.\nPagerDuty escalated at 18:20."
    store.timeline.add(review.id, [TimelineEntry(at, "Ada Quist", words, detail=detail, moment=MomentKind.DECISION)])
    entry = next(e for e in store.timeline.entries(review.id) if e.text == words)
    meeting_in_timeline(store, review, entry)
    for n in range(notes):
        note = Note(f"note {n} " + "long words here " * (n % 7), dt.datetime.now(dt.UTC), Place(Phase.TIMELINE, entry_id=entry.id))
        store.notes.add(review.id, note)
    window, view = _open(qtbot, windows, review)
    window.resize(*size)
    card, strip = view.panel.card, window.meeting_notes.strip

    def state():
        return card.what.font().pointSizeF(), card.height(), strip.height()

    def still():
        """Nothing changes when every event posted so far (layouts, resizes, zero timers) is handled."""
        before = state()
        QApplication.processEvents()
        return state() == before

    qtbot.waitUntil(lambda: card.isVisible() and still())
    settled = state()
    for _ in range(30):
        QApplication.processEvents()
        assert state() == settled


def test_a_zoom_the_window_had_no_room_for_comes_when_it_grows(qtbot, windows, review, timeline, clock):
    """Ctrl+= refused at 1280x720 is not forgotten: once the window is made larger, the type grows to it."""
    window, view = _open(qtbot, windows, review)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720))
    for _ in range(7):  # up to the largest zoom there is: more than a 1280x720 window has room for
        _press(qtbot, Qt.Key.Key_Equal, CTRL)
    refused = view.zoom
    wanted = view.room_zoom.wanted
    assert refused < wanted
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.zoom == pytest.approx(wanted))
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert view.zoom == pytest.approx(wanted, rel=0.01), "the zoom asked for, not the one the small window had room for"
