"""With FACILITATOR_LANGUAGE=de the people table of the set-up says each role, 'involved', each attendance and each
duty in German, and a role picked from its German list is stored as that role."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from shown import shown

from facilitator.content import forget_texts, use_language
from facilitator.domain.people import Role
from facilitator.ui.common.own_wording import use_users_language
from facilitator.ui.common.qt_language import speak_qt
from facilitator.ui.prep.people_model import ATTENDANCE, DUTY, INVOLVED, NAME, ROLE

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def german(qapp, monkeypatch):
    monkeypatch.setenv("FACILITATOR_LANGUAGE", "de")
    use_users_language()
    yield
    use_language("en")
    speak_qt("en")
    forget_texts()


def _row(model, name):
    row = next(r for r in range(model.rowCount()) if model.index(r, NAME).data() == name)
    return [model.index(row, c).data() for c in (ROLE, INVOLVED, ATTENDANCE, DUTY)], row


def test_the_people_table_speaks_german_and_a_german_role_is_stored(qtbot, windows, review, store):
    window = shown(qtbot, windows, review.id)
    people = window.setup.people
    model = people.model
    assert _row(model, "Ada Quist")[0] == ["Einsatzkraft", "ja", "anwesend", ""]
    assert _row(model, "Cyd Marr")[0] == ["Tech-Team", "nein", "anwesend", "Moderation"]
    assert _row(model, "Fay Brooke")[0] == ["Kundenkontakt", "nein", "eingeladen", ""]

    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.keyClicks(people.new_name, "Gus Ferreira")
    qtbot.keyClick(people.new_name, Qt.Key.Key_Return)
    cells, row = _row(model, "Gus Ferreira")
    assert cells == ["andere", "nein", "eingeladen", ""]

    people.table.setFocus()
    people.table.setCurrentIndex(model.index(row, ROLE))
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Einsatzkraft", "Kundenkontakt", "Tech-Team", "Führungskraft", "andere"
    ]
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert next(p for p in store.people(review.id) if p.name == "Gus Ferreira").role is Role.RESPONDER
    assert _row(model, "Gus Ferreira")[0][0] == "Einsatzkraft"
