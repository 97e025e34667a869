from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
def test_explore(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    w = open_notes(qtbot, windows, review)
    qtbot.keyClicks(w.input, "earlier one"); qtbot.keyClick(w.input, Qt.Key.Key_Return)
    qtbot.keyClick(w.input, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(w.table, Qt.Key.Key_V, ALT)
    print("every from table (with a note)", w.every_note.isChecked(), repr(w.input.text()))
    store.set_current_entry(review.id, timeline[4].id); w.reload()
    w.every_note.setChecked(False)
    qtbot.keyClick(w.input, Qt.Key.Key_Up, CTRL)
    print(QApplication.focusWidget())
    qtbot.keyClick(w.table, Qt.Key.Key_V, ALT)
    print("every from empty table", w.every_note.isChecked(), repr(w.input.text()))
