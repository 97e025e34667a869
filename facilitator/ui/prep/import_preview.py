"""The preview of an import: what a file gives and what it leaves out, before anything is stored.

The user can set the day and zone of the times the file gives without them (the file is read again,
off the GUI thread), answer which zone an ambiguous abbreviation means, then import (Enter) or cancel (Esc).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import zoneinfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...app.timeline_import import Reader
from ...content import texts
from ...importers import AmbiguousZone, ImportContext
from ...importers.times import zone_named
from ..common.locale_dates import user_locale
from ..common.tables import set_up_table
from .import_job import TimelineParse
from .import_preview_model import WHAT, WHY, PreviewEntriesModel, SkippedModel


@functools.cache
def zone_names() -> list[str]:
    """Every IANA zone name this machine knows, sorted, for the zone box."""
    return sorted(zoneinfo.available_timezones())


class ImportPreview(QDialog):
    """Reads with a context, shows the result, and is accepted with the entries to store in `parsed`."""

    def __init__(self, read: Reader, heading: str, context: ImportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.words = texts("importing")["preview"]
        columns = texts("importing")["columns"]
        self.read = read
        self.context = context
        self.parsed = None
        """The last reading that can be imported: formats.Parsed (entries, skipped), else None."""
        self.problem = ""
        self.question: AmbiguousZone | None = None
        self.answers: dict[str, str] = dict(context.zone_answers)
        self._job: TimelineParse | None = None
        self._jobs: set[TimelineParse] = set()
        """Every reading not yet reported back, the overtaken ones too: each is deleted on this thread once it has."""
        self.setWindowTitle(self.words["title"])

        self.heading = QLabel(heading)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.counts = QLabel(self.words["reading"])

        self.day = QDateEdit(QDate(context.incident_date.year, context.incident_date.month, context.incident_date.day))
        self.day.setCalendarPopup(True)
        self.day.setLocale(user_locale())  # day and month names in the texts' language, as the table's
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.words["placing"])
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(zone_names())
        self.zone.setCurrentText(context.timezone)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.zone.completer()
        if completer is not None:  # an editable combo box always has one
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setAccessibleName(self.words["placing_zone"])
        self.zone.setMinimumContentsLength(22)
        typed = self.zone.lineEdit()
        if typed is not None:
            typed.setAccessibleName(self.words["placing_zone"])
        for inner in self.day.findChildren(QLineEdit):
            inner.setAccessibleName(self.words["placing"])
        placing = QHBoxLayout()
        placing.addWidget(QLabel(self.words["placing"]))
        placing.addWidget(self.day)
        placing.addWidget(QLabel(self.words["placing_zone"]))
        placing.addWidget(self.zone)
        placing.addStretch(1)
        hint = QLabel(self.words["placing_hint"])
        hint.setWordWrap(True)

        self.asking = QLabel()
        self.candidates = QComboBox()
        self.candidates.setAccessibleName(self.words["ambiguous"].format(abbreviation=""))
        self.answer = QPushButton(self.words["answer"])
        self.answer.clicked.connect(self._answered)
        self.question_row = QWidget()
        question = QHBoxLayout(self.question_row)
        question.setContentsMargins(0, 0, 0, 0)
        question.addWidget(self.asking)
        question.addWidget(self.candidates)
        question.addWidget(self.answer)
        question.addStretch(1)
        font = self.asking.font()
        font.setBold(True)
        self.asking.setFont(font)
        self.question_row.hide()

        self.entries_model = PreviewEntriesModel(columns, self)
        with contextlib.suppress(ValueError):  # a zone this machine does not know: the reading says so
            self.entries_model.show([], zone_named(context.timezone), context.timezone)
        self.entries_view = _table(self.entries_model, WHAT)
        self.entries_view.setAccessibleName(self.words["entries_heading"])
        self.skipped_model = SkippedModel(columns, self)
        self.skipped_view = _table(self.skipped_model, WHY)
        self.skipped_heading = QLabel()
        self.skipped_view.setAccessibleName(self.words["skipped_heading"].format(count=0))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(_titled(QLabel(self.words["entries_heading"]), self.entries_view))
        split.addWidget(_titled(self.skipped_heading, self.skipped_view))
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([360, 200])
        split.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.import_button = QPushButton(self.words["import_nothing"])
        self.import_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.words["cancel"])
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.words["keys"]), 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.question_row)
        layout.addLayout(placing)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(1000, 640)
        order = (self.day, self.zone, self.candidates, self.answer, self.entries_view, self.skipped_view,
                 self.import_button, self.cancel_button)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

        self.day.dateChanged.connect(lambda *_: self.read_again())
        self.zone.currentTextChanged.connect(self._zone_typed)
        self.entries_view.resizeColumnToContents(0)
        self.entries_view.setFocus()
        self.read_again()

    def placing_context(self) -> ImportContext:
        """The context the file is read with now: the day and zone chosen, and the zones answered."""
        day = self.day.date()
        return ImportContext(
            incident_date=dt.date(day.year(), day.month(), day.day()),
            timezone=self.zone.currentText().strip(),
            zone_answers=tuple(self.answers.items()),
        )

    def read_again(self) -> None:
        """Read the input again with the context chosen; a reading still running is overtaken and ignored."""
        self.parsed = None
        self._set_ready(False)
        self.counts.setText(self.words["reading"])
        self._job = TimelineParse(self.read, self.placing_context())
        self._jobs.add(self._job)
        self._job.parsed.connect(self._show)
        self._job.ambiguous.connect(self._ask)
        self._job.failed.connect(self._failed)
        self._job.start()

    def reading(self) -> bool:
        """Whether a reading is still under way."""
        return self._job is not None

    def _latest(self) -> bool:
        """Whether the result arriving is the latest reading's (an overtaken one is ignored); it ends the reading."""
        job = self.sender()
        if job in self._jobs:
            self._jobs.discard(job)
            job.deleteLater()
        if job is not self._job:
            return False
        self._job = None
        return True

    def _zone_typed(self, name: str) -> None:
        try:
            zone_named(name.strip())
        except ValueError:
            return  # half typed: read again once it names a zone
        self.read_again()

    def _show(self, parsed) -> None:
        if not self._latest():
            return
        self.question, self.problem = None, ""
        self.question_row.hide()
        self.message.hide()
        zone = zone_named(self.placing_context().timezone)
        placing = self.placing_context()
        self.entries_model.show(parsed.entries, zone, placing.timezone, placing.incident_date.year)
        self.skipped_model.show(parsed.skipped)
        self.entries_view.resizeColumnToContents(0)
        self.skipped_view.resizeColumnToContents(0)
        count = len(parsed.entries)
        self.parsed = parsed if count else None
        self._counted(count, len(parsed.skipped))
        label = self.words["import"].format(count=self._entries(count)) if count else self.words["import_nothing"]
        self.import_button.setText(label)
        self._set_ready(bool(count))

    def _ask(self, question: AmbiguousZone) -> None:
        if not self._latest():
            return
        self.question = question
        self.asking.setText(self.words["ambiguous"].format(abbreviation=question.abbreviation))
        self.candidates.clear()
        self.candidates.addItems(list(question.candidates))
        self.candidates.setAccessibleName(self.asking.text())
        self.question_row.show()
        self._clear()
        self.counts.setText(str(question))
        self.answer.setDefault(True)
        self.candidates.setFocus()

    def _answered(self) -> None:
        if self.question is not None and self.candidates.currentText():
            self.answers[self.question.abbreviation] = self.candidates.currentText()
            self.question_row.hide()
            self.entries_view.setFocus()
            self.read_again()

    def _failed(self, problem: str) -> None:
        if not self._latest():
            return
        self.problem = problem
        self.question_row.hide()
        self._clear()
        self.counts.setText("")
        self.message.setText(self.words["problem"].format(problem=problem))
        self.message.show()

    def _clear(self) -> None:
        self.parsed = None
        self.entries_model.show([], self.entries_model.zone, self.entries_model.zone_name)
        self.skipped_model.show([])
        self.entries_view.resizeColumnToContents(0)
        self._counted(0, 0)
        self.import_button.setText(self.words["import_nothing"])
        self._set_ready(False)

    def _counted(self, entries: int, skipped: int) -> None:
        left_out = str(skipped) if skipped else self.words["skipped_none"]
        self.counts.setText(self.words["counts"].format(entries=self._entries(entries), skipped=left_out))
        self.skipped_heading.setText(self.words["skipped_heading"].format(count=skipped))
        self.skipped_view.setAccessibleName(self.skipped_heading.text())

    def _entries(self, count: int) -> str:
        return self.words["entry"] if count == 1 else self.words["entries"].format(count=f"{count:,}")

    def _set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.answer.setDefault(not ready and self.question is not None)

    def accept(self) -> None:
        if self.parsed is not None:
            super().accept()


def _table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    # read only: Tab goes on to the next control, arrows move in the table
    return set_up_table(view, stretch=stretch, wrap=False, alternate=True, tab_leaves=True)


def _titled(title: QLabel, view: QTableView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(view, 1)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    title.setBuddy(view)
    return box
