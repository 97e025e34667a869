"""The note-taker's short columns show their words whole at 1280x720."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt

from facilitator.ui.notes.notes_model import TAG, WHEN


def test_a_kept_note_shows_its_time_and_tag_whole_not_ending_in_an_ellipsis(qtbot, windows, store, review, timeline):
    """The When and Tag columns are as wide as Qt needs to paint their words, grid line included."""
    meeting_in_timeline(store, review, timeline[4], minutes_in=47)
    window = open_notes(qtbot, windows, review)
    window.resize(1280, 720)
    qtbot.keyClicks(window.input, "The runbook was two years old")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    table = window.table
    qtbot.waitUntil(lambda: table.notes_model.rowCount() == 1)
    header = table.horizontalHeader()
    for column in (WHEN, TAG):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
