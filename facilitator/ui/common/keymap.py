"""The one table of keys: every command, where it works, its keys; the words are in resources/text/commands.toml.

actions.py builds each QAction from here; the README's key table and the in-app key help are written from here
(`python -m facilitator.keymap_doc`). Qt's Ctrl is Cmd on macOS and Qt's Meta is the Control key there, so a key
is chosen to be free on every platform (tests/ui/test_keymap.py checks it against each one's reserved keys).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ...domain.record import record

StandardKey = QKeySequence.StandardKey
Key = StandardKey | str

PLACES = ("library", "setup", "timeline", "meeting", "parking", "comments", "review", "notes", "dialog")


@record
class Command:
    """id: the key of its words in commands.toml; keys: what a QAction gets (shortcut=False: keys a widget reads
    itself, shown in the help as written in `shown`)."""

    id: str
    place: str
    keys: tuple[Key, ...] = ()
    shortcut: bool = True
    shown: str = ""


def _c(id: str, place: str, *keys: Key, shown: str = "") -> Command:
    return Command(id, place, tuple(keys), True, shown)


def _read(id: str, place: str, shown: str) -> Command:
    """Keys a widget handles itself (arrows, letters in a list): documented here, no QAction."""
    return Command(id, place, (), False, shown)


COMMANDS: tuple[Command, ...] = (
    _c("new_review", "library", StandardKey.New),
    _c("open_review", "library", StandardKey.Open, shown="Enter / Ctrl+O"),
    _c("duplicate_review", "library", "Ctrl+D"),
    _c("delete_review", "library", StandardKey.Delete),
    _c("find", "library", StandardKey.Find),
    _c("undo_redo", "library", StandardKey.Undo, StandardKey.Redo, "Ctrl+Shift+Z", shown="Ctrl+Z / Ctrl+Shift+Z"),
    _c("add_person", "setup", "Ctrl+Shift+A"),
    _c("remove_person", "setup", StandardKey.Delete),
    _c("import_timeline", "timeline", "Ctrl+I"),
    _c("paste_entries", "timeline", "Ctrl+Shift+V"),
    _read("mark_entry", "timeline", "1 2 3 4 5 / 0"),
    _read("mark_silence", "timeline", "1–5"),
    _read("edit_cell", "timeline", "F2 or typing, Enter"),
    _c("add_entry", "timeline", "Ctrl+Shift+N"),
    _c("delete_entry", "timeline", StandardKey.Delete),
    _c("find_entries", "timeline", StandardKey.Find),
    _c("start_pause", "meeting", "F5"),
    _c("resume", "meeting", "Shift+F5"),
    _c("remote_next", "meeting", "PgDown"),
    _c("remote_previous", "meeting", "PgUp"),
    _c("black_screen", "meeting", "B", "."),
    _c("take_break", "meeting", "Ctrl+B"),
    _c("end_meeting", "meeting", "Ctrl+Shift+End"),
    _c("next_phase", "meeting", "Ctrl+Shift+Right"),
    _c("previous_phase", "meeting", "Ctrl+Shift+Left"),
    _read("next_moment", "meeting", "Right, Down, Space / Left, Up"),
    _read("first_last", "meeting", "Home / End"),
    _c("jump_to", "meeting", "Ctrl+G"),
    _read("mark_moment", "meeting", "1–5 / 0"),
    _read("more_questions", "meeting", "Q"),
    _c("hindsight_shield", "meeting", "H"),
    _c("ask_question", "meeting", "Ctrl+K"),
    _read("key_questions", "meeting", "Up / Down, Space"),
    _read("not_yet", "meeting", "N"),
    _c("hide_timer", "meeting", "Ctrl+T"),
    _c("zoom_in", "meeting", "Ctrl+=", "Ctrl++"),
    _c("zoom_out", "meeting", "Ctrl+-"),
    _c("zoom_reset", "meeting", "Ctrl+0"),
    _c("edit_agenda", "meeting", "Ctrl+Shift+G"),
    _c("edit_opening", "meeting"),
    _c("hide_notes", "meeting", "Ctrl+Shift+H"),
    _c("earlier_shared_notes", "meeting", "Ctrl+Up"),
    _c("later_shared_notes", "meeting", "Ctrl+Down"),
    _c("open_notes", "meeting", "Ctrl+Shift+O"),
    _c("show_not_heard", "meeting", "Ctrl+Shift+U"),
    _c("facilitator_cue", "meeting", "Ctrl+Shift+M"),
    _c("park", "parking", "Ctrl+P"),
    _read("parked_item", "parking", "A / F / D / C / N"),
    _read("action_rows", "parking", "Tab, then Enter / Alt+Up, Alt+Down / Delete"),
    _read("not_yet_action", "parking", "K"),
    _read("comments", "comments", "Ctrl+4, Delete"),
    _c("presenter_setup", "review", "Ctrl+Shift+R"),
    _c("export_follow_ups", "review", "Ctrl+Shift+F"),
    _c("show_tab", "review", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", shown="Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4"),
    _c("export_preread", "review", "Ctrl+Shift+E"),
    _c("export_record", "review", "Ctrl+E"),
    _c("preview_record", "review", "Ctrl+Shift+P"),
    _c("show_library", "review", "Ctrl+L"),
    _c("dark_palette", "review", "Ctrl+Shift+D"),
    _c("keys_help", "review", StandardKey.HelpContents, "F1", "Ctrl+/", shown="F1 / Ctrl+/"),
    _c("about", "review"),
    _c("close_window", "review", StandardKey.Close, shown="Ctrl+W"),
    _c("quit_app", "review", StandardKey.Quit, shown="Ctrl+Q"),
    _read("keep_note", "notes", "Enter / Shift+Enter"),
    _c("pick_speaker", "notes", "Ctrl+E", shown="Ctrl+E, then 1–9 / 0, or a few letters"),
    _c("quick_speaker", "notes"),
    _c("note_tag", "notes", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", shown="Ctrl+1–6"),
    _c("private_note", "notes", "Ctrl+Shift+H"),
    _c("park_note", "notes", "Ctrl+P"),
    _c("note_under_now", "notes", "Ctrl+Shift+N"),
    _c("earlier_notes", "notes", "Ctrl+Up", shown="Ctrl+Up, then F2 / Ctrl+1–6 / 1–9, 0 / Ctrl+Shift+H / Ctrl+Shift+M / Delete, Esc"),
    _c("move_note", "notes", "Ctrl+Shift+M"),
    _c("delete_note", "notes", StandardKey.Delete),
    _c("notes_undo_redo", "notes", StandardKey.Undo, StandardKey.Redo, "Ctrl+Shift+Z", shown="Ctrl+Z / Ctrl+Shift+Z"),
    _read("every_note", "notes", "Alt+V"),
    _c("dialog_save", "dialog", "Ctrl+Return", "Ctrl+Enter", shown="Ctrl+Enter / Esc"),
)

BY_ID = {command.id: command for command in COMMANDS}

# Keys changed because a platform takes them, with the old key, for the README.
CHANGED = (
    ("Ctrl+H", "hide_notes"),
    ("Ctrl+H", "private_note"),
    ("Ctrl+M", "move_note"),
    ("Alt+1–9 / Alt+0", "pick_speaker"),
    ("Alt+1–9 (earlier notes)", "earlier_notes"),
)


def command(id: str) -> Command:
    return BY_ID[id]


def sequences(id: str) -> list[QKeySequence]:
    """Every key sequence of a command, a standard key giving each of the platform's bindings."""
    found: list[QKeySequence] = []
    for key in BY_ID[id].keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]:
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


def shown(id: str, native: bool = True) -> str:
    """The keys as the help (native: this platform's words, Cmd on macOS) and the README (portable) write them."""
    cmd = BY_ID[id]
    if cmd.shown:
        return cmd.shown
    form = QKeySequence.SequenceFormat.NativeText if native else QKeySequence.SequenceFormat.PortableText
    keys = [seq for key in cmd.keys for seq in _first(key)]
    return " / ".join(dict.fromkeys(seq.toString(form) for seq in keys))


def _first(key: Key) -> list[QKeySequence]:
    """A standard key's first binding (the one a menu shows), or the key itself."""
    if isinstance(key, StandardKey):
        return QKeySequence.keyBindings(key)[:1]
    return [QKeySequence(key)]
