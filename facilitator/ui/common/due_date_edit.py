"""A due date typed as YYYY-MM-DD, empty until one is chosen: no default date is ever kept silently."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...content import texts
from ...date_range_words import out_of_range
from ...domain.plausible_dates import DateKind, DateOutOfRange, checked_date
from .locale_dates import LONG_DAY, user_locale
from .locale_dates import day as shown_day

SUGGESTED_DAYS = 14
"""Up in an empty field starts from this many days ahead."""
STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 7, Qt.Key.Key_PageDown: -7}


class DueDateError(ValueError):
    """A due date that is not a date, or one no one can mean (the year 9999), said in one sentence."""


class DueDateOutOfRange(DueDateError):
    """A due date before the incident or more than ten years ahead."""

    def __init__(self, problem: DateOutOfRange):
        super().__init__(out_of_range(problem))
        self.problem = problem


def parsed_due(text: str) -> dt.date | None:
    """The typed date, None when the field is empty; DueDateError when it is not a date."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DueDateError(texts("parking")["due"]["not_a_date"].format(text=text)) from None


class DueDateEdit(QWidget):
    """The field (Up/Down a day, PageUp/PageDown a week; from two weeks ahead when empty), a line saying
    the date in words or that there is none, and a calendar for the mouse."""

    changed = Signal()

    def __init__(
        self,
        due: dt.date | None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        incident_date: dt.date | None = None,
    ):
        super().__init__(parent)
        self.words = texts("parking")["due"]
        self.today = today or dt.date.today()
        self.incident_date = incident_date
        """A due date is from the incident's date (a year before today without one) to ten years ahead."""
        suggested = self.today + dt.timedelta(days=SUGGESTED_DAYS)
        self.field = QLineEdit(due.isoformat() if due else "")
        self.field.setPlaceholderText(self.words["placeholder"].format(example=suggested.isoformat()))
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._say)
        self.field.setAccessibleName(self.words["name"])
        self.said = QLabel()
        self.said.setObjectName("dueDateInWords")
        self.calendar = QToolButton()
        self.calendar.setText(self.words["calendar"])
        self.calendar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar.setToolTip(self.words["calendar_tip"])
        self.calendar.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar)
        picker = QCalendarWidget()
        picker.setLocale(user_locale())  # month and day names in the texts' language
        picker.clicked.connect(lambda date: self._picked(date.toPython(), menu))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(picker)
        menu.addAction(holder)
        menu.aboutToShow.connect(lambda: picker.setSelectedDate(QDate(*self._start().timetuple()[:3])))
        self.calendar.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.calendar)
        row.addWidget(self.said, 1)
        self.setFocusProxy(self.field)
        self._say()

    def date(self) -> dt.date | None:
        """The chosen date (None: no due date); DueDateError for words that are not a date or a date out of range."""
        day = parsed_due(self.field.text())
        if day is None:
            return None
        try:
            return checked_date(DateKind.DUE, day, self.today, self.incident_date)
        except DateOutOfRange as e:
            raise DueDateOutOfRange(e) from None

    def set_date(self, day: dt.date | None) -> None:
        self.field.setText(day.isoformat() if day else "")

    def _start(self) -> dt.date:
        try:
            return self.date() or self.today + dt.timedelta(days=SUGGESTED_DAYS)
        except DueDateError:
            return self.today + dt.timedelta(days=SUGGESTED_DAYS)

    def _say(self) -> None:
        try:
            day = self.date()
        except DueDateOutOfRange as e:
            range_words = self.words["out_of_range"]
            self.said.setText(range_words.format(earliest=e.problem.earliest.isoformat(), latest=e.problem.latest.isoformat()))
        except DueDateError:
            self.said.setText(self.words["not_yet_a_date"])
        else:
            self.said.setText(self.words["none"] if day is None else shown_day(day, LONG_DAY))
        self.changed.emit()

    def _picked(self, day: dt.date, menu: QMenu) -> None:
        self.set_date(day)
        menu.close()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in STEPS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            try:
                day = self.date()
            except DueDateError:
                return True
            self.set_date(self._start() if day is None else day + dt.timedelta(days=STEPS[Qt.Key(event.key())]))
            return True
        return super().eventFilter(watched, event)
