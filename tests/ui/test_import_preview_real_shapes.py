"""The preview of two files in real shapes: a postmortem whose heading gives the day and whose times carry zone
words, and a spreadsheet with a title row and its own columns; what the reader sees before anything is stored."""

from pathlib import Path

from PySide6.QtCore import Qt
from shown import shown

SHAPES = Path(__file__).parents[1] / "importers" / "data" / "real_shapes"


def _previewed(qtbot, windows, review, name):
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.timeline
    panel.import_file(SHAPES / name)
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    return panel, panel.preview


def _rows(model):
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_a_postmortem_dated_in_its_heading_previews_on_that_day_with_its_year_and_names_the_line_left_out(
    qtbot, windows, review, timeline, store
):
    """The heading says Thursday 3 April 2025 and the times carry EDT, Eastern and GMT: the review (14 October 2026,
    London) shows them on its clock, with the year, since it is not the review's; Esc stores nothing."""
    panel, preview = _previewed(qtbot, windows, review, "ampm_zone_words.md")
    assert _rows(preview.entries_model) == [
        ("Fri 04 Apr 2025 02:58", "", "Dana deploys build 4411 to the payments API."),
        ("Fri 04 Apr 2025 03:03", "", "Checkout errors page the on-call."),
        ("Fri 04 Apr 2025 04:47", "", "Rollback started by Sam."),
        ("Fri 04 Apr 2025 05:20", "", "Error rate back to baseline."),
        ("Fri 04 Apr 2025 05:31", "", "London team confirms settlement files are complete."),
    ]
    assert _rows(preview.skipped_model) == [("line 3", "no time found")]
    assert preview.counts.text() == "5 entries to add · 1 left out"
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.preview is None)
    assert store.timeline.count(review.id) == len(timeline)


def test_a_spreadsheet_previews_who_each_row_names_and_its_title_row_left_out(qtbot, windows, review, timeline, store):
    """'Owner' is who; 'Severity' has no place of its own and is kept in the detail; Enter imports the four rows."""
    panel, preview = _previewed(qtbot, windows, review, "sheets_timeline.csv")
    assert _rows(preview.entries_model) == [
        ("Wed 05 Mar 2025 11:02", "Ana", "Alert fired: queue depth > 10k"),
        ("Wed 05 Mar 2025 11:09", "Ben", "Paused consumers to stop retries"),
        ("Wed 05 Mar 2025 23:58", "Ana", "Consumers resumed"),
        ("Thu 06 Mar 2025 00:04", "Ben", "Backlog cleared"),
    ]
    assert preview.entries_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).endswith("Severity: SEV2")
    assert _rows(preview.skipped_model) == [("line 1", "above the column headings")]
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    assert store.timeline.count(review.id) == len(timeline) + 4
