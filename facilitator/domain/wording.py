"""Gentle hints for blame and hindsight wording, from rules a team can edit; they advise and never block."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

PERSON = "{person}"
"""In a rule's phrase, stands for the name (or first name) of anyone on the review."""


@dataclass(frozen=True)
class WordingRule:
    name: str
    phrases: tuple[str, ...]
    hint: str
    rephrase: str


@dataclass(frozen=True)
class WordingHint:
    """One rule that matched: the words it matched, where, and what to say instead."""

    rule: str
    words: str
    start: int
    hint: str
    rephrase: str


def wording_rules(table: Mapping) -> tuple[WordingRule, ...]:
    """The [[rules]] of resources/text/wording.toml; rules without phrases or a hint are left out."""
    rules = []
    for item in table.get("rules", ()):
        phrases = tuple(str(p).strip() for p in item.get("phrases", ()) if str(p).strip())
        hint = str(item.get("hint", "")).strip()
        if phrases and hint:
            rules.append(WordingRule(str(item.get("name", phrases[0])), phrases, hint, str(item.get("rephrase", "")).strip()))
    return tuple(rules)


class WordingCheck:
    """The rules for the people of one review, compiled once, on the first check (not while a window opens)."""

    def __init__(self, rules: Sequence[WordingRule], names: Iterable[str] = ()):
        self.rules = tuple(rules)
        self.names = tuple(names)

    @functools.cached_property
    def _patterns(self) -> list[tuple[WordingRule, re.Pattern]]:
        people = _name_pattern(self.names)
        return [(rule, pattern) for rule in self.rules if (pattern := _rule_pattern(rule, people)) is not None]

    def hints(self, text: str) -> list[WordingHint]:
        """Each rule that matches the text, once, in the order the matches appear."""
        found = []
        for rule, pattern in self._patterns:
            match = pattern.search(text)
            if match:
                found.append(WordingHint(rule.name, match.group(0), match.start(), rule.hint, rule.rephrase))
        return sorted(found, key=lambda h: h.start)


def wording_hints(text: str, rules: Sequence[WordingRule], names: Iterable[str] = ()) -> list[WordingHint]:
    return WordingCheck(rules, names).hints(text)


def _name_pattern(names: Iterable[str]) -> str | None:
    """Full names and first names, longest first so 'Ada Quist' wins over 'Ada'."""
    variants = set()
    for name in names:
        name = " ".join(name.split())
        if name:
            variants.add(name)
            first = name.split()[0]
            if len(first) > 2:
                variants.add(first)
    if not variants:
        return None
    return "(?:" + "|".join(_literal(v) for v in sorted(variants, key=len, reverse=True)) + ")"


def _phrase_pattern(phrase: str, people: str | None) -> str | None:
    """The phrase as a pattern: any run of spaces matches any whitespace, either apostrophe matches."""
    parts = phrase.split(PERSON)
    if len(parts) > 1 and people is None:
        return None
    joined = people.join(_literal(part) for part in parts) if people else _literal(phrase)
    return rf"(?<!\w){joined}(?!\w)"


def _literal(text: str) -> str:
    pieces = re.split(r"(\s+)", text)
    return "".join(r"\s+" if piece.isspace() else re.escape(piece).replace("'", "['’]") for piece in pieces)


def _rule_pattern(rule: WordingRule, people: str | None) -> re.Pattern | None:
    patterns = [p for p in (_phrase_pattern(phrase, people) for phrase in rule.phrases) if p]
    if not patterns:
        return None
    return re.compile("|".join(patterns), re.IGNORECASE)
