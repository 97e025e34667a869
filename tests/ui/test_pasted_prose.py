"""A timeline pasted from a published postmortem written as a paragraph ('Timeline. At 09:04 UTC, an engineer ...'):
each moment reads as what happened, without the heading word and without saying its time twice."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from shown import on_tab

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
POSTMORTEM = (
    "Summary of the Storage API disruption in eu-west\n\n"
    "Timeline. At 09:04 UTC, an engineer started a scheduled configuration push. The push lowered the "
    "connection limit from 4096 to 512. At 09:17 UTC, automated alerting paged the on-call engineer. "
    "By 09:59 UTC, error rates had returned to normal levels.\n"
)


def test_a_pasted_paragraph_timeline_reads_as_what_happened(qtbot, windows, review, store):
    QGuiApplication.clipboard().setText(POSTMORTEM)
    panel = on_tab(qtbot, windows, review.id, "timeline").timeline
    qtbot.keyClick(panel.table, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    qtbot.keyClick(panel.preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added 3 entries"))
    entries = [(f"{e.at.astimezone(dt.UTC):%H:%M}", e.text, e.detail) for e in store.timeline.entries(review.id)]
    assert entries == [
        ("09:04", "An engineer started a scheduled configuration push.", "The push lowered the connection limit from 4096 to 512."),
        ("09:17", "Automated alerting paged the on-call engineer.", ""),
        ("09:59", "By 09:59 UTC, error rates had returned to normal levels.", ""),
    ]
