"""With FACILITATOR_LANGUAGE=de the people table of the set-up says each role, 'involved', each attendance and each
duty in German, and a role picked from its German list is stored as that role; the import preview names the day the
file's times fall on in German, as its table does."""

from in_german import german  # noqa: F401  (every test here runs in German)
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox
from shown import on_tab, shown

from facilitator.domain.people import Role
from facilitator.ui.prep.people_model import ATTENDANCE, DUTY, INVOLVED, NAME, ROLE

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier



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


def test_the_import_preview_names_the_day_of_the_times_in_german(qtbot, windows, review):
    """The incident's day (Wednesday 14 October 2026) in the box that sets it, as in the table below it."""
    QGuiApplication.clipboard().setText("- 19:20 Ada saw the alert\n- 19:31 Bo rolled back\n")
    panel = on_tab(qtbot, windows, review.id, "timeline").timeline
    qtbot.keyClick(panel.table, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    preview = panel.preview
    assert preview.entries_model.index(0, 0).data().startswith("Mi. 14 Okt.")
    assert preview.day.text() == "Mi. 14 Okt. 2026"
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
