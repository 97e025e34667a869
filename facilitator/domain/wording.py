"""Gentle hints for blame and hindsight wording, from rules a team can edit; they advise and never block."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from .record import record

PERSON = "{person}"
"""In a rule's phrase, stands for the name (or first name) of anyone on the review."""
SOMEONE = "{someone}"
"""In a rule's phrase, stands for any person: a name on the review, a pronoun, a role ("the on-call engineer"),
or a word shaped like a name ("Sam") followed by something only a person does."""
CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
SMALL = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"


@record
class SomeoneWords:
    """What {someone} may be besides a name on the review, from the [someone] table of the rules' file."""

    pronouns: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    """People by their job ("engineer", "on-call engineer"): after a determiner, or in the plural."""
    determiners: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    """What only a person does ("check", "notice", "just"): a name-shaped word not on the review counts as
    someone only when one of these follows it (so "why did Redis evict…" is left alone), or a possessive."""


@record
class WordingRule:
    name: str
    phrases: tuple[str, ...]
    hint: str
    rephrase: str


@record
class WordingHint:
    """One rule that matched: the words it matched, where, and what to say instead."""

    rule: str
    words: str
    start: int
    hint: str
    rephrase: str


def someone_words(table: Mapping) -> SomeoneWords:
    """The [someone] table of resources/text/wording.toml."""
    words = table.get("someone", {})

    def listed(key: str) -> tuple[str, ...]:
        return tuple(" ".join(str(w).split()) for w in words.get(key, ()) if str(w).strip())

    return SomeoneWords(listed("pronouns"), listed("roles"), listed("determiners"), listed("acts"))


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

    def __init__(self, rules: Sequence[WordingRule], names: Iterable[str] = (), someone: SomeoneWords = SomeoneWords()):
        self.rules = tuple(rules)
        self.names = tuple(names)
        self.someone = someone

    @functools.cached_property
    def _patterns(self) -> list[tuple[WordingRule, re.Pattern]]:
        people = _name_pattern(self.names)
        anyone = _someone_pattern(people, self.someone)
        return [(rule, pattern) for rule in self.rules if (pattern := _rule_pattern(rule, people, anyone)) is not None]

    def hints(self, text: str) -> list[WordingHint]:
        """Each rule that matches the text, once, in the order the matches appear."""
        found = []
        for rule, pattern in self._patterns:
            match = pattern.search(text)
            if match:
                found.append(WordingHint(rule.name, match.group(0), match.start(), rule.hint, rule.rephrase))
        return sorted(found, key=lambda h: h.start)


def wording_hints(
    text: str, rules: Sequence[WordingRule], names: Iterable[str] = (), someone: SomeoneWords = SomeoneWords()
) -> list[WordingHint]:
    return WordingCheck(rules, names, someone).hints(text)


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


def _any_of(words: Iterable[str]) -> str:
    return "(?:" + "|".join(_literal(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _someone_pattern(people: str | None, words: SomeoneWords) -> str | None:
    """Anyone at all: the review's people, a pronoun, a role, or a name-shaped word that a person's act follows."""
    found = [people] if people else []
    if words.pronouns:
        found.append(_any_of(words.pronouns) + r"(?!\w)")
    if words.roles:
        role = _any_of(words.roles)
        determiner = _any_of(words.determiners) if words.determiners else None
        if determiner:
            found.append(rf"{determiner}\s+(?:[\w-]+\s+)?{role}(?:e?s)?(?!\w)")
        found.append(rf"{role}e?s(?!\w)")
    if words.acts:
        found.append(rf"(?-i:[{CAPITAL}][{SMALL}]+)(?=['’]s(?!\w)|\s+(?:not\s+)?{_any_of(words.acts)}(?!\w))")
    return "(?:" + "|".join(found) + ")" if found else None


def _phrase_pattern(phrase: str, people: str | None, anyone: str | None = None) -> str | None:
    """The phrase as a pattern: any run of spaces matches any whitespace, either apostrophe matches."""
    pattern = ""
    for piece in re.split(f"({re.escape(PERSON)}|{re.escape(SOMEONE)})", phrase):
        if piece in (PERSON, SOMEONE):
            stands_for = people if piece == PERSON else anyone
            if stands_for is None:
                return None
            pattern += stands_for
        else:
            pattern += _literal(piece)
    return rf"(?<!\w){pattern}(?!\w)"


def _literal(text: str) -> str:
    pieces = re.split(r"(\s+)", text)
    return "".join(r"\s+" if piece.isspace() else re.escape(piece).replace("'", "['’]") for piece in pieces)


def _rule_pattern(rule: WordingRule, people: str | None, anyone: str | None = None) -> re.Pattern | None:
    shared = [phrase for phrase in rule.phrases if phrase.count(SOMEONE) == 1 and PERSON not in phrase]
    alone = [phrase for phrase in rule.phrases if phrase not in shared]
    patterns = [p for p in (_phrase_pattern(phrase, people, anyone) for phrase in alone) if p]
    if anyone is not None:
        patterns += [_shared_pattern(group, anyone) for group in _sharing(shared)]
    if not patterns:
        return None
    return re.compile("|".join(patterns), re.IGNORECASE)


def _sharing(phrases: Sequence[str]) -> list[tuple[str | None, str | None, list[tuple[str, str]]]]:
    """The {someone} phrases in as few groups as possible, each sharing the words before {someone} (or those
    after): 'why did {someone}' and 'why didn't {someone}' become one pattern, so the long {someone}
    pattern is compiled a few times per rule rather than once per phrase."""
    waiting = [_around_someone(phrase) for phrase in phrases]
    groups: list[tuple[str | None, str | None, list[tuple[str, str]]]] = []
    while waiting:
        best: tuple[int, int, str] = (0, 0, "")
        for side in (0, 1):
            for words in {pair[side] for pair in waiting}:
                size = sum(1 for pair in waiting if pair[side] == words)
                if size > best[0]:
                    best = (size, side, words)
        _size, side, words = best
        members = [pair for pair in waiting if pair[side] == words]
        waiting = [pair for pair in waiting if pair[side] != words]
        groups.append((words if side == 0 else None, words if side == 1 else None, members))
    return groups


def _around_someone(phrase: str) -> tuple[str, str]:
    """The words before and after the one {someone} of a phrase."""
    before, _, after = phrase.partition(SOMEONE)
    return before, after


def _shared_pattern(group: tuple[str | None, str | None, list[tuple[str, str]]], anyone: str) -> str:
    before, after, members = group
    if before is not None:
        ends = sorted({end for _start, end in members}, key=len, reverse=True)
        return rf"(?<!\w){_literal(before)}{anyone}(?:{'|'.join(_literal(end) for end in ends)})(?!\w)"
    starts = sorted({start for start, _end in members}, key=len, reverse=True)
    return rf"(?<!\w)(?:{'|'.join(_literal(start) for start in starts)}){anyone}{_literal(after or '')}(?!\w)"
