"""Quiet stretches in the Timeline tab: a 'What was happening here?' row the facilitator marks like any moment."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from shown import on_tab

from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.ui.prep.quiet_rows import QuietRole
from facilitator.ui.prep.timeline_model import ACTOR, ON_SCREEN, TEXT, TIME

LONDON = dt.timezone(dt.timedelta(hours=1))
ASKED = "What was happening here? Nothing was recorded from 18:08 until 19:10 (1 h 2 min)."
QUESTION = "What was happening here? Nothing recorded for 1 h 2 min."


def _at(hour, minute):
    return dt.datetime(2026, 10, 14, hour, minute, tzinfo=LONDON)


@pytest.fixture
def quiet_timeline(store, review):
    """Entries every two minutes, then an hour with nothing recorded, then two more."""
    store.timeline.add(
        review.id,
        [
            TimelineEntry(_at(18, 0), "alerting", "Checkout error rate above 5%"),
            TimelineEntry(_at(18, 2), "Ada Quist", "Acknowledged the page", moment=MomentKind.DETECTION),
            TimelineEntry(_at(18, 4), "Ada Quist", "Saw TLS handshake failures"),
            TimelineEntry(_at(18, 6), "Bo Lindqvist", "Joined the incident channel"),
            TimelineEntry(_at(18, 8), "Bo Lindqvist", "Restarted the gateway pool"),
            TimelineEntry(_at(19, 10), "Ada Quist", "Error rate back under 0.1%"),
            TimelineEntry(_at(19, 12), "Ada Quist", "Closed the incident"),
        ],
    )


def _open(qtbot, windows, review):
    window = on_tab(qtbot, windows, review.id, "timeline")
    return window, window.timeline


def _rows(panel):
    """What each row says: an entry's words, or a quiet row's question (in the first column it spans)."""
    quiet = set(panel.quiet.quiet_rows())
    return [panel.quiet.index(row, ACTOR if row in quiet else TEXT).data() for row in range(panel.quiet.rowCount())]


def test_an_hour_with_nothing_recorded_shows_as_a_question_after_its_last_entry(qtbot, windows, review, quiet_timeline):
    """Among entries two minutes apart, the silent hour reads 'What was happening here?' right where it falls."""
    _, panel = _open(qtbot, windows, review)
    rows = _rows(panel)
    assert rows[4:7] == [
        "Restarted the gateway pool",
        QUESTION,
        "Error rate back under 0.1%",
    ]
    assert panel.quiet.index(5, TIME).data() == "18:08 – 19:10"
    assert panel.table.columnSpan(5, ACTOR) == ON_SCREEN - ACTOR + 1
    assert not panel.quiet.index(5, TEXT).flags() & Qt.ItemFlag.ItemIsEditable


def test_marking_the_question_with_a_key_makes_it_a_moment_for_the_meeting(qtbot, windows, review, quiet_timeline, store):
    """Down onto the quiet row, 4: an Observation entry at the silence's start asks what was happening; it is a
    prompt in the meeting like any marked moment; Ctrl+Z takes it away and the question is back."""
    window, panel = _open(qtbot, windows, review)
    restarted = next(e for e in panel.model.entries() if e.text == "Restarted the gateway pool")
    panel.select_entry(restarted.id, TEXT)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.selected_quiet_stretch() is not None and panel.selected_entry() is None
    assert panel.message.isVisible() and "1–5" in panel.message.text()
    qtbot.keyClick(panel.table, Qt.Key.Key_4)
    asked = next(e for e in store.timeline.entries(review.id) if e.text == ASKED)
    assert (asked.at, asked.moment, asked.actor) == (_at(18, 8), MomentKind.OBSERVATION, "")
    assert not any(panel.quiet.index(r, 0).data(QuietRole) for r in range(panel.quiet.rowCount()))
    assert panel.selected_entry().id == asked.id and not panel.message.isVisible()
    prompts = window.meeting.filter.sourceModel()  # every prompt, past the hindsight shield's
    assert ASKED in [prompts.index(r, TEXT).data() for r in range(prompts.rowCount())]
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ASKED not in [e.text for e in store.timeline.entries(review.id)]
    assert QUESTION in _rows(panel)


def test_zero_on_the_question_marks_nothing(qtbot, windows, review, quiet_timeline, store):
    _, panel = _open(qtbot, windows, review)
    panel.table.setCurrentIndex(panel.quiet.index(5, TIME))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_0)
    assert len(store.timeline.entries(review.id)) == 7


def test_the_question_follows_its_entry_through_filtering_and_editing(qtbot, windows, review, quiet_timeline, qtmodeltester):
    """Filtered to other words the question goes with its entry; marking the entry it follows leaves the silence to
    that moment; the rows stay a well-behaved model throughout."""
    _, panel = _open(qtbot, windows, review)
    qtmodeltester.check(panel.quiet)
    panel.words.setText("Ada")
    assert all("What was happening" not in text for text in _rows(panel))
    panel.words.setText("Restarted")
    assert _rows(panel) == ["Restarted the gateway pool", QUESTION]
    panel.words.clear()
    panel.marked_only.setChecked(True)
    assert all("What was happening" not in text for text in _rows(panel))
    panel.marked_only.setChecked(False)
    assert QUESTION in _rows(panel)
    restarted = next(e for e in panel.model.entries() if e.text == "Restarted the gateway pool")
    panel.select_entry(restarted.id, TEXT)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_5)
    assert all("What was happening" not in text for text in _rows(panel))
    assert panel.selected_entry().text == "Restarted the gateway pool"
    qtmodeltester.check(panel.quiet)
