"""Comments from outside the meeting: added by hand or imported, anonymous when asked, private to the facilitator."""

from presenter_helpers import only_the_meeting_window_is_shared
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import on_tab

from facilitator.app.changes import Change, Changed
from facilitator.domain.agenda import Phase
from facilitator.domain.comments import Comment

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_comments(qtbot, windows, review):
    return on_tab(qtbot, windows, review.id, "comments")


def test_an_anonymous_comment_is_added_without_a_name(qtbot, windows, review, timeline, store):
    """Typing a comment, a name, ticking Anonymous and adding stores no author; Ctrl+Z removes it."""
    window = _open_comments(qtbot, windows, review)
    panel = window.comments
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "I was not sure I was allowed to roll back")
    panel.author.setFocus()
    qtbot.keyClicks(panel.author, "Bo Lindqvist")
    panel.anonymous.setChecked(True)
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    (comment,) = store.comments.comments(review.id)
    assert comment.author is None and comment.text == "I was not sure I was allowed to roll back"
    assert panel.model.index(0, 1).data() == "anonymous"
    assert panel.table.isColumnHidden(1)
    panel.show_senders.setChecked(True)
    assert not panel.table.isColumnHidden(1)
    window.undo_stack.undo()
    assert store.comments.comments(review.id) == []


def test_imported_comments_attach_to_the_moment_at_their_time(qtbot, windows, review, timeline, store, tmp_path):
    """A CSV with a moment time lands on the marked moment at that local time; the rest on the whole review."""
    sheet = tmp_path / "comments.csv"
    sheet.write_text("comment,from,moment\nThe rollback call felt rushed,Eli,18:31\nMore pairing please,,\n")
    window = _open_comments(qtbot, windows, review)
    window._import_comments(sheet)
    comments = store.comments.comments(review.id)
    assert [(c.text, c.entry_id) for c in comments] == [
        ("The rollback call felt rushed", timeline[4].id),
        ("More pairing please", None),
    ]
    assert comments[1].anonymous
    assert "Imported 2" in window.comments.message.text()


def test_the_facilitators_cue_shows_the_moments_note_and_comments_but_the_card_does_not(
    qtbot, windows, review, timeline, store
):
    """On the rollback moment, the cue (Ctrl+Shift+M) shows the private note and the comment; the shared card shows neither."""
    only_the_meeting_window_is_shared()
    store.comments.add(review.id, Comment("The rollback call felt rushed", entry_id=timeline[4].id))
    window = _open_comments(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    view.go_to_phase(Phase.TIMELINE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.cue.isVisible()
    view.refresh_clock()
    assert "Ask about the rollback runbook age" in view.cue.private.text()
    assert "The rollback call felt rushed" in view.cue.private.text()
    shared = " ".join(label.text() for label in window.meeting.card.findChildren(type(window.meeting.card.what)))
    assert "runbook age" not in shared and "felt rushed" not in shared


def test_hiding_the_timer_alone_shows_no_private_material(qtbot, windows, review, timeline, store):
    """Ctrl+T moves the timer to the cue but keeps notes and comments out of it until Ctrl+Shift+M asks for them."""
    only_the_meeting_window_is_shared()
    store.comments.add(review.id, Comment("The rollback call felt rushed", entry_id=timeline[4].id))
    window = _open_comments(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    view.go_to_phase(Phase.TIMELINE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, CTRL)
    view.refresh_clock()
    assert view.cue.isVisible()
    assert view.cue.private.text() == ""


def test_the_chosen_moment_stays_chosen_when_moments_change(qtbot, windows, review, timeline, store):
    """Choosing a moment, then marking another earlier one, keeps the same moment chosen, not the same row."""
    from dataclasses import replace

    from facilitator.domain.timeline import MomentKind

    window = _open_comments(qtbot, windows, review)
    panel = window.comments
    chosen = panel.moment_ids.index(timeline[4].id)
    panel.moment.setCurrentIndex(chosen)
    store.timeline.update(replace(timeline[0], moment=MomentKind.DETECTION))
    windows.events.hub.publish(Changed(Change.EVERYTHING))
    assert panel.moment_ids[panel.moment.currentIndex()] == timeline[4].id


def test_a_long_comment_reads_whole_in_the_table(qtbot, windows, review, timeline, store):
    """A comment longer than its column wraps onto more lines rather than ending in '…'."""
    words = " ".join(["The first evening I assumed the alert was the batch again because it always was."] * 3)
    window = _open_comments(qtbot, windows, review)
    window.resize(1280, 720)
    panel = window.comments
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, words)
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    table = panel.table
    assert table.columnWidth(0) < table.fontMetrics().horizontalAdvance(words)
    qtbot.waitUntil(lambda: table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing())


def test_an_anonymous_comment_refuses_an_address_in_via(qtbot, windows, review, timeline, store):
    """Anonymous, with 'via' a mail address: nothing is added, the message says why, and the words stay typed."""
    window = _open_comments(qtbot, windows, review)
    panel = window.comments
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "I was not sure I was allowed to roll back")
    panel.anonymous.setChecked(True)
    panel.via.setFocus()
    qtbot.keyClicks(panel.via, "bo.lindqvist@example.com")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert store.comments.comments(review.id) == []
    assert "not the address" in panel.message.text()
    assert panel.text.toPlainText() == "I was not sure I was allowed to roll back"
