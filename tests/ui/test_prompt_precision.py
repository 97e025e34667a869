"""On the shared screen, a rough time reads '~18:02' and an event known only by its day reads 'date only'."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.domain.agenda import Phase
from facilitator.domain.timeline import MomentKind, TimelineEntry, TimePrecision

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
    assert prompts.index(0, 0).data() == "Wed date only"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: card.what.text() == "Saw the errors")
    assert card.when.text() == "Wed 14 Oct, ~19:02 BST · Ada Quist"
    assert [prompts.index(row, 0).data() for row in range(prompts.rowCount())] == ["Wed date only", "Wed ~19:02"]


def test_a_time_typed_over_a_rough_one_makes_it_exact_and_words_keep_it_rough(qtbot, windows, review, store):
    """Typing '19:05' into the Time cell of '~19:02' stores an exact time; editing the words keeps a rough one rough."""
    from facilitator.ui.prep.timeline_model import TEXT, TIME

    store.timeline.add(review.id, [
        TimelineEntry(dt.datetime(2026, 10, 14, 18, 2, tzinfo=dt.UTC), "", "Saw the errors", precision=TimePrecision.APPROXIMATE),
        TimelineEntry(dt.datetime(2026, 10, 14, 18, 9, tzinfo=dt.UTC), "", "Paged Bo", precision=TimePrecision.APPROXIMATE),
    ])
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    panel = window.timeline
    first, second = panel.model.entries()
    assert panel.model.index(0, TIME).data() == "Wed 14 Oct ~19:02"
    _type_into(qtbot, panel, first, TIME, "19:05")
    qtbot.waitUntil(lambda: store.timeline.get(first.id).precision is TimePrecision.EXACT)
    assert store.timeline.get(first.id).at == dt.datetime(2026, 10, 14, 18, 5, tzinfo=dt.UTC)
    _type_into(qtbot, panel, second, TEXT, "Paged Bo and Cyd")
    qtbot.waitUntil(lambda: store.timeline.get(second.id).text == "Paged Bo and Cyd")
    assert store.timeline.get(second.id).precision is TimePrecision.APPROXIMATE


def _type_into(qtbot, panel, entry, column, typed):
    """F2 on the entry's cell, the words typed over what is there, Enter."""
    source = panel.model.index(panel.model.row_of(entry.id), column)
    panel.table.setCurrentIndex(panel.quiet.mapFromSource(panel.filter.mapFromSource(source)))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
