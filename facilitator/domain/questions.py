"""The question library: open how/what questions for each kind of moment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .timeline import MomentKind

GENERAL = "general"


class KindGuide(NamedTuple):
    label: str
    hint: str
    questions: tuple[str, ...]


class QuestionLibrary:
    """Built from the editable table in resources/text/questions.toml."""

    def __init__(self, table: Mapping):
        kinds = table.get("kinds", {})
        self._guides = {
            kind: _guide(kinds.get(kind.value, {}), kind.value.replace("_", " ").capitalize())
            for kind in MomentKind
        }
        self._general = _guide(table.get(GENERAL, {}), "Any moment")

    def guide(self, kind: MomentKind | None) -> KindGuide:
        return self._general if kind is None else self._guides[kind]

    def label(self, kind: MomentKind | None) -> str:
        return self.guide(kind).label

    def questions(self, kind: MomentKind | None, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The library's questions for the kind, then those added for this moment."""
        return (*self.guide(kind).questions, *extra)


def _guide(section: Mapping, fallback_label: str) -> KindGuide:
    return KindGuide(
        label=str(section.get("label", fallback_label)),
        hint=str(section.get("hint", "")),
        questions=tuple(str(q) for q in section.get("questions", ())),
    )
