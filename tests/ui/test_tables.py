"""The tables of the windows, set up in one place: whole rows, no row numbers, and each panel's own differences."""

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from shown import on_tab

from facilitator.ui.common.tables import EDIT_ON_F2, EDIT_ON_TYPING, READ_ONLY, set_up_table
from facilitator.ui.notes.notes_model import NOTE
from facilitator.ui.prep.people_model import NAME
from facilitator.ui.prep.timeline_model import TEXT

Mode = QAbstractItemView.SelectionMode
Resize = QHeaderView.ResizeMode


def _set_up(**differences) -> QTableView:
    view = QTableView()
    view.setModel(QStringListModel(["Paged", "Rolled back"]))
    return set_up_table(view, **differences)


def test_a_table_selects_whole_rows_hides_row_numbers_and_is_read_only_unless_told(qapp):
    view = _set_up()
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == Mode.ExtendedSelection
    assert view.editTriggers() == READ_ONLY
    assert view.verticalHeader().isHidden()
    assert view.wordWrap() and not view.alternatingRowColors() and view.tabKeyNavigation()


def test_each_difference_is_said_once_at_the_call(qapp):
    view = _set_up(
        stretch=0, columns=Resize.Interactive, edit=EDIT_ON_F2, one_row=True, wrap=False, alternate=True, fit_rows=True, tab_leaves=True, name="library.table"
    )
    assert view.selectionMode() == Mode.SingleSelection
    assert view.editTriggers() == EDIT_ON_F2
    assert not view.wordWrap() and view.alternatingRowColors() and not view.tabKeyNavigation()
    assert view.horizontalHeader().sectionResizeMode(0) == Resize.Stretch
    assert view.verticalHeader().sectionResizeMode(0) == Resize.ResizeToContents
    assert view.accessibleName()


def test_the_library_table_picks_one_review_at_a_time_and_is_not_edited_in_place(qtbot, windows, review):
    table = windows.show_library().table
    assert table.selectionMode() == Mode.SingleSelection and table.editTriggers() == READ_ONLY
    assert table.alternatingRowColors() and table.verticalHeader().isHidden()
    header = table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(4)] == [Resize.ResizeToContents, Resize.Stretch, Resize.ResizeToContents, Resize.ResizeToContents]


def test_people_and_timeline_are_edited_by_typing_on_a_cell_and_notes_by_f2(qtbot, windows, review, timeline):
    window = on_tab(qtbot, windows, review.id, "timeline")
    people, entries = window.setup.people.table, window.timeline.table
    for table, stretched in ((people, NAME), (entries, TEXT)):
        assert table.editTriggers() == EDIT_ON_TYPING and table.selectionMode() == Mode.SingleSelection
        assert not table.wordWrap() and table.alternatingRowColors()
        assert table.horizontalHeader().sectionResizeMode(stretched) == Resize.Stretch
    assert entries.horizontalHeader().sectionResizeMode(0) == Resize.Interactive
    notes = windows.open_notes(review.id).table
    assert notes.editTriggers() == EDIT_ON_F2 and not notes.tabKeyNavigation() and notes.wordWrap()
    assert notes.horizontalHeader().sectionResizeMode(NOTE) == Resize.Stretch
