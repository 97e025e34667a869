"""Timelines from Markdown postmortems: bullets or lines that start with a time, and tables with a time column."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..domain.timeline import TimelineEntry, sorted_entries
from . import ImportContext, ImportProblem
from .columns import columns_of, entry_from
from .times import TimePlacer, leading_time, zone_in

_FENCE = re.compile(r"\s*(```|~~~)")
_HEADING = re.compile(r" {0,3}(?P<level>#{1,6})\s+(?P<title>.*)")
_BULLET = re.compile(r"(?P<indent>[ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?P<body>.*)")
_TABLE_RULE = re.compile(r"\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?")
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
    """Every timeline bullet, time-led line and table row of a Markdown document, sorted by time; all or nothing."""
    entries = _read(text, context)
    if not entries:
        raise ImportProblem(
            "no timeline entries found: expected bullets that start with a time "
            '("- 18:42 Alice: restarted the pool") or a table with a time column'
        )
    return sorted_entries(entries)


def _read(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Entries in document order, all or nothing."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    document = _Document(TimePlacer(context))
    index = 0
    while index < len(lines):
        line, index = lines[index], index + 1
        if not document.in_fence and _starts_table(line, lines[index] if index < len(lines) else ""):
            index = _read_table(lines, index - 1, document.placing(), document.found)
            document.current = None
        else:
            document.read(line, f"line {index}")
    return [part.finished() if isinstance(part, _Item) else part for part in document.found]


class _Document:
    """What reading a document has found so far, and what its headings say about the times under them.

    A heading such as "Timeline (UTC)" sets the zone of the times under it; a heading, bullet or line
    that is only a date ("### 15 October") sets the day of the clock times that follow.
    """

    def __init__(self, placer: TimePlacer) -> None:
        self.placer = placer
        self.found: list[TimelineEntry | _Item] = []
        self.current: _Item | None = None
        self.in_fence = False
        self.heading_zones: dict[int, dt.tzinfo | None] = {}

    def placing(self) -> _Placing:
        zone = next((z for _, z in sorted(self.heading_zones.items(), reverse=True) if z), None)
        return _Placing(self.placer, zone)

    def read(self, line: str, where: str) -> None:
        """One line outside a table."""
        if _FENCE.match(line):
            self.in_fence, self.current = not self.in_fence, None
            return
        if self.in_fence or not line.strip():
            return
        heading = _HEADING.fullmatch(line)
        if heading is not None:
            self._heading(len(heading.group("level")), heading.group("title"))
            return
        bullet = _BULLET.fullmatch(line)
        if self.current is not None and _width(line) > self.current.indent:
            self.current.add((bullet.group("body") if bullet else line).strip(), bullet is not None)
            return
        body = bullet.group("body") if bullet else line
        self.current = None if self.placer.set_day(body) else _item(body, _width(line), self.placing(), where)
        if self.current is not None:
            self.found.append(self.current)

    def _heading(self, depth: int, title: str) -> None:
        self.current = None
        self.heading_zones = {level: z for level, z in self.heading_zones.items() if level < depth}
        self.heading_zones[depth] = zone_in(title) if "time" in title.lower() else None
        self.placer.set_day(title)


def _starts_table(line: str, following: str) -> bool:
    """Whether the line is a table's header: it has a cell border and the line after it is the rule."""
    return "|" in line and "|" in following and _TABLE_RULE.fullmatch(following) is not None


def _width(line: str) -> int:
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _item(body: str, indent: int, placing: _Placing, where: str) -> _Item | None:
    """A timeline item from a bullet or line that starts with a time, None for any other."""
    body = body.strip()
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
    return _Item(where=where, indent=indent, entry=entry, link=url)


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


def looks_like_markdown(text: str) -> bool:
    """Whether the text has a timeline bullet or line (one that starts with a time) or a table."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line, following in zip(lines, [*lines[1:], ""]):
        if _starts_table(line, following):
            return True
        bullet = _BULLET.fullmatch(line)
        body = (bullet.group("body") if bullet else line).strip()
        opener = next((mark for mark in _OPENERS if body.startswith(mark)), "")
        if leading_time(body[len(opener) :]) is not None:
            return True
    return False
