"""How the app's tables are set up: whole rows selected, no row numbers; each panel says only what differs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from . import accessible

Edit = QAbstractItemView.EditTrigger
Resize = QHeaderView.ResizeMode

READ_ONLY = Edit.NoEditTriggers
EDIT_ON_F2 = Edit.DoubleClicked | Edit.EditKeyPressed
"""A cell is edited on a double click or F2 (Enter on macOS)."""
EDIT_ON_TYPING = EDIT_ON_F2 | Edit.AnyKeyPressed
"""The same, and typing on a cell starts editing it with that character."""


def set_up_table(
    view: QTableView,
    *,
    stretch: int | None = None,
    columns: QHeaderView.ResizeMode | None = None,
    edit: QAbstractItemView.EditTrigger = READ_ONLY,
    one_row: bool = False,
    wrap: bool = True,
    alternate: bool = False,
    fit_rows: bool = False,
    tab_leaves: bool = False,
    name: str | None = None,
) -> QTableView:
    """Rows selected whole, the row numbers hidden, then what differs: `stretch` the column that takes the
    spare width; `columns` how the others are sized; `edit` what starts editing a cell; `one_row` one row
    selected at a time; `wrap` words wrapped in a cell; `alternate` rows shaded in turn; `fit_rows` each row
    as tall as its content; `tab_leaves` Tab goes on to the next control (arrows move in the table); `name`
    the key of what a screen reader says."""
    if name is not None:
        accessible.name(view, name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if one_row:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(edit)
    view.setWordWrap(wrap)
    view.setAlternatingRowColors(alternate)
    if tab_leaves:
        view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    if fit_rows:
        view.verticalHeader().setSectionResizeMode(Resize.ResizeToContents)
    header = view.horizontalHeader()
    if columns is not None:
        header.setSectionResizeMode(columns)
    if stretch is not None:
        header.setSectionResizeMode(stretch, Resize.Stretch)
    return view
