"""Comments raised outside the meeting: add by hand or import, attach to a moment, keep anonymous when asked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...content import texts
from ...domain.comments import Comment, CommentError, names_a_sender
from ...domain.timeline import TimelineEntry
from ...refusal_words import sentence_for
from ..common.locale_dates import SHORT_DAY, day_and_clock
from ..common.one_line import OneLineDelegate
from ..common.rows_model import Index, RowsModel
from ..common.tables import set_up_table

TEXT, AUTHOR, MOMENT, RECEIVED = range(4)
MOMENT_CHARACTERS = 28
"""The 'About' column's width in average characters: its words wrap under the weekday and time."""
COLUMNS = ("comment", "sender", "about", "received")


class CommentsModel(RowsModel):
    columns = COLUMNS
    header_texts = ("parking", "comment_columns")

    def __init__(self, anonymous_word: str, parent=None):
        super().__init__(parent)
        self.anonymous_word = anonymous_word
        self.moments: dict[object, str] = {}

    @property
    def comments(self) -> list[Comment]:
        return self.rows

    def set_comments(self, comments: list[Comment], moments: dict[object, str]) -> None:
        if moments != self.moments:
            self.moments = dict(moments)
            self.rows = []
        self.set_rows(comments)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        comment = self.rows[index.row()]
        column = index.column()
        if column == TEXT:
            return comment.text
        if column == AUTHOR:
            via = f" ({comment.via})" if comment.via else ""
            return (comment.author or self.anonymous_word) + via
        if column == MOMENT:
            whole = texts("parking")["comment_columns"]["whole_review"]
            return self.moments.get(comment.entry_id, whole) if comment.entry_id else whole
        return comment.received_on.isoformat() if comment.received_on else ""


def moment_label(entry: TimelineEntry, zone: dt.tzinfo) -> str:
    text = entry.text if len(entry.text) <= 60 else entry.text[:59] + "…"
    return f"{day_and_clock(entry.at.astimezone(zone), SHORT_DAY)} {text}"


class CommentsPanel(QWidget):
    """Emits add_requested(comment), remove_requested(comment), import_requested(path)."""

    add_requested = Signal(object)
    remove_requested = Signal(object)
    import_requested = Signal(object)

    def __init__(self, words: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.words = words["comments"]
        self.model = CommentsModel(words["comments"]["anonymous"], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        set_up_table(self.table, stretch=TEXT, fit_rows=True, name="comments.table")
        header = self.table.horizontalHeader()
        header.resizeSection(MOMENT, self.fontMetrics().averageCharWidth() * MOMENT_CHARACTERS)
        self.one_line = OneLineDelegate(self.table)
        for column in (AUTHOR, RECEIVED):
            self.table.setItemDelegateForColumn(column, self.one_line)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.hideColumn(AUTHOR)
        self.show_senders = QCheckBox(words["comments"]["show_senders"])
        self.show_senders.toggled.connect(lambda on: self.table.setColumnHidden(AUTHOR, not on))
        self.text = QPlainTextEdit(placeholderText=words["comments"]["text_hint"])
        self.text.setMaximumHeight(110)
        self.anonymous = QCheckBox(words["comments"]["anonymous_box"])
        self.author = QLineEdit(placeholderText=words["comments"]["sender_hint"])
        self.anonymous.toggled.connect(self._anonymous)
        self.via = QLineEdit(placeholderText=words["comments"]["via_hint"])
        self.moment = QComboBox()
        self.add = QPushButton(words["comments"]["add"])
        self.add.clicked.connect(self._add)
        self.import_button = QPushButton(words["comments"]["import"])
        self.import_button.clicked.connect(self._choose_import)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        for text, widget in ((words["comments"]["comment"], self.text), (words["comments"]["sender"], self.author), ("", self.anonymous),
                             (words["comments"]["via"], self.via), (words["comments"]["about"], self.moment)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        intro = QLabel(words["comments"]["intro"])
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.show_senders)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.moment_ids: list[object] = []
        """The moment each choice of 'About' stands for (None: the whole review), by id (a Later while it waits)."""

    def _anonymous(self, on: bool) -> None:
        """An anonymous comment keeps no sender: the name field empties and waits."""
        self.author.setDisabled(on)
        if on:
            self.author.clear()

    def showEvent(self, event) -> None:
        """Each time the tab comes back, senders are hidden again."""
        self.show_senders.setChecked(False)
        super().showEvent(event)

    def show_state(self, comments: list[Comment], moments: list[TimelineEntry], zone: dt.tzinfo) -> None:
        labels: dict[object, str] = {m.id: moment_label(m, zone) for m in moments}
        self.model.set_comments(comments, labels)
        ids = [None, *labels]
        if ids != self.moment_ids:
            index = self.moment.currentIndex()
            chosen = self.moment_ids[index] if 0 <= index < len(self.moment_ids) else None
            self.moment.clear()
            self.moment.addItems([texts("parking")["comment_columns"]["whole_review"], *labels.values()])
            self.moment_ids = ids
            self.moment.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)

    def _add(self) -> None:
        author = None if self.anonymous.isChecked() or not self.author.text().strip() else self.author.text().strip()
        if author is None and names_a_sender(self.via.text()):
            self.message.setText(self.words["no_address"])
            self.via.setFocus()
            return
        try:
            comment = Comment(
                text=self.text.toPlainText().strip(),
                author=author,
                received_on=dt.date.today(),
                via=self.via.text().strip(),
                entry_id=cast("int | None", self.moment_ids[self.moment.currentIndex()] if self.moment_ids else None),
            )
        except CommentError as e:
            self.message.setText(sentence_for(e))
            return
        self.text.clear()
        self.author.clear()
        self.message.setText(self.words["added"] if comment.author else self.words["added_anonymous"])
        self.add_requested.emit(comment)

    def _choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.words["import_title"], "", self.words["import_filter"])
        if name:
            self.import_requested.emit(Path(name))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == event.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self.table.currentIndex()
            if event.key() == Qt.Key.Key_Delete and index.isValid():
                self.remove_requested.emit(self.model.comments[index.row()])
                return True
        return super().eventFilter(watched, event)
