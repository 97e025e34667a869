"""Someone's own wording (or a translation) laid over the shipped texts, each key checked against the shipped one.

A key the shipped file does not have, a value of another kind (table, sentence, list), or a placeholder the
shipped sentence does not fill in is not used: the shipped text stays, and one Problem names the file and key.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .domain.record import record
from .text_table import key_path, kind_of

# Files whose placeholders all carry what the meeting produced (a reason, an answer, a time, a name): a sentence
# that leaves one out would silently drop it from the record of the review. Elsewhere wording may drop a detail.
KEEPS_EVERY_PLACEHOLDER = frozenset({"record"})

_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column \d+\)$")


@record
class Problem:
    """One mistake in a file of wording: which kind (a key of [problems] in own_wording.toml) and its details."""

    kind: str
    file: str
    key: str = ""
    details: dict[str, str] = field(default_factory=dict)


def read_toml(path: Path, shown_as: str) -> tuple[dict[str, Any] | None, Problem | None]:
    """The parsed file, or None and the Problem (with its line) when it is not valid TOML or not UTF-8."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None, Problem("not_text", shown_as)
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as e:
        reason = str(e)
        found = _TOML_PLACE.search(reason)
        line = found.group(1) if found else str(text.count("\n") + 1)
        return None, Problem("unreadable", shown_as, details={"line": line, "reason": _TOML_PLACE.sub("", reason)})


def placeholders(sentence: str) -> set[str] | None:
    """The placeholders a sentence has, as written ("{count}"); None when a brace belongs to no placeholder."""
    try:
        fields = list(string.Formatter().parse(sentence))
    except ValueError:
        return None
    return {_written(name, conversion, spec) for _, name, spec, conversion in fields if name is not None}


def _written(name: str, conversion: str | None, spec: str | None) -> str:
    return "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"


@dataclass
class Layering:
    """Lays one file of wording over the shipped file (or over shipped text already merged with a translation)."""

    name: str  # the texts' name: meeting for meeting.toml
    shown_as: str  # the file as named in a message
    reference: dict[str, Any]  # the shipped English file, which sets the keys, kinds and placeholders
    problems: list[Problem] = field(default_factory=list)

    def over(self, base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
        """base with each usable key of own in place of its own text."""
        return self._table(self.reference, base, own, "")

    def _table(self, reference: dict[str, Any], base: dict[str, Any], own: dict[str, Any], path: str) -> dict[str, Any]:
        merged = dict(base)
        for key, value in own.items():
            where = key_path(path, key)
            if key not in reference:
                self._report("unknown_key", where, name=self.name)
                continue
            shipped = reference[key]
            if kind_of(value) != kind_of(shipped):
                self._report("wrong_type", where, expected=kind_of(shipped), found=kind_of(value))
            elif isinstance(shipped, dict):
                merged[key] = self._table(shipped, base[key], value, where)
            elif isinstance(shipped, str):
                if self._sentence_fits(placeholders(shipped) or set(), value, where, self.name in KEEPS_EVERY_PLACEHOLDER):
                    merged[key] = value
            elif not isinstance(shipped, list) or self._list_fits(shipped, value, where):
                merged[key] = value
        return merged

    def _sentence_fits(self, known: set[str], sentence: str, where: str, keeps_all: bool) -> bool:
        found = placeholders(sentence)
        if found is None:
            if known:
                self._report("lone_brace", where)
                return False
            return True  # never formatted: a brace is just a brace
        unknown = sorted(found - known)
        if unknown:
            self._report("unknown_placeholder", where, placeholder=unknown[0], known=", ".join(sorted(known)))
            return False
        dropped = sorted(known - found) if keeps_all else []
        if dropped:
            self._report("dropped_placeholder", where, placeholder=dropped[0])
            return False
        return True

    def _list_fits(self, shipped: list[Any], own: list[Any], where: str) -> bool:
        """A list is replaced whole: each item must be of the shipped items' kind, with their keys and placeholders."""
        if not shipped:
            return True
        sample = shipped[0]
        for i, item in enumerate(own):
            here = f"{where}[{i}]"
            if kind_of(item) != kind_of(sample):
                self._report("wrong_type", here, expected=kind_of(sample), found=kind_of(item))
                return False
            if isinstance(sample, str) and not self._sentence_fits(_all_placeholders(shipped), item, here, False):
                return False
            if isinstance(sample, dict) and not self._item_fits(shipped, item, here):
                return False
        return True

    def _item_fits(self, shipped: list[dict[str, Any]], item: dict[str, Any], where: str) -> bool:
        for key, value in item.items():
            here = key_path(where, key)
            alike = [other[key] for other in shipped if key in other]
            if not alike:
                self._report("unknown_key", here, name=self.name)
                return False
            if kind_of(value) != kind_of(alike[0]):
                self._report("wrong_type", here, expected=kind_of(alike[0]), found=kind_of(value))
                return False
            if isinstance(value, str) and not self._sentence_fits(_all_placeholders(alike), value, here, False):
                return False
            every_item = [part for other in alike if isinstance(other, list) for part in other]  # {person} as well as {someone}
            if isinstance(value, list) and not self._list_fits(every_item, value, here):
                return False
        return True

    def _report(self, kind: str, key: str, **details: str) -> None:
        self.problems.append(Problem(kind, self.shown_as, key, details))


def _all_placeholders(items: list[Any]) -> set[str]:
    """Every placeholder any of a list's sentences has: an item written by a team may use any of them."""
    found: set[str] = set()
    for item in items:
        if isinstance(item, str):
            found |= placeholders(item) or set()
        elif isinstance(item, list):
            found |= _all_placeholders(item)
    return found
