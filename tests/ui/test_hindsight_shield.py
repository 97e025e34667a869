"""The hindsight shield: while a moment is on screen the prompt list shows only what had happened by then."""

from PySide6.QtCore import Qt
from shown import shown

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _walk_through(qtbot, windows, review):
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    if window.meeting_view.stack.currentWidget() is not window.meeting:
        qtbot.keyClick(window.meeting_view.focusProxy(), Qt.Key.Key_Right, CTRL_SHIFT)
    assert window.meeting.hasFocus()
    return window, window.meeting


def _listed(meeting):
    return [meeting.filter.index(row, 2).data() for row in range(meeting.filter.rowCount())]


def test_the_list_hides_what_came_after_the_moment_on_screen_and_says_so(qtbot, windows, review, timeline):
    """On by default: at the first moment the later two are out of the list, and a line says how many and which key."""
    window, meeting = _walk_through(qtbot, windows, review)
    assert _listed(meeting) == ["Acknowledged the page"]
    assert meeting.shield.label.isVisible()
    assert meeting.shield.label.text() == "2 later entries hidden — H shows them"
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert _listed(meeting) == ["Acknowledged the page", "Rolled back the certificate bundle"]
    assert meeting.shield.label.text() == "1 later entry hidden — H shows it"
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert len(_listed(meeting)) == 3
    assert not meeting.shield.label.isVisible()


def test_h_shows_and_hides_the_later_entries_and_the_choice_is_remembered(qtbot, windows, review, timeline):
    """H shows the whole list (and says how to hide it again); the window reopens as it was left."""
    window, meeting = _walk_through(qtbot, windows, review)
    qtbot.keyClick(meeting, Qt.Key.Key_H)
    assert len(_listed(meeting)) == 3
    assert meeting.shield.label.text() == "Showing what came after — H hides it"
    window.close()
    window, meeting = _walk_through(qtbot, windows, review)
    assert len(_listed(meeting)) == 3
    qtbot.keyClick(meeting, Qt.Key.Key_H)
    assert _listed(meeting) == ["Acknowledged the page"]


def test_with_every_entry_listed_the_shield_counts_every_later_entry(qtbot, windows, review, timeline):
    """'Marked moments only' off: the list stops at the moment on screen, the five entries after it hidden."""
    window, meeting = _walk_through(qtbot, windows, review)
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    meeting.set_marked_only(False)
    assert _listed(meeting)[-1] == "Rolled back the certificate bundle"
    assert len(_listed(meeting)) == 5
    assert meeting.shield.label.text() == "3 later entries hidden — H shows them"
