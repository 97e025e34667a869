"""The parking lot beside the shared screen: park an idea in one keystroke, see the count and the newest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.clock import SYSTEM_CLOCK, Clock
from ...domain.parking import ParkCategory, ParkedItem, ParkingError
from ...refusal_words import sentence_for
from ..common import accessible
from ..common.tables import set_up_table
from .parking_model import CATEGORY, FATE, RAISED_BY, TEXT, ParkedItemsModel

SORTED_CATEGORIES = [c for c in ParkCategory if c is not ParkCategory.UNSORTED]
DEFAULT_CATEGORY = SORTED_CATEGORIES[0]
"""Each idea starts as this; a category chosen for one never carries over to the next."""
LEAVE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
"""In the panel's fields these give the keys back to the meeting (a presenter remote is never stuck here)."""
PARK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PARKED_SAID_MS = 8000
"""How long 'Parked as …' stays under the box: long enough to read, gone before the next idea comes."""


class ParkingPanel(QWidget):
    """Emits park_requested(item) for the window to store (with undo); shows the newest first.

    After parking, and on Esc, PageDown or PageUp in its fields, it emits left(key) and gives the keys back
    to where they were (key: a PageDown or PageUp to pass on there, else None)."""

    park_requested = Signal(object)
    left = Signal(object)

    def __init__(
        self, words: dict, parent: QWidget | None = None, home: Callable[[], QWidget] | None = None, clock: Clock = SYSTEM_CLOCK
    ):
        super().__init__(parent)
        self.clock = clock
        self.words = words
        self.home = home
        self._before: QWidget | None = None
        self.left.connect(self._give_keys_back)
        self.text = QLineEdit(placeholderText=words["panel"]["placeholder"])
        self.text.returnPressed.connect(self.park)
        accessible.name(self.text, "parking.text")
        self.category = QComboBox()
        for category in SORTED_CATEGORIES:
            self.category.addItem(words["categories"][category.value], category)
        self.raised_by = QLineEdit(placeholderText=words["panel"]["raised_by"])
        self.raised_by.returnPressed.connect(self.park)
        accessible.name(self.raised_by, "parking.raised_by")
        accessible.name(self.category, "parking.category")
        self.people = QStringListModel(self)
        completer = QCompleter(self.people, self.raised_by)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.raised_by.setCompleter(completer)
        self.problem = QLabel()
        self.problem.hide()
        self.parked = QLabel()
        self.parked.setObjectName("parkedAs")
        self.parked.setWordWrap(True)
        self.parked.hide()
        self._parked_said = QTimer(self, singleShot=True, interval=PARKED_SAID_MS)
        self._parked_said.timeout.connect(self.parked.hide)
        self.count = QLabel()
        self.model = ParkedItemsModel(words, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        set_up_table(self.table, stretch=TEXT, fit_rows=True, name="parking.table")
        for column in (CATEGORY, RAISED_BY, FATE):
            self.table.hideColumn(column)
        self.table.horizontalHeader().hide()
        self.table.setMinimumWidth(120)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(6)
        self.text.setMinimumWidth(120)
        self.raised_by.setMinimumWidth(60)
        self.count.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.category)
        row.addWidget(self.raised_by, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.parked)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.place: tuple[int | None, str | None] = (None, None)
        for field in (self.text, self.category, self.raised_by):
            field.installEventFilter(self)

    def set_people(self, names: list[str]) -> None:
        if self.people.stringList() != names:
            self.people.setStringList(names)

    def show_items(self, items: list[ParkedItem]) -> None:
        """Newest first; the count says how many are parked and how many still wait for a fate."""
        self.model.set_items(sorted(items, key=lambda i: (i.created_at, i.id or 0), reverse=True))
        waiting = sum(1 for i in items if i.fate is None)
        said = self.words["panel"]
        self.count.setText(said["count"].format(count=len(items), waiting=waiting) if items else said["empty"])

    def focus_input(self) -> None:
        """Ctrl+P: the keys come here, remembering where they were."""
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._before = focused
        self.text.setFocus()
        self.text.selectAll()

    def _give_keys_back(self, passed_on: QKeyEvent | None) -> None:
        """Back where the keys were before Ctrl+P (else home: the tab on show, the prompts in the meeting);
        a PageDown or PageUp that left the panel is acted on there."""
        target, self._before = self._before, None
        if target is None or not isValid(target) or not target.isVisible() or target.window() is not self.window():
            target = self.home() if self.home else None
        if target is None:
            return
        target.setFocus()
        if passed_on is not None:
            QApplication.sendEvent(QApplication.focusWidget() or target, passed_on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter parks from the category box too; Esc, PageDown and PageUp leave the panel (the words stay)."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return super().eventFilter(watched, event)
        if watched is self.category and event.key() in PARK_KEYS:
            self.park()
            return True
        if event.key() in LEAVE_KEYS:
            passed_on = None if event.key() == Qt.Key.Key_Escape else QKeyEvent(event.type(), event.key(), event.modifiers())
            self.left.emit(passed_on)
            return True
        return super().eventFilter(watched, event)

    def park(self) -> None:
        from ..notes.note_choices import matching_name  # the notes' way of naming who spoke, loaded at the first park

        text = " ".join(self.text.text().split())
        if not text:
            return
        entry_id, phase = self.place
        try:
            item = ParkedItem(
                text=text,
                category=ParkCategory(self.category.currentData()),
                created_at=self.clock.now(),
                raised_by=matching_name(self.raised_by.text(), self.people.stringList()),
                entry_id=entry_id,
                phase=phase,
            )
        except ParkingError as e:
            self.problem.setText(sentence_for(e))
            self.problem.show()
            return
        self.problem.hide()
        self.text.clear()
        self.raised_by.clear()
        self.category.setCurrentIndex(SORTED_CATEGORIES.index(DEFAULT_CATEGORY))
        self.park_requested.emit(item)
        names = self.words["categories"]
        said = "parked" if item.category is DEFAULT_CATEGORY else "parked_reset"
        self.parked.setText(self.words["panel"][said].format(category=names[item.category.value], default=names[DEFAULT_CATEGORY.value]))
        self.parked.show()
        self._parked_said.start()
        self.left.emit(None)
