"""On the shared screen, a rough time reads '~18:02' and an event known only by its day reads 'date only'."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import Phase
from facilitator.domain.timeline import MomentKind, TimelineEntry, TimePrecision
from shown import shown

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_prompt_card_and_list_show_how_closely_each_time_is_known(qtbot, windows, review, store):
    """The card says '~19:02 BST' for a rough time and 'date only' for a day's event; the prompt list does too."""
    store.timeline.add(review.id, [
        TimelineEntry(dt.datetime(2026, 10, 13, 23, tzinfo=dt.UTC), "", "Renewal reminder ignored",
                      moment=MomentKind.OBSERVATION, precision=TimePrecision.DATE_ONLY),
        TimelineEntry(dt.datetime(2026, 10, 14, 18, 2, tzinfo=dt.UTC), "Ada Quist", "Saw the errors",
                      moment=MomentKind.DETECTION, precision=TimePrecision.APPROXIMATE),
    ])
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    view.go_to_phase(Phase.TIMELINE)
    card, prompts = view.panel.card, view.panel.list.model()
    qtbot.waitUntil(lambda: card.what.text() == "Renewal reminder ignored")
    assert card.when.text() == "Wed 14 Oct, date only"
    assert [prompts.index(row, 0).data() for row in range(prompts.rowCount())] == ["Wed date only", "Wed ~19:02"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: card.what.text() == "Saw the errors")
    assert card.when.text() == "Wed 14 Oct, ~19:02 BST · Ada Quist"
