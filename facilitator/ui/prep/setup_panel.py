"""The review set-up: incident details, people, and the attendance guidance's live findings."""

from __future__ import annotations

from typing import cast

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...app.changes import Change, Changed
from ...app.errors import ReviewNotFound
from ...app.people import People
from ...app.review_details import ReviewDetails
from ...content import texts
from ...domain.attendance import Level, findings
from ...domain.people import Person
from ...domain.review import Review, ReviewError
from ...refusal_words import sentence_for
from ..common.store_events import StoreEvents
from ..common.waiting_edits import fields_with_waiting
from .findings_model import FindingsModel
from .incident_form import PARAGRAPH_LINES, PARAGRAPH_LINES_TALL, IncidentForm
from .people_panel import PeoplePanel

TALL = 850
"""A set-up this tall (a 1080p window) has room for longer summary and impact boxes."""
GUIDANCE_LINES = 4
"""The least the guidance list shows: one finding, word-wrapped."""
SHOWN = Change.DETAILS | Change.PEOPLE | Change.TIMELINE | Change.MARKS
"""What the set-up shows: the details, the people, the guidance drawn from both, and the timeline's counts."""


class SetupPanel(QWidget):
    def __init__(self, events: StoreEvents, review_id: int, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.events = events
        self.store = events.store
        self.review_id = review_id
        self.details = ReviewDetails(events.store, events.hub, events.queue)
        self._review: Review | None = None
        self._people: list[Person] = []

        self.form = IncidentForm(today=lambda: events.store.clock.now().date())
        self.form.details_changed.connect(self._store_details)
        self.people = PeoplePanel(People(events.store, events.hub, events.queue), review_id, undo_stack, events.queue)

        self.findings_model = FindingsModel(cast("dict[str, str]", texts("attendance")), self)
        self.findings_view = QListView()
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setWordWrap(True)
        self.findings_view.setSpacing(4)
        self.findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.findings_view.setMinimumHeight(GUIDANCE_LINES * self.findings_view.fontMetrics().lineSpacing())
        # Ignored: the list takes the height the incident's details leave, never theirs (it scrolls)
        self.all_clear = QLabel(texts("setup")["setup"]["all_clear"])
        self.all_clear.setWordWrap(True)
        self.timeline_summary = QLabel()

        incident_box = QGroupBox(texts("setup")["setup"]["incident"])
        QVBoxLayout(incident_box).addWidget(self.form)
        incident_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        guidance_box = QGroupBox(texts("setup")["setup"]["guidance"])
        guidance = QVBoxLayout(guidance_box)
        guidance.addWidget(self.all_clear)
        guidance.addWidget(self.findings_view, 1)
        people_box = QGroupBox(texts("setup")["setup"]["people"])
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.people, 1)
        people_layout.addWidget(self.timeline_summary)

        left = QVBoxLayout()
        left.addWidget(incident_box)
        left.addWidget(guidance_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.form.what_happened)
        right.addWidget(people_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addLayout(right, 6)

        events.reported.connect(self._heard)
        self.reload()

    def resizeEvent(self, event) -> None:
        """The summary and impact get more lines where the screen is tall enough to spare them."""
        tall = event.size().height() >= TALL
        for box in (self.form.summary, self.form.impact):
            box.show_lines(PARAGRAPH_LINES_TALL if tall else PARAGRAPH_LINES)
        super().resizeEvent(event)

    def stop_listening(self) -> None:
        """The window is closing: later changes to the store are no longer this panel's business."""
        self.events.reported.disconnect(self._heard)

    def review(self) -> Review:
        """The review as it will be once the details typed meanwhile, still waiting for the database, are written."""
        review = self.store.get(self.review_id)
        waiting = fields_with_waiting(self.events.queue, self.review_id)
        return review.with_changes(**waiting) if waiting else review

    def _heard(self, changed: Changed) -> None:
        if changed.touches(SHOWN, self.review_id):
            self.reload(changed.kinds)

    def reload(self, kinds: Change = SHOWN) -> None:
        """Read again what these kinds of change touch, and show it."""
        review = self._review
        if kinds & Change.DETAILS or review is None:
            try:
                review = self._review = self.review()
            except ReviewNotFound:
                return
            self.form.set_review(review)
        if kinds & Change.PEOPLE:
            self._people = self.people.reload()
        if kinds & (Change.DETAILS | Change.PEOPLE):
            found = findings(review, self._people)
            self.findings_model.set_findings(found)
            self.all_clear.setVisible(all(f.level is Level.NOTE for f in found))
        if kinds & (Change.TIMELINE | Change.MARKS):
            count = self.store.timeline.count(self.review_id)
            marked = self.store.timeline.marked_count(self.review_id)
            self.timeline_summary.setText(texts("setup")["setup"]["timeline_summary"].format(count=count, marked=marked))

    def _store_details(self, details: dict) -> None:
        """Only the details typed here are written, so another window's change to another detail stands."""
        try:
            self.review().with_changes(**details)
        except (ReviewError, ReviewNotFound) as e:
            self.form.show_problem(sentence_for(e))
            return
        self.details.update(self.review_id, details)
