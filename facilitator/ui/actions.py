"""Every QAction the windows offer, made in one place with its shortcut and tip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence.StandardKey | str | None
StandardKey = QKeySequence.StandardKey


def action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: Shortcut = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    act = QAction(text, parent)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
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


def new_review(parent: QWidget, slot) -> QAction:
    return action(parent, "&New review…", slot, StandardKey.New, "Prepare a review for an incident")


def open_review(parent: QWidget, slot) -> QAction:
    return action(parent, "&Open review", slot, StandardKey.Open, "Open the selected review")


def duplicate_review(parent: QWidget, slot) -> QAction:
    return action(parent, "D&uplicate review", slot, "Ctrl+D", "Copy the selected review, with its people and timeline")


def delete_review(parent: QWidget, slot) -> QAction:
    return action(parent, "&Delete review…", slot, StandardKey.Delete, "Delete the selected review (can be undone until you quit)")


def find(parent: QWidget, slot) -> QAction:
    return action(parent, "&Find…", slot, StandardKey.Find, "Filter the reviews as you type")


def add_person(parent: QWidget, slot) -> QAction:
    return action(parent, "&Add person", slot, "Ctrl+Shift+A", "Add someone to the review's people")


def remove_person(parent: QWidget, slot) -> QAction:
    return action(parent, "&Remove person", slot, StandardKey.Delete, "Remove the selected person (Ctrl+Z brings them back)")


def show_library(parent: QWidget, slot) -> QAction:
    return action(parent, "Review &library", slot, "Ctrl+L", "Show every review in this database")


def dark_palette(parent: QWidget, slot, checked: bool) -> QAction:
    act = action(parent, "&Dark palette", slot, "Ctrl+Shift+D", "Switch between light and dark palettes", checkable=True)
    act.blockSignals(True)
    act.setChecked(checked)
    act.blockSignals(False)
    return act


def import_timeline(parent: QWidget, slot) -> QAction:
    return action(parent, "&Import timeline…", slot, "Ctrl+I", "Add entries from a CSV, Markdown, JSON, Slack or PagerDuty export")


def paste_entries(parent: QWidget, slot) -> QAction:
    return action(parent, "&Paste entries", slot, "Ctrl+Shift+V", "Add entries from CSV or Markdown text on the clipboard")


def add_entry(parent: QWidget, slot) -> QAction:
    return action(parent, "Add &entry", slot, "Ctrl+Shift+N", "Add a timeline entry after the selected one")


def delete_entry(parent: QWidget, slot) -> QAction:
    return action(parent, "&Delete entry", slot, StandardKey.Delete, "Delete the selected entry (Ctrl+Z brings it back)")


def export_preread(parent: QWidget, slot) -> QAction:
    return action(parent, "Export &pre-read…", slot, "Ctrl+Shift+E", "Write the timeline as Markdown for attendees to read before the meeting")


def export_record(parent: QWidget, slot) -> QAction:
    return action(parent, "&Export record…", slot, "Ctrl+E", "Write the record of the review as Markdown into the incident folder")


def preview_record(parent: QWidget, slot) -> QAction:
    return action(parent, "P&review record", slot, "Ctrl+Shift+P", "See the record as it will read, kept up to date in its own window")


def export_follow_ups(parent: QWidget, slot) -> QAction:
    return action(parent, "Export &follow-ups…", slot, "Ctrl+Shift+F", "Write the actions for Jira, Linear, GitLab, GitHub, incident.io or a spreadsheet")


def show_tab(parent: QWidget, text: str, slot, number: int) -> QAction:
    return action(parent, f"&{text}", slot, f"Ctrl+{number}", f"Show the {text.lower()} (Ctrl+{number})")


def park(parent: QWidget, slot) -> QAction:
    return action(parent, "&Park an idea…", slot, "Ctrl+P", "Set a fix or prevention idea aside for the parking lot")


def jump_to(parent: QWidget, slot) -> QAction:
    return action(parent, "&Jump to…", slot, "Ctrl+G", "Show the entry matching a time, a name or words")


def ask_question(parent: QWidget, slot) -> QAction:
    return action(parent, "&Ask a new question", slot, "Ctrl+K", "Add a question to the moment on screen")


def start_pause(parent: QWidget, slot) -> QAction:
    return action(parent, "&Start, pause or resume the clock", slot, "F5", "Start the meeting clock, or pause and resume it")


def next_phase(parent: QWidget, slot) -> QAction:
    return action(parent, "&Next phase", slot, "Ctrl+Shift+Right", "Move the meeting on to the next phase")


def previous_phase(parent: QWidget, slot) -> QAction:
    return action(parent, "&Previous phase", slot, "Ctrl+Shift+Left", "Go back to the previous phase")


def take_break(parent: QWidget, slot) -> QAction:
    return action(parent, "Take a &break", slot, "Ctrl+B", "Stop the clock and say so on the shared screen; the same key resumes")


def end_meeting(parent: QWidget, slot) -> QAction:
    return action(parent, "&End the meeting", slot, "Ctrl+Shift+End", "Stop the meeting clock: the record counts the time up to now")


def hindsight_shield(parent: QWidget, slot) -> QAction:
    return action(
        parent, "Hide what came &after (hindsight shield)", slot, "H",
        "The prompt list shows the timeline as it looked at the moment on screen", checkable=True,
    )


def presenter_setup(parent: QWidget, slot) -> QAction:
    return action(
        parent, "P&resenter set-up…", slot, "Ctrl+Shift+R",
        "Which screen the room sees and which is yours; what to share on a video call",
    )


def hide_timer(parent: QWidget, slot) -> QAction:
    return action(
        parent, "&Hide timer from the shared screen", slot, "Ctrl+T",
        "Keep the timer in a small window for you only", checkable=True,
    )


def facilitator_cue(parent: QWidget, slot) -> QAction:
    return action(
        parent, "&My cue window (for me only)", slot, "Ctrl+Shift+M",
        "A small window on top with the timer, your preparation note and comments for the moment", checkable=True,
    )


def zoom_in(parent: QWidget, slot) -> QAction:
    return action(parent, "Zoom &in", slot, "Ctrl+=", "Larger type on the shared screen")


def zoom_out(parent: QWidget, slot) -> QAction:
    return action(parent, "Zoom &out", slot, "Ctrl+-", "Smaller type on the shared screen")


def zoom_reset(parent: QWidget, slot) -> QAction:
    return action(parent, "&Actual size", slot, "Ctrl+0", "Type sized to the window again")


def edit_agenda(parent: QWidget, slot) -> QAction:
    return action(parent, "Edit the &agenda…", slot, "Ctrl+Shift+G", "Change the minutes each phase gets")


def edit_opening(parent: QWidget, slot) -> QAction:
    return action(parent, "Edit the &opening text…", slot, tip="Change the opening words for this review")


def undo_redo(window: QWidget, undo_stack, menu) -> None:
    """The undo stack's Undo and Redo, with the standard keys, in the menu and active in the whole window."""
    for act in undo_redo_actions(window, undo_stack):
        window.addAction(act)
        menu.addAction(act)


def undo_redo_actions(window: QWidget, undo_stack) -> tuple[QAction, QAction]:
    """Undo and Redo, each with every key the platform gives it plus Ctrl+Shift+Z for Redo, which the README
    promises (setShortcut kept only the platform's first: Ctrl+Y offscreen, on Windows and on KDE)."""
    undo = undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
    redo = undo_stack.createRedoAction(window, "&Redo")
    keys = QKeySequence.keyBindings(StandardKey.Redo)
    shift_z = QKeySequence("Ctrl+Shift+Z")
    redo.setShortcuts([*keys, shift_z] if shift_z not in keys else keys)
    return undo, redo


def close_window(parent: QWidget) -> QAction:
    return action(parent, "&Close window", parent.close, StandardKey.Close)


def quit_app(parent: QWidget, slot) -> QAction:
    return action(parent, "&Quit", slot, StandardKey.Quit)


def open_notes(parent: QWidget, slot) -> QAction:
    return action(parent, "Open the &note-taker's window", slot, "Ctrl+Shift+O", "A second window for the note-taker, e.g. on another monitor")


def hide_notes(parent: QWidget, slot) -> QAction:
    return action(
        parent, "&Hide notes from the shared screen", slot, "Ctrl+H",
        "Show no notes under the prompt on the shared screen", checkable=True,
    )


def show_not_heard(parent: QWidget, slot) -> QAction:
    return action(
        parent, "Not &heard from yet", slot, "Ctrl+Shift+U",
        "A small window, for you only, of attendees with no note attributed to them", checkable=True,
    )


def park_note(parent: QWidget, slot) -> QAction:
    return action(parent, "&Park it", slot, "Ctrl+P", "Send what you typed to the parking lot instead of the notes")


def private_note(parent: QWidget, slot) -> QAction:
    return action(parent, "&Private (never on the shared screen)", slot, "Ctrl+H", "Keep the note off the shared screen")


def pick_speaker(parent: QWidget, slot) -> QAction:
    return action(parent, "Who is &speaking…", slot, "Ctrl+E", "Type a few letters of the speaker's name, then Enter")


def quick_speaker(parent: QWidget, number: int, name: str, slot) -> QAction:
    text = f"Speaker: {name}" if name else "No speaker"
    return action(parent, text, slot, f"Alt+{number}")


def note_tag(parent: QWidget, number: int, name: str, slot) -> QAction:
    return action(parent, f"Tag: {name}", slot, f"Ctrl+{number}", "Tag the note being typed, or the selected earlier note")


def earlier_notes(parent: QWidget, slot) -> QAction:
    return action(parent, "&Earlier notes", slot, "Ctrl+Up", "Go to the notes already taken, to edit, re-tag, move or delete")


def move_note(parent: QWidget, slot) -> QAction:
    return action(parent, "&Move to another moment…", slot, "Ctrl+M", "File the selected note under another moment")


def delete_note(parent: QWidget, slot) -> QAction:
    return action(parent, "&Delete note", slot, StandardKey.Delete, "Delete the selected note (Ctrl+Z brings it back)")
