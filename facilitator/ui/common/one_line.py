"""Table cells that stay on one line in a view that wraps its long text."""

from __future__ import annotations

from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText


class OneLineDelegate(QStyledItemDelegate):
    """A short cell (a time, a name, a tag) measured and drawn on one line.

    In a word-wrapping view Qt measures a cell within its column's current width, so a column sized to
    its contents never grows past its header and a name wraps a letter or two a line; without the wrap
    the column takes the width of its longest line."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.features &= ~WRAP
