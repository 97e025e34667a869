"""The people of a review: who they are, whether they responded, who facilitates and takes notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...app.people import People
from ...app.session import ReviewStore
from ...content import texts
from ...domain.people import Attendance, Person, Role, facilitator, note_taker
from ..common import accessible, commands
from ..common.choice_delegate import ChoiceDelegate
from ..common.tables import EDIT_ON_TYPING, Resize, set_up_table
from ..common.waiting_edits import people_with_waiting
from ..common.write_queue import WriteQueue
from .people_model import ATTENDANCE, NAME, ROLE, PeopleModel, choices


class RemovePerson(QUndoCommand):
    def __init__(self, panel: PeoplePanel, person: Person):
        super().__init__(texts("setup")["undo"]["remove_person"].format(name=person.name))
        self.panel = panel
        self.person = person

    def redo(self) -> None:
        self.panel.edits.remove(self.panel.review_id, self.person.id)

    def undo(self) -> None:
        self.panel.edits.add(self.panel.review_id, self.person)


class PeoplePanel(QWidget):
    """Writes every edit through the People use case, which tells the windows what changed."""

    def __init__(self, people: People, review_id: int, undo_stack: QUndoStack, queue: WriteQueue, parent=None):
        super().__init__(parent)
        self.edits = people
        self.store: ReviewStore = people.store
        self.queue = queue
        self.review_id = review_id
        self.undo_stack = undo_stack

        self.model = PeopleModel(self)
        self.model.person_edited.connect(self._store_edit)
        self.table = QTableView()
        self.table.setModel(self.model)
        set_up_table(
            self.table,
            stretch=NAME,
            columns=Resize.ResizeToContents,
            edit=EDIT_ON_TYPING,
            one_row=True,
            wrap=False,
            alternate=True,
            name="people.table",
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        for column in (ROLE, ATTENDANCE):
            self.table.setItemDelegateForColumn(column, ChoiceDelegate(choices(column), self.table))
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Maximilian Oduya") // 2)

        self.new_name = QLineEdit(placeholderText=texts("setup")["people"]["new_name"])
        self.new_name.returnPressed.connect(self.add_typed_person)
        accessible.name(self.new_name, "people.new_name")
        add_button = QPushButton(texts("setup")["people"]["add"])
        add_button.clicked.connect(self.add_typed_person)
        self.remove_action = commands.remove_person(self.table, self.remove_selected)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_button = QPushButton(texts("setup")["people"]["remove"])
        remove_button.clicked.connect(self.remove_selected)

        self.facilitator = QComboBox()
        self.note_taker = QComboBox()
        self.facilitator.activated.connect(self._store_facilitation)
        self.note_taker.activated.connect(self._store_facilitation)

        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(add_button)
        adding.addWidget(remove_button)
        duties = QFormLayout()
        duties.addRow(texts("setup")["people"]["facilitator"], self.facilitator)
        duties.addRow(texts("setup")["people"]["note_taker"], self.note_taker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addLayout(duties)

    def reload(self) -> list[Person]:
        people = people_with_waiting(self.store.people(self.review_id), self.queue, self.review_id)
        self.model.set_people(people)
        for combo, chosen in ((self.facilitator, facilitator(people)), (self.note_taker, note_taker(people))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(texts("setup")["people"]["nobody"], None)
            for person in people:
                combo.addItem(person.name, person.id)
            combo.setCurrentIndex(combo.findData(chosen.id) if chosen else 0)
            combo.blockSignals(False)
        return people

    def add_typed_person(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        person = Person(name=name, role=Role.OTHER, attendance=Attendance.INVITED)
        added = self.edits.add(self.review_id, person)
        self.new_name.clear()
        row = self.model.row_of(added.part(0, "id"))
        if row is not None:
            self.table.selectRow(row)

    def selected_person(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_at(rows[0].row()) if rows else None

    def remove_selected(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.undo_stack.push(RemovePerson(self, person))

    def _store_edit(self, _old: Person, new: Person) -> None:
        self.edits.update(self.review_id, new)

    def _store_facilitation(self, _index: int) -> None:
        self.edits.set_facilitation(self.review_id, self.facilitator.currentData(), self.note_taker.currentData())
