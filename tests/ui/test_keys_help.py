"""F1 and Ctrl+/ show the keys for where you are, written from the key table, found as you type."""

from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.ui.common.keys_help import KeysHelp

CTRL = Qt.KeyboardModifier.ControlModifier


def _help(qtbot, window) -> KeysHelp:
    qtbot.waitUntil(lambda: isinstance(getattr(window, "keys_help", None), KeysHelp) and window.keys_help.isVisible())
    return window.keys_help


def test_f1_in_the_meeting_lists_the_meeting_keys_and_typing_finds_one(qtbot, windows, review):
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    help = _help(qtbot, window)
    places = {where for where, _key, _does in help.shown_rows()}
    assert places == {"Meeting", "Parking and actions", "Everywhere in a review", "Any dialog"}
    qtbot.keyClicks(help.filter, "hide every note")
    assert [key for _where, key, _does in help.shown_rows()] == ["Ctrl+Shift+H"]
    qtbot.keyClick(help.filter, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(help.filter, "zzz nothing")
    assert help.shown_rows() == []


def test_ctrl_slash_in_the_notes_window_lists_the_note_keys(qtbot, windows, store, review, timeline):
    meeting_in_timeline(store, review, timeline[1])
    notes = open_notes(qtbot, windows, review)
    qtbot.keyClick(notes.input, Qt.Key.Key_Slash, CTRL)
    help = _help(qtbot, notes)
    rows = help.shown_rows()
    assert {where for where, _key, _does in rows} == {"Notes", "Any dialog"}
    assert ("Notes", "Ctrl+Shift+H", "private: never shown on the shared screen") in rows


def test_the_library_has_the_keys_in_its_help_menu(qtbot, windows):
    windows.show_library()
    library = windows.library
    menus = {a.text(): a.menu() for a in library.menuBar().actions()}
    keys = next(a for a in menus["Help"].actions() if a.text() == "&Keys")
    keys.trigger()
    help = _help(qtbot, library)
    assert {where for where, _key, _does in help.shown_rows()} == {"Library", "Any dialog"}
