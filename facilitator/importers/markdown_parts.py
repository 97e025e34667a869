"""The parts of a Markdown timeline being read: an entry while its lines are still coming in, the time a line
starts with placed as an entry, and a table's rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..domain.record import record
from ..domain.timeline import TimelineEntry, TimePrecision
from . import ImportProblem
from .columns import columns_of, entry_from
from .markdown_leads import Lead, after_separator
from .markdown_words import actor_and_text, first_news, reader_words, row_cells
from .times import TimePlacer

if TYPE_CHECKING:
    from .markdown_timeline import _Document


@record
class Placing:
    """The file's placer, and the zone the section heading or a note names for times without an offset."""

    placer: TimePlacer
    zone: dt.tzinfo | None


@dataclass
class Item:
    """A timeline entry while its continuation lines and sub-bullets are still being read; 'Name:' is read at the end."""

    where: str
    indent: int
    at: dt.datetime
    precision: TimePrecision
    text: str
    link: str = ""
    span: str = ""
    """The range the entry's time starts, as written, kept in its detail."""
    paragraph: bool = False
    """Started by a line outside a list: the lines after it, up to a blank line, continue it."""
    gathers: bool = False
    """Started by a heading or by a time alone on its line: the paragraphs under it, up to the next time, are its words."""
    waiting: bool = False  # after 'Update: April 18, 2022': an entry only once a paragraph (no bullet, no time) follows
    each_line: bool = False
    """Each line under it is a detail line of its own, as in a web page copied as text."""
    detail: list[list[str]] = field(default_factory=list)
    """Each detail line as the lines it was written on (joined at the end, so a long paragraph reads in linear time)."""
    more: list[str] = field(default_factory=list)
    status: str = ""
    """The status word of a status line without a title above it: the entry's words are its own and the line under it."""

    def add(self, line: str, bullet: bool) -> None:
        """A line indented under the item: a sub-bullet is detail, wrapped text continues the last line."""
        if bullet or self.each_line or not (self.detail or self.text):
            self.detail.append([line])
        elif self.detail:
            self.detail[-1].append(line)
        else:
            self.more.append(line)

    def finished(self) -> TimelineEntry:
        """The entry as a reader sees it, with the first detail line as its text when the line held only a time.

        Markup is taken out of the words; link targets join the detail."""
        links = [self.link] if self.link else []
        actor, text = actor_and_text(" ".join([self.text, *self.more]))
        text, found = reader_words(text)
        actor, _ = reader_words(actor)
        detail = []
        for lines in self.detail:
            words, more = reader_words(" ".join(lines))
            detail += [words] if words.strip() else []
            found += more
        text = text.strip() or (detail.pop(first_news(detail)) if detail else "")  # not a greeting: 'Hello all,'
        text = f"{self.status}: {text}" if self.status else text
        detail += [self.span] if self.span else []
        links += [link for link in found if link not in links]
        if not text.strip():
            raise ImportProblem(f"{self.where}: nothing follows the time")
        return TimelineEntry(self.at, actor.strip(), text, "\n".join(detail + links), precision=self.precision)


def width(line: str) -> int:
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def item(lead: Lead, indent: int, placing: Placing, where: str, paragraph: bool) -> Item:
    """A timeline item from the time or date a bullet, line or paragraph starts with."""
    rest = lead.rest
    text = after_separator(rest).strip()
    if lead.precision is TimePrecision.DATE_ONLY:
        at = placing.placer.place_day(lead.stamp, where)
    else:
        at = placing.placer.place(lead.stamp, where, placing.zone)
    return Item(where, indent, at, lead.precision, text, link=lead.link, span=lead.span, paragraph=paragraph)


def read_table(lines: list[str], start: int, document: _Document) -> int:
    """Adds the rows of the table headed at `start` to the document if it is a timeline; returns the line after it."""
    document.let_go()
    document.flush_prose()
    document.pending.clear()
    end = start + 2
    while end < len(lines) and "|" in lines[end] and lines[end].strip():
        end += 1
    try:
        header = row_cells(lines[start])[0]
        columns = columns_of(header, f"line {start + 1}")
    except ImportProblem:
        return end
    placing = document.placing()
    named = columns.zone or document.placer.zone_in(header[columns.time], f"line {start + 1}")
    columns = replace(columns, zone=named or placing.zone)
    for number in range(start + 2, end):
        cells, links = row_cells(lines[number])
        # '~15:00 UTC', '14:02–14:30' read; a row without a time or words is left out and said, as a sheet's is
        entry = entry_from(cells, columns, placing.placer, f"line {number + 1}", document.context)
        if entry is not None:
            document.add(replace(entry, detail="\n".join(part for part in (entry.detail, *links) if part)))
    document.after_blank = True
    return end
