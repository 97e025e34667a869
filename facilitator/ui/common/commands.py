"""Every QAction the windows offer, built from the one key table (keymap.py) and the words in commands.toml."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import cast

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...content import texts
from . import keymap

StandardKey = QKeySequence.StandardKey


def words(id: str) -> dict:
    """The words of a command in resources/text/commands.toml."""
    return cast("Mapping[str, dict]", texts("commands")["commands"])[id]


def menu_title(name: str) -> str:
    """A menu bar's or submenu's title (& marks the letter Alt reaches), from the texts' [menus]."""
    return cast("Mapping[str, str]", texts("commands")["menus"])[name]


def action(
    parent: QWidget,
    id: str,
    slot: Callable[[], object],
    checkable: bool = False,
    keys: list[QKeySequence] | None = None,
    text: str = "",
    tip: str | None = None,
) -> QAction:
    """The command's QAction with its keys from the table (or the given ones) and its words."""
    said = words(id)
    act = QAction(text or said["menu"], parent)
    act.setShortcuts(keymap.sequences(id) if keys is None else keys)
    tip = said.get("tip", "") if tip is None else tip
    if tip:
        act.setStatusTip(tip)
        act.setToolTip(tip)
    act.setCheckable(checkable)
    if checkable:
        act.toggled.connect(slot)
    else:
        act.triggered.connect(slot)
    parent.addAction(act)
    return act


def _checkable(id: str) -> Callable[[QWidget, Callable], QAction]:
    return lambda parent, slot: action(parent, id, slot, checkable=True)


def _plain(id: str) -> Callable[[QWidget, Callable], QAction]:
    return lambda parent, slot: action(parent, id, slot)


about = _plain("about")
new_review = _plain("new_review")
open_review = _plain("open_review")
duplicate_review = _plain("duplicate_review")
delete_review = _plain("delete_review")
find = _plain("find")
add_person = _plain("add_person")
remove_person = _plain("remove_person")
show_library = _plain("show_library")
import_timeline = _plain("import_timeline")
paste_entries = _plain("paste_entries")
add_entry = _plain("add_entry")
delete_entry = _plain("delete_entry")
export_preread = _plain("export_preread")
export_record = _plain("export_record")
preview_record = _plain("preview_record")
export_follow_ups = _plain("export_follow_ups")
park = _plain("park")
jump_to = _plain("jump_to")
ask_question = _plain("ask_question")
start_pause = _plain("start_pause")
next_phase = _plain("next_phase")
previous_phase = _plain("previous_phase")
take_break = _plain("take_break")
end_meeting = _plain("end_meeting")
hindsight_shield = _checkable("hindsight_shield")
presenter_setup = _plain("presenter_setup")
hide_timer = _checkable("hide_timer")
facilitator_cue = _checkable("facilitator_cue")
zoom_in = _plain("zoom_in")
zoom_out = _plain("zoom_out")
zoom_reset = _plain("zoom_reset")
edit_agenda = _plain("edit_agenda")
edit_opening = _plain("edit_opening")
open_notes = _plain("open_notes")
earlier_shared_notes = _plain("earlier_shared_notes")
later_shared_notes = _plain("later_shared_notes")
hide_notes = _checkable("hide_notes")
show_not_heard = _checkable("show_not_heard")
park_note = _plain("park_note")
private_note = _plain("private_note")
note_under_now = _plain("note_under_now")
pick_speaker = _plain("pick_speaker")
earlier_notes = _plain("earlier_notes")
move_note = _plain("move_note")
delete_note = _plain("delete_note")
keys_help = _plain("keys_help")
resume = _plain("resume")
remote_next = _plain("remote_next")
remote_previous = _plain("remote_previous")
black_screen = _plain("black_screen")


def dark_palette(parent: QWidget, slot, checked: bool) -> QAction:
    act = action(parent, "dark_palette", slot, checkable=True)
    act.blockSignals(True)
    act.setChecked(checked)
    act.blockSignals(False)
    return act


def show_tab(parent: QWidget, text: str, slot, number: int) -> QAction:
    key = keymap.sequences("show_tab")[number - 1]
    tip = words("show_tab")["tip"].format(lower=text.lower(), key=key.toString(QKeySequence.SequenceFormat.NativeText))
    return action(parent, "show_tab", slot, keys=[key], text=words("show_tab")["menu"].format(name=text), tip=tip)


def quick_speaker(parent: QWidget, number: int, name: str, slot) -> QAction:
    """A speaker in the Speaker menu; the keys are Ctrl+E then the number (note_choices), so no shortcut here."""
    said = words("quick_speaker")
    return action(parent, "quick_speaker", slot, text=said["menu"].format(name=name) if name else said["nobody"])


def note_tag(parent: QWidget, number: int, name: str, slot) -> QAction:
    key = keymap.sequences("note_tag")[number - 1]
    return action(parent, "note_tag", slot, keys=[key], text=words("note_tag")["menu"].format(name=name))


def undo_redo(window: QWidget, undo_stack, menu) -> None:
    """The undo stack's Undo and Redo, with the standard keys, in the menu and active in the whole window."""
    for act in undo_redo_actions(window, undo_stack):
        window.addAction(act)
        menu.addAction(act)


def undo_redo_actions(window: QWidget, undo_stack) -> tuple[QAction, QAction]:
    """Undo and Redo, each with every key the platform gives it plus Ctrl+Shift+Z for Redo, which the README
    promises (setShortcut kept only the platform's first: Ctrl+Y offscreen, on Windows and on KDE)."""
    undo = undo_stack.createUndoAction(window, words("undo_redo")["menu"])
    undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
    redo = undo_stack.createRedoAction(window, words("undo_redo")["redo"])
    undo_keys = QKeySequence.keyBindings(StandardKey.Undo)
    redo.setShortcuts([seq for seq in keymap.sequences("undo_redo") if seq not in undo_keys])
    return undo, redo


def close_window(parent: QWidget) -> QAction:
    return action(parent, "close_window", parent.close)


def quit_app(parent: QWidget, slot) -> QAction:
    return action(parent, "quit_app", slot)
