"""Editing the minutes each phase gets; changing one gives or takes from the timeline so the slot stays whole."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...app.hub import Hub
from ...app.meeting_plan import MeetingPlan
from ...app.session import ReviewStore
from ...app.writes import WriteAtOnce
from ...content import texts
from ...domain.agenda import PHASES, AgendaError, Phase, default_budgets, rebalanced
from ...refusal_words import sentence_for
from ..common.capped_spin_box import CappedSpinBox
from ..common.dialog_keys import keyboard_complete
from ..common.waiting_edits import budgets_with_waiting
from ..common.write_queue import WriteQueue


class AgendaDialog(QDialog):
    def __init__(
        self, store: ReviewStore, review_id: int, phase_labels: dict, parent: QWidget | None = None,
        queue: WriteQueue | None = None, hub: Hub | None = None,
    ):
        """queue: the windows' write queue, so a database held by another program never freezes the dialog (the
        minutes wait their turn on disk); without one (a dialog tried on its own) they are written directly.
        hub: the windows' hub, which hears the new minutes."""
        super().__init__(parent)
        self.store = store
        self.review_id = review_id
        self.queue = queue
        self.plan = MeetingPlan(store, hub or Hub(), queue if queue is not None else WriteAtOnce(store))
        self.slot = store.get(review_id).slot_minutes
        self.budgets = store.meeting.budgets(review_id, self.slot)
        if queue is not None:
            self.budgets = budgets_with_waiting(store, queue, review_id, self.slot)
        self.words = texts("meeting")["agenda_dialog"]
        self.setWindowTitle(self.words["title"])
        self.boxes: dict[Phase, CappedSpinBox] = {}
        form = QFormLayout()
        for phase in PHASES:
            box = CappedSpinBox(minimum=1, maximum=self.slot, suffix=self.words["minutes_suffix"])
            box.setValue(self.budgets[phase])
            box.editingFinished.connect(lambda p=phase: self._changed(p))
            label = QLabel(f"&{phase_labels[phase.value]}")
            label.setBuddy(box)
            form.addRow(label, box)
            self.boxes[phase] = box
        self._refused = False
        self.total = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        defaults = buttons.addButton(self.words["defaults"], QDialogButtonBox.ButtonRole.ResetRole)
        defaults.clicked.connect(self._use_defaults)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.words["balanced"].format(slot=self.slot)))
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.tab_order = keyboard_complete(self, list(self.boxes.values()), buttons, self._save)
        self._show()

    def _changed(self, phase: Phase) -> None:
        """The minutes typed, balanced by the timeline; said why when the box took a limit instead of what was
        typed (Enter then leaves the dialog open, as after a refusal, so the reason is read before saving)."""
        capped = self.boxes[phase].take_capped()
        said = []
        if capped is not None:
            typed, kept = capped
            said.append(self.words["capped_high" if typed > kept else "capped_low"].format(typed=typed, kept=kept, slot=self.slot))
            self._refused = True
        try:
            self.budgets = rebalanced(self.budgets, phase, self.boxes[phase].value(), self.slot)
        except AgendaError as e:
            said.append(sentence_for(e))
            self._refused = True
        self.problem.setText(" ".join(said))
        self._show()

    def _use_defaults(self) -> None:
        self.budgets = default_budgets(self.slot)
        self.problem.clear()
        self._show()

    def _show(self) -> None:
        for phase, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(self.budgets[phase])
            box.blockSignals(False)
        self.total.setText(self.words["total"].format(total=sum(self.budgets.values()), slot=self.slot))

    def _save(self) -> None:
        """Enter saves and closes; just after a minute count that could not fit, it leaves the dialog open
        with the reason (and the count put back), so the next Enter saves what is shown."""
        for phase, box in self.boxes.items():
            if box.value() != self.budgets[phase]:
                self._changed(phase)
        if self._refused:
            self._refused = False
            return
        self.plan.set_budgets(self.review_id, self.budgets, self.slot)
        self.accept()
