"""The key questions as a checklist for the room: the one on screen large, each marked covered in turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from ...app.meeting import NOT_YET
from ...content import texts
from ...domain.agenda import Phase
from ...domain.key_questions import KeyQuestion, key_questions
from ...domain.notes import Place
from ..common import accessible
from ..common.rows_model import Index, RowsListModel
from ..common.scaled_text import ScaledView, set_size
from .phases import PhaseBase
from .prompt_card import ROOM_PX, points

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from .meeting_view import MeetingView



class KeyQuestionModel(RowsListModel):
    """The key questions, fixed for the meeting; each ticked once covered, with the room's answer beside it."""

    def __init__(self, questions: tuple[KeyQuestion, ...], parent=None):
        super().__init__(parent)
        self.questions = questions
        self.rows = list(questions)
        self.covered: set[str] = set()
        self.answers: dict[str, str] = {}

    def set_state(self, covered: set[str], answers: dict[str, str]) -> None:
        if covered != self.covered or answers != self.answers:
            self.covered = set(covered)
            self.answers = dict(answers)
            self.dataChanged.emit(self.index(0), self.index(len(self.questions) - 1))

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        question: KeyQuestion = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            answer = self.answers.get(question.key)
            return f"{question.text}   [{answer}]" if answer else question.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if question.key in self.covered else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable


class KeyQuestionsView(ScaledView):
    """Up/Down choose the question on screen; Space or Enter marks it covered (or not)."""

    current_changed = Signal(str)
    covered_toggled = Signal(str, bool)
    not_yet_toggled = Signal(str, bool)

    def __init__(self, texts: dict, questions: tuple[KeyQuestion, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.model = KeyQuestionModel(questions, self)
        self.title = QLabel(texts["key_questions"]["title"])
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.progress = QLabel()
        self.hint = QLabel(texts["key_questions"]["hint"])
        self.hint.setWordWrap(True)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.clicked.connect(lambda index: self.show_row(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.current)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessible.name(self, "meeting.key_questions")
        self.focus_ring_target = self.list
        self.row = 0
        self._show()

    def current_key(self) -> str | None:
        return self.model.questions[self.row].key if self.model.questions else None

    def show_state(self, current_key: str | None, covered: set[str], answers: dict[str, str] | None = None) -> None:
        self.model.set_state(covered, answers or {})
        keys = [q.key for q in self.model.questions]
        if current_key in keys:
            self.row = keys.index(current_key)
        self._show()

    def show_row(self, row: int) -> None:
        if 0 <= row < len(self.model.questions) and row != self.row:
            self.row = row
            self._show()
            self.current_changed.emit(self.current_key())

    def toggle_covered(self) -> None:
        key = self.current_key()
        if key is not None:
            self.covered_toggled.emit(key, key not in self.model.covered)

    def _show(self) -> None:
        questions = self.model.questions
        if not questions:
            self.current.clear()
            self.progress.clear()
            return
        self.current.setText(questions[self.row].text)
        done = sum(1 for q in questions if q.key in self.model.covered)
        self.progress.setText(
            texts("meeting")["walk_through"]["progress"].format(number=self.row + 1, count=len(questions), done=done)
        )
        self.list.setCurrentIndex(self.model.index(self.row))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.show_row(self.row + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.show_row(self.row - 1)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle_covered()
        elif key == Qt.Key.Key_N and self.current_key() is not None:
            self.not_yet_toggled.emit(self.current_key(), self.current_key() not in self.model.answers)
        else:
            super().keyPressEvent(event)


    def _fit(self) -> None:
        unit = self.unit()
        set_size(self.title, unit * 1.1, bold=True)
        set_size(self.current, unit * 1.5, bold=True)
        room = points(ROOM_PX, self) * self.zoom
        set_size(self.progress, max(room, unit * 0.8))
        set_size(self.list, max(room, unit * 0.8))
        set_size(self.hint, unit * 0.6)


class KeyQuestionsPhase(PhaseBase):
    """The key questions: the one on screen, covered and "not yet" stored as the room goes; notes go under it."""

    phase = Phase.KEY_QUESTIONS
    texts_key = "key_questions"
    keys = ("key_questions", "not_yet")

    def __init__(self, meeting: MeetingView) -> None:
        super().__init__(meeting)
        self.widget = self.view = view = KeyQuestionsView(meeting.texts, key_questions(meeting.texts))
        view.current_changed.connect(self._shown)
        view.covered_toggled.connect(self._covered)
        view.not_yet_toggled.connect(self._not_yet)

    def load(self) -> None:
        record = self.meeting.shown.record()
        self.view.show_state(record.current_key_question, set(record.covered), record.answers)

    def step(self, step: int) -> bool:
        return self._page(step, lambda: self.view.row)

    def note_places(self) -> list[Place]:
        return [Place(self.phase, key_question=self.view.current_key()), Place(self.phase)]

    def notes_moved(self) -> SignalInstance:
        return self.view.current_changed

    def notes_after(self) -> QWidget:
        return self.view.progress

    def on_screen(self) -> None:
        """Before any is chosen the first key question is on screen: stored as such, notes go under it."""
        key = self.view.current_key()
        meeting = self.meeting
        if key is not None and meeting.shown.record().current_key_question != key:
            self._shown(key)

    def _shown(self, key: str) -> None:
        meeting = self.meeting
        meeting._shown_unless_written(meeting.room.show_key_question(meeting.review_id, key))

    def _covered(self, key: str, covered: bool) -> None:
        meeting = self.meeting
        meeting._shown_unless_written(meeting.room.cover(meeting.review_id, key, covered))

    def _not_yet(self, key: str, _on: bool) -> None:
        """N toggles "not yet"; an answer already covered by an action stays as it is."""
        meeting = self.meeting
        old = meeting.shown.record().answers.get(key, "")
        if old not in ("", NOT_YET):
            return
        new = "" if old == NOT_YET else NOT_YET
        from .queued_edits import AnswerKeyQuestion

        edit = AnswerKeyQuestion(meeting.room, meeting.review_id, key, old, new, meeting._shown_waiting)
        meeting.undo_stack.push(edit)
