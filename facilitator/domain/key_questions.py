"""The key questions the room answers after the timeline, read from the editable meeting texts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class KeyQuestion(NamedTuple):
    key: str
    text: str


def key_questions(table: Mapping) -> tuple[KeyQuestion, ...]:
    """The [key_questions] table's questions in order; entries without a key or text are left out."""
    found: list[KeyQuestion] = []
    for item in table.get("key_questions", {}).get("questions", ()):
        key, text = str(item.get("key", "")).strip(), str(item.get("text", "")).strip()
        if key and text and key not in {q.key for q in found}:
            found.append(KeyQuestion(key, text))
    return tuple(found)
