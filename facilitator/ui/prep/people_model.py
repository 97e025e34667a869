"""A review's people as an editable table: name, role, involved, attendance."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal

from ...content import texts
from ...domain.people import Attendance, Person, Role
from ..common.rows_model import Index, RowsModel

NAME, ROLE, INVOLVED, ATTENDANCE, DUTY = range(5)
COLUMNS = ("name", "role", "involved", "attendance", "duty")
"""The columns, by their keys under [people_columns] in the set-up texts."""
Flag = Qt.ItemFlag

Choice = Role | Attendance
KINDS: dict[int, type[Role] | type[Attendance]] = {ROLE: Role, ATTENDANCE: Attendance}
"""The columns picked from a list, and the kind each holds."""


def _words(column: int) -> dict[str, str]:
    """The words of the roles or of the attendances, under [people_values] in the set-up texts."""
    values = texts("setup")["people_values"]
    words = values["roles"] if column == ROLE else values["attendance"]
    return {key: str(text) for key, text in words.items()}


def word(column: int, value: Choice) -> str:
    """A role or an attendance in the words of the texts' language ('client contact', 'Kundenkontakt')."""
    return _words(column).get(value.value.replace(" ", "_"), value.value)


def choices(column: int) -> list[str]:
    """What the list of a role or an attendance cell offers, in its order."""
    return [word(column, value) for value in KINDS[column]]


def _from_word(column: int, text: str) -> Choice | None:
    """The role or attendance a word picked from the list (or the stored name) stands for; None for no such word."""
    return next((v for v in KINDS[column] if text in (word(column, v), v.value)), None)


def duty(person: Person) -> str:
    words = texts("setup")["people_values"]
    duties = [(words["facilitator"], person.facilitates), (words["note_taker"], person.takes_notes)]
    return ", ".join(name for name, on in duties if on)


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
                ROLE: word(ROLE, person.role),
                INVOLVED: texts("setup")["people_values"]["yes" if person.involved else "no"],
                ATTENDANCE: word(ATTENDANCE, person.attendance),
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
        elif column in KINDS:
            picked = _from_word(column, str(value))
            if isinstance(picked, Role):
                new = replace(old, role=picked)
            elif isinstance(picked, Attendance):
                new = replace(old, attendance=picked)
            else:
                return False
        else:
            return False
        if new == old:
            return False
        self.replace_row(index.row(), new)
        self.person_edited.emit(old, new)
        return True
