"""The parking lot and actions phase: walk the parked items by key, give each a fate, rank about three actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.actions import ABOUT_THREE, Action, too_many
from ...domain.parking import Fate, ParkedItem, next_category, next_waiting
from ..common import accessible
from ..common.locale_dates import DAY_MONTH
from ..common.locale_dates import day as shown_day
from ..common.rows_model import Index, RowsListModel
from ..common.scaled_text import ScaledView, set_size
from ..common.tables import set_up_table
from .parking_model import CATEGORY, FATE, RAISED_BY, TEXT, ParkedItemsModel
from .prompt_card import ROOM_PX, points
from .reason_dialog import ask_reason


class ActionsModel(RowsListModel):
    """The ranked actions; the top three in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def actions(self) -> list[Action]:
        return self.rows

    def set_actions(self, actions: list[Action]) -> None:
        self.set_rows(actions)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action: Action = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = f", by {shown_day(action.due, DAY_MONTH)}" if action.due else ""
            return f"{index.row() + 1}. {action.title} — {action.owner}{due}"
        if role == Qt.ItemDataRole.FontRole and index.row() < ABOUT_THREE:
            return self._bold
        return None




CATEGORY_CHARACTERS = 12
FATE_CHARACTERS = 16
"""The category and fate columns' widths in average characters of the table's type (at most a quarter of it each)."""


class ActionsView(ScaledView):
    """Emits requests; the window turns them into undoable commands and calls show_state() after."""

    actions: ActionsModel  # type: ignore[assignment]  # the actions shown, in the place of QWidget.actions()

    fate_requested = Signal(object, object, str)
    category_requested = Signal(object, object)
    action_requested = Signal(object)
    action_edit_requested = Signal(object)
    action_remove_requested = Signal(object)
    rank_requested = Signal(object, int)
    key_question_action_requested = Signal(str)

    def __init__(self, texts: dict, words: dict, reason: Callable[[QWidget], str | None] = ask_reason, parent=None):
        super().__init__(parent)
        self.words = words
        self.walk = words["walk"]
        self.key_texts = {q["key"]: q["text"] for q in texts["key_questions"]["questions"]}
        self.empty_text = texts["actions"]["empty"]
        self.ask_reason = reason
        self.title = QLabel(self.walk["title"])
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.not_yet = QLabel()
        self.not_yet.setWordWrap(True)
        self.keys = QLabel(self.walk["keys"])
        self.keys.setWordWrap(True)
        self.items = ParkedItemsModel(words, self)
        self.table = QTableView()
        self.table.setModel(self.items)
        set_up_table(self.table, stretch=TEXT, fit_rows=True)
        self.table.hideColumn(RAISED_BY)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.clicked.connect(lambda index: self._go(index.row()))
        self.actions = ActionsModel(self)
        self.action_list = QListView()
        self.action_list.setModel(self.actions)
        self.action_list.setWordWrap(True)
        self.action_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_list.installEventFilter(self)
        self.about_three = QLabel()
        self.about_three.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.current)
        left.addWidget(self.status)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        actions_label = QLabel(self.walk["actions_label"])
        actions_label.setBuddy(self.action_list)
        right.addWidget(actions_label)
        right.addWidget(self.action_list, 1)
        right.addWidget(self.about_three)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.not_yet)
        layout.addLayout(columns, 1)
        layout.addWidget(self.keys)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessible.name(self, "meeting.actions")
        self.focus_ring_target = self.table
        self.row: int | None = None
        self.not_yet_keys: list[str] = []

    def current_item(self) -> ParkedItem | None:
        return None if self.row is None else self.items.item_at(self.row)

    def show_state(self, items: list[ParkedItem], actions: list[Action], not_yet: list[str]) -> None:
        """Items in the order they were parked; keeps the current one, or moves to the first still waiting."""
        current = self.current_item()
        self.items.set_items(items)
        row = self.items.row_of(current.id) if current is not None else None
        self.row = row if row is not None else next_waiting(items, None) if items else None
        if self.row is None and items:
            self.row = 0
        self.actions.set_actions(actions)
        self.not_yet_keys = list(not_yet)
        self._show()

    def _show(self) -> None:
        items = self.items.items()
        item = self.current_item()
        if item is None or self.row is None:
            self.current.setText(self.empty_text)
        else:
            self.current.setText(item.text)
            self.table.selectRow(self.row)
            self._keep_current_in_view()
        waiting = sum(1 for i in items if i.fate is None)
        said = "all_decided" if not waiting else "waiting_one" if waiting == 1 else "waiting"
        self.status.setText(self.walk[said].format(count=waiting))
        actions = self.actions.actions
        self.about_three.setText(self.walk["about_three"].format(count=len(actions)) if too_many(actions) else "")
        self.about_three.setVisible(too_many(actions))
        if self.not_yet_keys:
            self.not_yet.setText(self.walk["not_yet"].format(question=self.key_texts.get(self.not_yet_keys[0], "")))
        self.not_yet.setVisible(bool(self.not_yet_keys))

    def _keep_current_in_view(self) -> None:
        """The parked item under discussion shown whole in the table, once its rows have their heights."""
        if self.row is not None:
            QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if self.row is not None:
            self.table.scrollTo(self.items.index(self.row, TEXT))

    def _go(self, row: int) -> None:
        if 0 <= row < self.items.rowCount():
            self.row = row
            self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Plain keys only: Ctrl+C, Ctrl+F or Ctrl+D mean something else everywhere and must not decide a fate."""
        key = event.key()
        item = self.current_item()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Right) and self.row is not None:
            self._go(self.row + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Left) and self.row is not None:
            self._go(self.row - 1)
        elif key == Qt.Key.Key_N:
            found = next_waiting(self.items.items(), self.row)
            if found is not None:
                self._go(found)
        elif key == Qt.Key.Key_A and item is not None:
            self.action_requested.emit(item)
        elif key == Qt.Key.Key_F and item is not None:
            self.fate_requested.emit(item, Fate.FORUM, "")
        elif key == Qt.Key.Key_D and item is not None:
            reason = self.ask_reason(self)
            if reason:
                self.fate_requested.emit(item, Fate.DROPPED, reason)
        elif key == Qt.Key.Key_C and item is not None:
            self._change_category(item)
        elif key == Qt.Key.Key_K and self.not_yet_keys:
            self.key_question_action_requested.emit(self.not_yet_keys[0])
        else:
            super().keyPressEvent(event)

    def _change_category(self, item: ParkedItem) -> None:
        """The next category that agrees with the item's fate; when only one does, say so instead."""
        category = next_category(item.category, item.fate)
        if category is not item.category:
            self.category_requested.emit(item, category)
            return
        names = self.words["categories"]
        fate = self.words["fates"].get(item.fate.value, item.fate.value) if item.fate else ""
        self.status.setText(self.walk["category_fixed"].format(fate=fate, category=names.get(category.value, category.value)))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.action_list and event.type() == event.Type.KeyPress:
            index = self.action_list.currentIndex()
            action = self.actions.actions[index.row()] if index.isValid() else None
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if action is not None and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.rank_requested.emit(action, -1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if action is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.action_edit_requested.emit(action)
                return True
            if action is not None and event.key() == Qt.Key.Key_Delete:
                self.action_remove_requested.emit(action)
                return True
        return super().eventFilter(watched, event)

    def select_action(self, action_id: int | None) -> None:
        row = next((i for i, a in enumerate(self.actions.actions) if a.id == action_id), None)
        if row is not None:
            self.action_list.setCurrentIndex(self.actions.index(row))


    def _fit(self) -> None:
        unit = self.unit()
        set_size(self.title, unit * 1.1, bold=True)
        set_size(self.current, unit * 1.2, bold=True)
        room = points(ROOM_PX, self) * self.zoom
        for widget in (self.status, self.table, self.action_list):
            set_size(widget, max(room, unit * 0.7))
        chars = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, wanted in ((CATEGORY, CATEGORY_CHARACTERS), (FATE, FATE_CHARACTERS)):
            header.resizeSection(column, min(chars * wanted, self.table.width() // 4))
        self._keep_current_in_view()
        for widget in (self.about_three, self.not_yet):
            set_size(widget, max(room, unit * 0.7), bold=True)
        set_size(self.keys, unit * 0.55)
