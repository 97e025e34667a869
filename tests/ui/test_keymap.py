"""The one key table: no key a platform keeps for itself, no two commands on one key, the README written from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from facilitator.ui.common import keymap, keymap_doc

M = Qt.KeyboardModifier
CTRL, SHIFT, ALT, META = M.ControlModifier, M.ShiftModifier, M.AltModifier, M.MetaModifier
K = Qt.Key

# Each platform's own keys, in the platform's words: (its modifiers, key). On macOS Qt's Ctrl is Cmd and Qt's Meta
# is the Control key, so "cmd" below is what Qt calls Ctrl and "control" what Qt calls Meta.
MAC_RESERVED = {
    ("cmd", K.Key_H), ("cmd", K.Key_M), ("cmd+option", K.Key_H), ("cmd+option", K.Key_M), ("cmd", K.Key_Tab),
    ("cmd", K.Key_Space), ("cmd", K.Key_QuoteLeft), ("cmd+option", K.Key_Escape), ("control+cmd", K.Key_Q),
    ("control+cmd", K.Key_F), ("control+cmd", K.Key_Space), ("cmd+shift", K.Key_3), ("cmd+shift", K.Key_4),
    ("cmd+shift", K.Key_5), ("control", K.Key_Up), ("control", K.Key_Down), ("control", K.Key_Left),
    ("control", K.Key_Right), ("cmd+option", K.Key_D),
}
# Quit and Close are the platform's own standard keys, right as Quit and Close.
MAC_ONLY_AS = {("cmd", K.Key_Q): "quit_app", ("cmd", K.Key_W): "close_window"}
WINDOWS_RESERVED = {("alt", K.Key_F4), ("alt", K.Key_Tab), ("alt", K.Key_Escape), ("ctrl+alt", K.Key_Delete),
                    ("ctrl", K.Key_Escape), ("ctrl+shift", K.Key_Escape)}
LINUX_RESERVED = {("ctrl+alt", K.Key_T), ("ctrl+alt", K.Key_Delete), ("ctrl+alt", K.Key_Left),
                  ("ctrl+alt", K.Key_Right), ("ctrl+alt", K.Key_Up), ("ctrl+alt", K.Key_Down), ("alt", K.Key_Tab),
                  ("alt", K.Key_F2), ("alt", K.Key_F4), ("ctrl+alt", K.Key_L)}

NAMES = {"mac": {CTRL: "cmd", SHIFT: "shift", ALT: "option", META: "control"},
         "pc": {CTRL: "ctrl", SHIFT: "shift", ALT: "alt", META: "super"}}
ORDER = ("control", "cmd", "ctrl", "alt", "option", "shift", "super")


@pytest.fixture(autouse=True)
def _app(qapp):
    """Standard keys resolve only with an application."""
    return qapp


def combos():
    """(command id, Qt modifiers, key) for every key every command is given, standard keys as this platform binds them."""
    for cmd in keymap.COMMANDS:
        for seq in keymap.sequences(cmd.id):
            for i in range(seq.count()):
                combo = seq[i]
                yield cmd.id, combo.keyboardModifiers() & ~M.KeypadModifier, combo.key()


def said(platform: str, modifiers) -> str:
    held = [name for flag, name in NAMES[platform].items() if modifiers & flag]
    return "+".join(sorted(held, key=ORDER.index))


def test_no_command_has_a_key_macos_keeps_or_that_types_a_character_there():
    for id, modifiers, key in combos():
        mods = said("mac", modifiers)
        assert (mods, key) not in MAC_RESERVED, f"{id}: {mods}+{QKeySequence(key).toString()} is macOS's own"
        assert MAC_ONLY_AS.get((mods, key), id) == id, f"{id}: {mods}+{QKeySequence(key).toString()} is macOS's own"
        typing = mods in ("option", "option+shift") and (K.Key_A <= key <= K.Key_Z or K.Key_0 <= key <= K.Key_9)
        assert not typing, f"{id}: Option+{QKeySequence(key).toString()} types a character on a Mac"


@pytest.mark.parametrize("platform, reserved", [("pc", WINDOWS_RESERVED), ("pc", LINUX_RESERVED)])
def test_no_command_has_a_key_windows_gnome_or_kde_keeps(platform, reserved):
    for id, modifiers, key in combos():
        mods = said(platform, modifiers)
        assert "super" not in mods, f"{id}: the Windows (Super) key belongs to the desktop"
        assert (mods, key) not in reserved, f"{id}: {mods}+{QKeySequence(key).toString()} is the desktop's own"
        altgr = mods in ("ctrl+alt", "ctrl+alt+shift") and (K.Key_0 <= key <= K.Key_9 or K.Key_A <= key <= K.Key_Z)
        assert not altgr, f"{id}: Ctrl+Alt is AltGr on Windows and types a character"


def test_the_old_keys_the_mac_takes_are_gone():
    """Ctrl+H (Cmd+H hides the app), Ctrl+M (Cmd+M minimises), Alt+digit (Option+digit types [ ] { } | @)."""
    given = {QKeySequence(key | modifiers).toString() for _id, modifiers, key in combos()}
    assert not {"Ctrl+H", "Ctrl+M"} & given
    assert not [key for key in given if re.fullmatch(r"Alt\+\d", key)]


# The review window's tabs each add their keys to the window-wide ones; the library and notes are windows of their own.
TOGETHER = [("library",), ("setup", "review"), ("timeline", "review"), ("meeting", "parking", "review"),
            ("comments", "review"), ("notes",), ("dialog",)]


@pytest.mark.parametrize("places", TOGETHER)
def test_no_two_commands_share_a_key_in_one_place(places):
    seen: dict[str, str] = {}
    for cmd in keymap.COMMANDS:
        if cmd.place in places:
            for seq in keymap.sequences(cmd.id):
                key = seq.toString()
                assert seen.setdefault(key, cmd.id) == cmd.id, f"{key}: both {seen[key]} and {cmd.id}"


def test_every_place_and_command_has_words():
    for cmd in keymap.COMMANDS:
        assert cmd.place in keymap.PLACES
    rows = keymap_doc.rows()
    assert all(where and does for where, _keys, does in rows)


def test_the_readme_key_table_is_the_one_the_table_gives():
    readme = keymap_doc.readme_path().read_text(encoding="utf-8")
    assert keymap_doc.rewritten(readme) == readme, "the key table changed: run `python -m facilitator.ui.common.keymap_doc`"


def test_no_key_is_written_into_a_window_outside_the_table():
    """Every shortcut comes from keymap.py: no key literal passed to setShortcut or QKeySequence in ui/."""
    ui = Path(keymap.__file__).parent.parent
    literal = re.compile(r"(setShortcuts?\(|QKeySequence\()\s*[\"'f]")
    found = [
        f"{path.name}:{n}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "keymap.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if literal.search(line)
    ]
    assert found == []
