"""Timelines from Markdown postmortems: bullets that start with a time, and tables with a time column."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..domain.timeline import TimelineEntry
from . import ImportContext, ImportProblem
from .csv_timeline import columns_of, entry_from
from .times import INPUT_ERRORS, TimePlacer, leading_time, zone_named

_FENCE = re.compile(r"\s*(```|~~~)")
_HEADING = re.compile(r" {0,3}(?P<level>#{1,6})\s+(?P<title>.*)")
_UTC_WORD = re.compile(r"\b(?:UTC|GMT)\b")
_ZONE_NAME = re.compile(r"\b[A-Z][A-Za-z_]+/[A-Za-z_/+-]+")
_BULLET = re.compile(r"(?P<indent>[ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?P<body>.*)")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_OPENERS = ("**", "__", "`", "[", "*", "_")
_CLOSERS = ("**", "__", "`", "]", "*", "_")
_LINK_TARGET = re.compile(r"\((?P<url>[^)\s]*)\)")
_SEPARATOR = re.compile(r"\s*(?:[-–—:|]+\s+)?")
_ACTOR_WORD = re.compile(r"@[\w.-]+|[^\W\d_][\w.'’-]*")
_NOT_ACTORS = {
    "action", "alert", "cause", "decision", "detection", "error", "fix", "fyi", "impact", "info",
    "mitigation", "note", "resolved", "status", "summary", "update", "warning",
}


@dataclass(frozen=True)
class _Placing:
    """The file's placer, and the zone the section heading names for times without an offset."""

    placer: TimePlacer
    zone: dt.tzinfo | None


@dataclass
class _Item:
    """A timeline bullet while its continuation lines and sub-bullets are still being read."""

    where: str
    indent: int
    entry: TimelineEntry
    link: str = ""
    detail: list[str] = field(default_factory=list)

    def add(self, line: str, bullet: bool) -> None:
        """A line indented under the item: a sub-bullet is detail, wrapped text continues the last line."""
        if bullet or not (self.detail or self.entry.text):
            self.detail.append(line)
        elif self.detail:
            self.detail[-1] = f"{self.detail[-1]} {line}"
        else:
            self.entry = replace(self.entry, text=f"{self.entry.text} {line}")

    def finished(self) -> TimelineEntry:
        """The entry, with the first detail line as its text when the bullet held only a time."""
        detail = [line for line in self.detail if line]
        text = self.entry.text or (detail.pop(0) if detail else "")
        detail += [self.link] if self.link else []
        if not text:
            raise ImportProblem(f"{self.where}: nothing follows the time")
        return replace(self.entry, text=text, detail="\n".join(detail))


def read_markdown(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Every timeline bullet and table row of a Markdown document, sorted by time; all or nothing."""
    try:
        entries = _read(text, context)
    except ImportProblem:
        raise
    except INPUT_ERRORS as error:
        raise ImportProblem(f"not a readable Markdown timeline: {error}") from error
    if not entries:
        raise ImportProblem(
            "no timeline entries found: expected bullets that start with a time "
            '("- 18:42 Alice: restarted the pool") or a table with a time column'
        )
    return sorted(entries, key=lambda entry: entry.at)


def _read(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Entries in document order; a heading such as "Timeline (UTC)" sets the zone of the times under it."""
    placer = TimePlacer(context)
    zone: dt.tzinfo | None = None
    heading_zones: dict[int, dt.tzinfo | None] = {}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: list[TimelineEntry | _Item] = []
    current: _Item | None = None
    in_fence = False
    index = 0
    while index < len(lines):
        line, where = lines[index], f"line {index + 1}"
        index += 1
        if _FENCE.match(line):
            in_fence, current = not in_fence, None
            continue
        if in_fence or not line.strip():
            continue
        heading = _HEADING.fullmatch(line)
        if heading is not None:
            depth, current = len(heading.group("level")), None
            heading_zones = {level: z for level, z in heading_zones.items() if level < depth}
            heading_zones[depth] = _heading_zone(heading.group("title"))
            zone = next((z for _, z in sorted(heading_zones.items(), reverse=True) if z), None)
            continue
        if "|" in line and index < len(lines) and "|" in lines[index] and _TABLE_RULE.fullmatch(lines[index]):
            index = _read_table(lines, index - 1, _Placing(placer, zone), found)
            current = None
            continue
        bullet = _BULLET.fullmatch(line)
        if current is not None and _width(line) > current.indent:
            current.add((bullet.group("body") if bullet else line).strip(), bullet is not None)
            continue
        current = _item(bullet, _Placing(placer, zone), where) if bullet else None
        if current is not None:
            found.append(current)
    return [part.finished() if isinstance(part, _Item) else part for part in found]


def _width(line: str) -> int:
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _heading_zone(title: str) -> dt.tzinfo | None:
    """The zone a heading about times names: "Timeline (UTC)", "Times in Europe/Paris"."""
    if "time" not in title.lower():
        return None
    if _UTC_WORD.search(title):
        return dt.timezone.utc
    named = _ZONE_NAME.search(title)
    try:
        return zone_named(named.group(0)) if named else None
    except ImportProblem:
        return None


def _item(bullet: re.Match[str], placing: _Placing, where: str) -> _Item | None:
    """A timeline item from a bullet that starts with a time, None for any other bullet."""
    body = bullet.group("body").strip()
    opener = next((mark for mark in _OPENERS if body.startswith(mark)), "")
    found = leading_time(body[len(opener) :])
    if found is None:
        return None
    stamp, rest = found
    closer = _CLOSERS[_OPENERS.index(opener)] if opener else ""
    if closer and not rest.startswith(closer):
        return None
    rest = rest[len(closer) :]
    link = _LINK_TARGET.match(rest) if closer == "]" else None
    if link is not None:
        rest = rest[link.end() :]
    actor, text = _actor_and_text(rest[_SEPARATOR.match(rest).end() :].strip())
    entry = TimelineEntry(at=placing.placer.place(stamp, where, placing.zone), actor=actor, text=text)
    url = link.group("url") if link is not None else ""
    return _Item(where=where, indent=_width(bullet.group(0)), entry=entry, link=url)


def _actor_and_text(rest: str) -> tuple[str, str]:
    """'Alice: restarted the pool' -> ('Alice', 'restarted the pool'); text without an actor is kept whole."""
    head, colon, tail = rest.partition(":")
    head = head.strip().strip("*_").strip()
    tail = tail.lstrip("*_")
    if not colon or not tail[:1].isspace() or not tail.strip():
        return "", rest
    words = head.split()
    if not 1 <= len(words) <= 3 or not all(_ACTOR_WORD.fullmatch(word) for word in words):
        return "", rest
    if not all(word[0] == "@" or word[0].isupper() for word in words) or head.lower() in _NOT_ACTORS:
        return "", rest
    return head, tail.strip()


def _cells(line: str) -> list[str]:
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [_LINE_BREAK.sub("\n", cell).replace("\\|", "|").strip() for cell in _CELL_SPLIT.split(row)]


def _read_table(lines: list[str], start: int, placing: _Placing, entries: list) -> int:
    """Adds the rows of the table headed at `start` to entries if it is a timeline; returns the line after it."""
    end = start + 2
    while end < len(lines) and "|" in lines[end] and lines[end].strip():
        end += 1
    try:
        columns = columns_of(_cells(lines[start]), f"line {start + 1}")
    except ImportProblem:
        return end
    columns = replace(columns, zone=columns.zone or placing.zone)
    for number in range(start + 2, end):
        entry = entry_from(_cells(lines[number]), columns, placing.placer, f"line {number + 1}")
        if entry is not None:
            entries.append(entry)
    return end
