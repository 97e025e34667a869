"""The timeline walk-through on the shared screen: the prompt list beside the current prompt card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...content import texts
from ...domain import prompts
from ...domain.clock import SYSTEM_CLOCK, Clock, Stopwatch
from ...domain.timeline import TimelineEntry
from ..common import accessible
from ..common.tables import Resize, set_up_table
from ..prep.timeline_keys import MARK_KEYS, UNMARK_KEY
from ..prep.timeline_model import ACTOR, MOMENT, ON_SCREEN, TEXT, TimelineModel, minutes_seconds
from .card_column import CardColumn
from .hindsight_shield import HindsightShield
from .prompt_card import PromptCard, question_order
from .prompt_rows import PromptRows
from .time_on_screen import TimeOnScreen

LEAVE_JUMP_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
NOTICE_S = 4.0
"""How long a message such as 'Nothing matches' stays beside the jump box before the time on screen returns."""
ROW_PADDING = 4
"""Pixels around the one line of a prompt-list row; rows have a fixed height, so no row is measured."""
TIME_SAMPLE_ROWS = 50
"""Times all print alike, so the time column is sized from this many rows, not from all 20,000."""


class WalkThrough(QWidget):
    """Steps through prompts by key; records how long each was on screen."""

    prompt_changed = Signal(object)
    time_on_screen = Signal(int, int)
    mark_requested = Signal(object, object)
    question_added = Signal(object, str)

    def __init__(self, model: TimelineModel, clock: Clock = SYSTEM_CLOCK, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.current_id: int | None = None
        self._undiscussed: tuple[list[TimelineEntry], int] | None = None
        self.question_page = 0
        self.screen_time = TimeOnScreen(clock, lambda: self.current_id, self.time_on_screen.emit)
        self._notice = Stopwatch(clock)
        self.filter = PromptRows(self)
        self.filter.setSourceModel(model)

        words = texts("meeting")["walk_through"]
        self.jump = QLineEdit(placeholderText=words["jump_hint"])
        self.jump.setClearButtonEnabled(True)
        self.jump.returnPressed.connect(self.jump_to_typed)
        accessible.name(self.jump, "meeting.jump")
        self.jump.installEventFilter(self)
        self.marked_only = QCheckBox(words["marked_only"])
        self.marked_only.setChecked(True)
        self.marked_only.toggled.connect(self.set_marked_only)
        self.position = QLabel()

        self.list = QTableView()
        self.list.setModel(self.filter)
        for column in (ACTOR, MOMENT, ON_SCREEN):
            self.list.hideColumn(column)
        set_up_table(self.list, stretch=TEXT, columns=Resize.ResizeToContents, one_row=True, wrap=False)
        self.list.verticalHeader().setSectionResizeMode(Resize.Fixed)
        self.list.horizontalHeader().setResizeContentsPrecision(TIME_SAMPLE_ROWS)
        self.list.clicked.connect(lambda index: self.show_entry_id(self._entry_id(index.row())))
        self.card = PromptCard(model.library)
        self.ask = QLineEdit(placeholderText=words["ask_hint"])
        self.ask.returnPressed.connect(self._add_question)
        accessible.name(self.ask, "meeting.ask")
        card_side = self.card_side = CardColumn(self.card)
        card_side.box.addWidget(self.ask)
        self.ask.installEventFilter(self)
        self.ask.hide()
        self.card_layout = card_side.box

        top = QHBoxLayout()
        top.addWidget(self.jump, 1)
        top.addWidget(self.marked_only)
        top.addWidget(self.position)
        self.shield = HindsightShield(self)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.shield.label)
        split = self.split = QSplitter()
        split.addWidget(list_side)
        split.addWidget(card_side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 900])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setFocusProxy(self)
        accessible.name(self, "meeting.panel")
        self.focus_ring_target = self.list

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_position)
        self._tick.start()

    def _entry_id(self, proxy_row: int) -> int:
        entry_id = self.model.entry_at(self.filter.mapToSource(self.filter.index(proxy_row, 0)).row()).id
        assert entry_id is not None  # the walk-through shows stored entries only
        return entry_id

    def entries(self) -> list[TimelineEntry]:
        return self.model.entries()

    def current_row(self) -> int | None:
        return self.model.row_of(self.current_id)

    def current_entry(self) -> TimelineEntry | None:
        row = self.current_row()
        return None if row is None else self.model.entry_at(row)

    def refresh(self, current_id: int | None) -> None:
        """Redraw after the timeline changed, keeping (or restoring) the prompt on screen."""
        wanted = current_id if self.model.row_of(current_id) is not None else None
        if wanted is None:
            first = prompts.first_prompt(self.entries(), self.filter.marked_only)
            wanted = None if first is None else self.model.entry_at(first).id
        self._show(wanted, announce=wanted != current_id)

    def show_entry_id(self, entry_id: int | None) -> None:
        if entry_id != self.current_id:
            self._show(entry_id, announce=True)

    def _show(self, entry_id: int | None, announce: bool) -> None:
        self._notice.stop()
        if entry_id != self.current_id:
            self.screen_time.flush()
            self.current_id = entry_id
            self.question_page = 0
            self.screen_time.start_anew(self.isVisible())
        entry = self.current_entry()
        self.card.show_entry(entry, self.model.zone, self._moment_position(), self.question_page)
        self.shield.follow()
        self._select_in_list()
        self._show_position()
        if announce:
            self.prompt_changed.emit(entry_id)

    def _select_in_list(self) -> None:
        row = self.current_row()
        if row is None:
            self.list.clearSelection()
            return
        index = self.filter.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.list.selectRow(index.row())
            self.list.scrollTo(index)
        else:
            self.list.clearSelection()

    def _moment_position(self) -> str:
        number, marked = self.filter.moment_number(self.current_row())
        words = texts("meeting")["walk_through"]
        if number is not None:
            return words["moment"].format(number=number, count=marked)
        if marked == 1:
            return words["marked_one"]
        return words["marked"].format(count=marked) if marked else ""

    def undiscussed(self) -> int:
        """How many marked moments have not been on screen yet (worked out once per change to the timeline)."""
        entries = self.entries()
        if self._undiscussed is None or self._undiscussed[0] is not entries:
            self._undiscussed = (entries, prompts.undiscussed_moments(entries))
        return self._undiscussed[1]

    def on_screen_seconds(self) -> int | None:
        """How long the current prompt has been on screen, over all its visits."""
        entry = self.current_entry()
        if entry is None:
            return None
        return entry.seconds_on_screen + self.screen_time.uncounted()

    def _show_position(self) -> None:
        if self._notice.running and self._notice.seconds() <= NOTICE_S:
            return
        seconds = self.on_screen_seconds()
        if seconds is None:
            self.position.clear()
            return
        self.position.setText(texts("meeting")["walk_through"]["on_screen"].format(time=minutes_seconds(seconds)))

    def step(self, finder) -> None:
        """Move by one of the domain's prompt finders, staying put at either end."""
        found = finder(self.entries(), self.current_row(), self.filter.marked_only)
        if found is not None:
            self.show_entry_id(self.model.entry_at(found).id)

    def next(self) -> None:
        self.step(prompts.next_prompt)

    def previous(self) -> None:
        self.step(prompts.previous_prompt)

    def first(self) -> None:
        self.step(lambda entries, _row, marked: prompts.first_prompt(entries, marked))

    def last(self) -> None:
        self.step(lambda entries, _row, marked: prompts.last_prompt(entries, marked))

    def set_marked_only(self, on: bool) -> None:
        self.filter.set_marked_only(on)
        self.marked_only.setChecked(on)
        self.shield.follow()
        self._select_in_list()

    def focus_jump(self) -> None:
        self.jump.setFocus()
        self.jump.selectAll()

    def jump_to_typed(self) -> None:
        found = prompts.find_prompt(self.entries(), self.jump.text(), self.model.zone, self.current_row())
        if found is None:
            self.position.setText(texts("meeting")["walk_through"]["no_match"].format(words=self.jump.text()))
            self._notice.start()
            return
        entry = self.model.entry_at(found)
        if not entry.marked and self.filter.marked_only:
            self.set_marked_only(False)
        self.show_entry_id(entry.id)
        self.setFocus()

    def set_list_zoom(self, factor: float) -> None:
        """Scale the prompt list and the fields above it for a large screen."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        for widget in (self.list, self.jump, self.marked_only, self.position, self.ask, self.shield.label):
            widget.setFont(font)
        self.list.verticalHeader().setDefaultSectionSize(QFontMetrics(font).height() + ROW_PADDING)

    def pause_clock(self) -> None:
        self.screen_time.pause()

    def set_clock_held(self, held: bool) -> None:
        self.screen_time.hold(held, self.isVisible())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.screen_time.resume()

    def hideEvent(self, event) -> None:
        self.screen_time.pause()
        super().hideEvent(event)

    def more_questions(self) -> None:
        """The next page of questions for the moment on screen."""
        self.question_page += 1
        self._show(self.current_id, announce=False)

    def add_under_card(self, notes) -> None:
        """The notes the room may see, between the prompt card and the question box; they take the space the
        card's words leave."""
        notes.managed = True
        self.card_side.add_notes(notes)
        notes.needs_room.connect(self.card_side.fit)

    def add_under_ask(self, widget: QWidget) -> None:
        self.card_layout.addWidget(widget)

    def focus_ask(self) -> None:
        """Ctrl+K: the question box, out of the room's way until then."""
        self._show_ask(True)
        self.ask.setFocus()

    def _show_ask(self, shown: bool) -> None:
        if self.ask.isHidden() == shown:
            self.ask.setVisible(shown)
            self.card_side.fit()

    def _add_question(self) -> None:
        text = " ".join(self.ask.text().split())
        entry = self.current_entry()
        if entry is None or not text:
            return
        self.ask.clear()
        self._show_ask(False)
        self.question_page = self._page_of(entry, text)
        self.question_added.emit(entry, text)
        self.setFocus()

    def _page_of(self, entry: TimelineEntry, asked: str) -> int:
        """The page of questions the one just asked will be on, so the room sees it the moment it is asked."""
        own = entry.questions if asked in entry.questions else (*entry.questions, asked)
        ordered = question_order(self.card.library.questions(entry.moment), own)
        return ordered.index(asked) // self.card.per_page

    def eventFilter(self, watched, event) -> bool:
        """In the jump box, Esc, PageDown and PageUp (a presenter remote's keys) give the keys back to the prompts;
        the question box, left empty or with Esc, goes out of the room's sight."""
        if watched is self.ask and event.type() == QEvent.Type.FocusOut and not self.ask.text().strip():
            self._show_ask(False)
        elif watched is self.ask and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.ask.clear()
            self.setFocus()
            return True
        if watched is self.jump and event.type() == QEvent.Type.KeyPress and event.key() in LEAVE_JUMP_KEYS:
            self.jump.clear()
            self._notice.stop()
            self._show_position()
            self.setFocus()
            if event.key() != Qt.Key.Key_Escape:
                self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        moves = {
            Qt.Key.Key_PageDown: self.next,
            Qt.Key.Key_Right: self.next,
            Qt.Key.Key_Down: self.next,
            Qt.Key.Key_Space: self.next,
            Qt.Key.Key_PageUp: self.previous,
            Qt.Key.Key_Left: self.previous,
            Qt.Key.Key_Up: self.previous,
            Qt.Key.Key_Home: self.first,
            Qt.Key.Key_End: self.last,
        }
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        move = moves.get(Qt.Key(event.key()))
        if move is not None and plain:
            move()
            return
        if plain and event.key() == Qt.Key.Key_Q:
            self.more_questions()
            return
        if plain and (event.key() in MARK_KEYS or event.key() == UNMARK_KEY) and self.current_entry() is not None:
            self.mark_requested.emit(self.current_entry(), MARK_KEYS.get(event.key()))
            return
        super().keyPressEvent(event)

