"""The incident's details: typed once, saved as you go, refused with a reason and never lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...content import texts
from ...date_range_words import out_of_range
from ...domain.plausible_dates import DateKind, DateOutOfRange, checked_date
from ...domain.review import Review, ReviewError, timezone_names
from ...refusal_words import sentence_for
from ..common import accessible, theme

SAVE_DELAY_MS = 300
SLOT_TYPED_MAX = 999
"""The slot box takes any number up to this, so one outside 30–240 is refused with the reason, not changed."""
ROW_SPACING = 4
"""Between the form's rows: the twelve of them and the guidance below fit a 720p screen."""
PARAGRAPH_LINES = 3
"""The summary and impact boxes show this many lines on a 720p screen; more scroll inside them."""
PARAGRAPH_LINES_TALL = 10
"""... and this many on a taller one, where the people table leaves room."""


class ParagraphEdit(QPlainTextEdit):
    """A few lines of typed text, left with Tab like a one-line field; says when focus leaves it."""

    editing_finished = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.show_lines(PARAGRAPH_LINES)

    def show_lines(self, count: int) -> None:
        """As tall as this many lines of text; more scroll inside."""
        frame = 2 * self.frameWidth() + round(self.document().documentMargin())
        self.setFixedHeight(count * self.fontMetrics().lineSpacing() + frame)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt-key mnemonic moves to a field that sits inside a row layout."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


ZONE_CHARACTERS = 16
"""The time-zone box is as wide as a usual zone name, not the longest of 600, so the people table keeps its room."""

def _time_of_day(text: str) -> dt.time:
    """'14:00', '9:30' or '14.00' as a time of day; ValueError for anything else."""
    hours, sep, minutes = text.replace(".", ":").partition(":")
    if not sep or not hours.isdigit() or len(minutes) != 2 or not minutes.isdigit():
        raise ValueError(text)
    return dt.time(int(hours), int(minutes))


class IncidentForm(QWidget):
    """Emits details_changed({field: value}) with the typed details that changed and are valid; one that is
    not is refused with its reason (its text kept), and never holds back the others."""

    details_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self._review: Review | None = None
        self._today = today
        """Today by the review's clock: an incident date can be at most a year after it."""
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.commit)
        words = texts("setup")["form"]

        self.incident_ref = QLineEdit(placeholderText=words["ref_hint"])
        self.title = QLineEdit(placeholderText=words["title_hint"])
        self.incident_date = QLineEdit(placeholderText=words["date_hint"])
        self.severity = QLineEdit(placeholderText=words["severity_hint"])
        self.major = QCheckBox(words["major"])
        self.client = QLineEdit(placeholderText=words["client_hint"])
        self.folder = QLineEdit(placeholderText=words["folder_hint"])
        self.choose_folder = QPushButton(words["choose"])
        self.choose_folder.clicked.connect(self._pick_folder)
        self.recording = QLineEdit(placeholderText=words["recording_hint"])
        self.summary = ParagraphEdit(words["summary_hint"])
        self.impact = ParagraphEdit(words["impact_hint"])
        self.meeting_date = QLineEdit(placeholderText=words["date_hint"])
        self.meeting_time = QLineEdit(placeholderText=words["time_hint"])
        self.meeting_place = QLineEdit(placeholderText=words["place_hint"])
        self.meeting_link = QLineEdit(placeholderText=words["link_hint"])
        for widget, name in ((self.summary, "summary"), (self.impact, "impact"), (self.meeting_time, "meeting_time")):
            accessible.name(widget, f"setup.{name}")
        self.slot = QSpinBox(minimum=1, maximum=SLOT_TYPED_MAX, singleStep=15, suffix=words["minutes_suffix"])
        self.timezone = QComboBox(editable=True)
        self.timezone.addItems(list(timezone_names()))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timezone.setMinimumContentsLength(ZONE_CHARACTERS)
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        severity_row = QHBoxLayout()
        severity_row.addWidget(self.severity, 1)
        severity_row.addWidget(self.major)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_date, 1)
        meeting_row.addWidget(QLabel(words["at"]))
        meeting_row.addWidget(self.meeting_time, 1)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(ROW_SPACING)
        for row in (folder_row, severity_row, meeting_row):
            row.setSpacing(form.horizontalSpacing())
        form.addRow(words["ref"], self.incident_ref)
        form.addRow(words["title"], self.title)
        form.addRow(words["date"], self.incident_date)
        form.addRow(_label(words["severity"], self.severity), severity_row)
        form.addRow(words["client"], self.client)
        form.addRow(_label(words["folder"], self.folder), folder_row)
        form.addRow(words["recording"], self.recording)
        form.addRow(words["slot"], self.slot)
        form.addRow(words["zone"], self.timezone)
        form.addRow(_label(words["meeting"], self.meeting_date), meeting_row)
        form.addRow(words["place"], self.meeting_place)
        form.addRow(words["link"], self.meeting_link)
        form.addRow(self.problem)

        self.what_happened = QWidget()
        """The summary and impact side by side, for the set-up to place where there is room."""
        columns = QHBoxLayout(self.what_happened)
        columns.setContentsMargins(0, 0, 0, 0)
        for title, box in ((words["summary"], self.summary), (words["impact"], self.impact)):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(box)
            columns.addWidget(group, 1)

        lines = (
            self.incident_ref, self.title, self.incident_date, self.severity, self.client, self.folder, self.recording,
            self.meeting_date, self.meeting_time, self.meeting_place, self.meeting_link,
        )
        for line in lines:
            line.textEdited.connect(self._save_soon)
            line.editingFinished.connect(self.commit)
        for box in (self.summary, self.impact):
            box.textChanged.connect(self._save_soon)
            box.editing_finished.connect(self.commit)
        self.zone_line = self.timezone.lineEdit()
        """The zone box's own line, typed into (an editable box always has one)."""
        assert self.zone_line is not None
        self.zone_line.textEdited.connect(self._save_soon)
        self.zone_line.editingFinished.connect(self.commit)
        self.timezone.activated.connect(self.commit)
        self.slot.valueChanged.connect(self._save_soon)
        self.major.toggled.connect(self.commit)

    def set_review(self, review: Review) -> None:
        """Show the stored review, leaving alone the field the user is in (another window may have saved)."""
        self._review = review
        values = {
            self.incident_ref: review.incident_ref,
            self.title: review.title,
            self.incident_date: review.incident_date.isoformat(),
            self.severity: review.severity,
            self.client: review.client,
            self.folder: review.folder,
            self.recording: review.recording,
            self.meeting_date: review.meeting_date.isoformat() if review.meeting_date else "",
            self.meeting_time: f"{review.meeting_time:%H:%M}" if review.meeting_time else "",
            self.meeting_place: review.meeting_place,
            self.meeting_link: review.meeting_link,
        }
        for line, text in values.items():
            if line.text() != text and not line.hasFocus():
                line.setText(text)
                line.setCursorPosition(0)
        for box, text in ((self.summary, review.summary), (self.impact, review.impact)):
            if box.toPlainText() != text and not box.hasFocus():
                box.blockSignals(True)
                box.setPlainText(text)
                box.blockSignals(False)
        if not self.slot.hasFocus():
            self.slot.blockSignals(True)
            self.slot.setValue(review.slot_minutes)
            self.slot.blockSignals(False)
        if not self.major.hasFocus():
            self.major.blockSignals(True)
            self.major.setChecked(review.major)
            self.major.blockSignals(False)
        zone_line = self.timezone.lineEdit()
        if zone_line is not None and not zone_line.hasFocus():
            self.timezone.setCurrentText(review.timezone)
            zone_line.setCursorPosition(0)

    def _save_soon(self, *_args) -> None:
        self._save_timer.start()

    def typed(self) -> tuple[dict[str, object], list[str]]:
        """Every detail as typed, and what cannot be read at all (a date that is no date)."""
        details: dict[str, object] = {
            "incident_ref": self.incident_ref.text(),
            "title": self.title.text(),
            "severity": self.severity.text(),
            "major": self.major.isChecked(),
            "client": self.client.text(),
            "folder": self.folder.text(),
            "recording": self.recording.text(),
            "slot_minutes": self.slot.value(),
            "timezone": self.timezone.currentText().strip(),
            "summary": self.summary.toPlainText(),
            "impact": self.impact.toPlainText(),
            "meeting_place": self.meeting_place.text(),
            "meeting_link": self.meeting_link.text(),
        }
        problems = []
        words = texts("setup")["form"]
        date_text = self.incident_date.text().strip()
        try:
            details["incident_date"] = checked_date(DateKind.INCIDENT, dt.date.fromisoformat(date_text), self._today())
        except DateOutOfRange as e:
            problems.append(out_of_range(e))
        except ValueError:
            problems.append(words["not_a_date"].format(text=date_text))
        meeting_date = self.meeting_date.text().strip()
        try:
            details["meeting_date"] = dt.date.fromisoformat(meeting_date) if meeting_date else None
        except ValueError:
            problems.append(words["not_a_meeting_date"].format(text=meeting_date))
        meeting_time = self.meeting_time.text().strip()
        try:
            details["meeting_time"] = _time_of_day(meeting_time) if meeting_time else None
        except ValueError:
            problems.append(words["not_a_time"].format(text=meeting_time))
        return details, problems

    def commit(self) -> None:
        """Save each changed detail that is valid; say why for any that is not, keeping its text."""
        self._save_timer.stop()
        if self._review is None:
            return
        details, problems = self.typed()
        accepted: dict[str, object] = {}
        for name, value in details.items():
            if getattr(self._review, name) == value:
                continue
            try:
                checked = self._review.with_changes(**accepted, **{name: value})
            except ReviewError as e:
                problems.append(sentence_for(e))
                continue
            if getattr(checked, name) != getattr(self._review, name):
                accepted[name] = getattr(checked, name)
        self.show_problem(" ".join(problems))
        if accepted:
            self._review = self._review.with_changes(**accepted)
            self.details_changed.emit(accepted)

    def finish(self) -> None:
        """Save what is typed and stop listening: the window is closing."""
        self.commit()
        for child in (*self.findChildren(QWidget), *self.what_happened.findChildren(QWidget)):
            child.blockSignals(True)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setStyleSheet(f"color: {theme.warning_colour().name()}; font-weight: bold;")
        self.problem.setVisible(bool(message))

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, texts("setup")["form"]["folder_dialog"], self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.commit()
