"""A review's people as an editable table: name, role, involved, attendance."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal

from ...domain.people import Attendance, Person, Role
from ..common.rows_model import Index, RowsModel

NAME, ROLE, INVOLVED, ATTENDANCE, DUTY = range(5)
COLUMNS = ("name", "role", "involved", "attendance", "duty")
"""The columns, by their keys under [people_columns] in the set-up texts."""
Flag = Qt.ItemFlag

CHOICES = {ROLE: [r.value for r in Role], ATTENDANCE: [a.value for a in Attendance]}


def duty(person: Person) -> str:
    duties = [d for d, on in (("facilitator", person.facilitates), ("note-taker", person.takes_notes)) if on]
    return ", ".join(duties)


class PeopleModel(RowsModel):
    """Edits arrive as person_edited(old, new); the owner stores them and calls set_people."""

    columns = COLUMNS
    header_texts = ("setup", "people_columns")

    person_edited = Signal(object, object)

    def set_people(self, people: list[Person]) -> None:
        """The same people (by id) in the same order are changed in place, keeping the edited cell and selection."""
        if [p.id for p in people] == [p.id for p in self.rows]:
            self.rows = list(people)
            if people:
                self.dataChanged.emit(self.index(0, 0), self.index(len(people) - 1, len(COLUMNS) - 1))
            return
        self.set_rows(people)

    def people(self) -> list[Person]:
        return list(self.rows)

    def person_at(self, row: int) -> Person:
        return self.rows[row]

    def row_of(self, person_id: object) -> int | None:
        return next((i for i, p in enumerate(self.rows) if p.id == person_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Flag.NoItemFlags
        base = Flag.ItemIsEnabled | Flag.ItemIsSelectable
        if index.column() == INVOLVED:
            return base | Flag.ItemIsUserCheckable
        if index.column() == DUTY:
            return base
        return base | Flag.ItemIsEditable

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person: Person = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {
                NAME: person.name,
                ROLE: person.role.value,
                INVOLVED: "yes" if person.involved else "no",
                ATTENDANCE: person.attendance.value,
                DUTY: duty(person),
            }[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == INVOLVED:
            return Qt.CheckState.Checked if person.involved else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        old: Person = self.rows[index.row()]
        column = index.column()
        if column == INVOLVED and role == Qt.ItemDataRole.CheckStateRole:
            new = replace(old, involved=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == NAME:
            if not str(value).strip():
                return False
            new = replace(old, name=str(value).strip())
        elif column == ROLE:
            new = replace(old, role=Role(value))
        elif column == ATTENDANCE:
            new = replace(old, attendance=Attendance(value))
        else:
            return False
        if new == old:
            return False
        self.replace_row(index.row(), new)
        self.person_edited.emit(old, new)
        return True
