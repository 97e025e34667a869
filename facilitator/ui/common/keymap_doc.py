"""The README's key table, written from the key table: `python -m facilitator.ui.common.keymap_doc` rewrites it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import cast

from ...content import texts
from . import keymap

BEGIN = "<!-- keys: written by `python -m facilitator.ui.common.keymap_doc` from facilitator/ui/common/keymap.py, do not edit -->"
END = "<!-- end of keys -->"


def rows(native: bool = False) -> list[tuple[str, str, str]]:
    """(where, keys, what it does) for every command that has a key, in the table's order."""
    said = texts("commands")
    places = cast("Mapping[str, str]", said["places"])
    does = cast("Mapping[str, Mapping[str, str]]", said["commands"])
    return [
        (places[cmd.place], keymap.shown(cmd.id, native), does[cmd.id]["does"])
        for cmd in keymap.COMMANDS
        if cmd.keys or cmd.shown
    ]


def changed_lines() -> list[str]:
    said = texts("commands")
    does = cast("Mapping[str, Mapping[str, str]]", said["commands"])
    return [
        said["help"]["changed_row"].format(old=old, new=keymap.shown(id, native=False), does=does[id]["does"])
        for old, id in keymap.CHANGED
    ]


def section() -> str:
    """The README's key section, markers included."""
    said = texts("commands")["help"]
    lines = [BEGIN, "", said["mac"], "", f"| {said['where']} | {said['key']} | {said['does']} |", "|---|---|---|"]
    lines += [f"| {where} | {keys} | {does} |" for where, keys, does in rows()]
    lines += ["", said["changed"], ""]
    lines += [f"- {line}" for line in changed_lines()]
    lines += ["", END]
    return "\n".join(lines)


def readme_path() -> Path:
    return Path(__file__).resolve().parents[3] / "README.md"


def rewritten(readme: str) -> str:
    """The README with its key section replaced by the one the table gives."""
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    return readme[:start] + section() + readme[end:]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the same standard keys wherever it runs
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    path = readme_path()
    path.write_text(rewritten(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the key table into {path}")


if __name__ == "__main__":
    main()
