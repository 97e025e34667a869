"""Timelines from Markdown postmortems: bullets, lines and paragraphs that start with a time or a date, and tables."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..domain.record import record
from ..domain.timeline import TimelineEntry, TimePrecision, sorted_entries
from . import ImportContext, ImportProblem
from .columns import columns_of, entry_from
from .markdown_leads import Lead, date_lead, day_line, offset_of, time_lead, unknown_time, zone_note
from .markdown_leads import after_separator as _after_separator
from .markdown_leads import update_day as _update_day
from .markdown_lines import BULLET as _BULLET
from .markdown_lines import HEADING as _HEADING
from .markdown_lines import looks_like_markdown as looks_like_markdown
from .markdown_lines import starts_table as _starts_table
from .markdown_words import actor_and_text, first_news, reader_words, row_cells
from .posted_updates import posted_stamp, update_words
from .status_history import status_stamp
from .times import TimePlacer, dated_within, stamp_within

_FENCE = re.compile(r"\s*(```|~~~)")
_TIMELINE_HEADING = re.compile(r"timeline|chronolog|sequence of events|time ?line", re.IGNORECASE)
NO_TIME = "no time found"
NO_START = "an offset from a start time the file does not give"
NO_TITLE = "a status and its time with no title above it and no words under it"
_PREVIOUS_UPDATES = re.compile(r"\d+ (?:previous|earlier|more) updates?", re.IGNORECASE)
"""The line a status history shows under an incident's last update ('3 previous updates'): never a title."""
_DAY_NUMBER = re.compile(r"[*_\s]*day\s+(?P<number>\d{1,2})(?!\w|[/.:-]\d)", re.IGNORECASE)
"""A section heading that numbers the days of a long incident: 'Day 2', 'Day 3 — recovery'."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*_(])")
_LEAD_IN = re.compile(r":[*_]*\s*$")
"""A line that ends with a colon introduces the lines under it."""
_WORDY = re.compile(r"[^\W_]")
"""A line with a letter or digit could be an entry; a rule ('---', '***') or a lone mark could not."""


@record
class _Placing:
    """The file's placer, and the zone the section heading or a note names for times without an offset."""

    placer: TimePlacer
    zone: dt.tzinfo | None


@dataclass
class _Item:
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


def read_markdown(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Every timeline bullet, time-led line or paragraph and table row of a Markdown document, sorted by time.

    All or nothing; lines that look meant as entries but give no time are reported through context.skip."""
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
    document = _Document(TimePlacer(context, text), context)
    index = 0
    while index < len(lines):
        line, index = lines[index], index + 1
        if not document.in_fence and _starts_table(line, lines[index] if index < len(lines) else ""):
            index = _read_table(lines, index - 1, document)
        else:
            document.read(line, f"line {index}")
    document.let_go()
    document.end_section()
    return [part.finished() if isinstance(part, _Item) else part for part in document.found]


class _Document:
    """What reading a document has found so far, and what its headings and notes say about the times under them.

    A heading such as "Timeline (UTC)", or a line such as "*(all times PDT)*", sets the zone of the times
    under it; a heading, bullet or line that is only a date ("### 15 October", "2015-10-21 *(all times
    UTC)*") sets the day of the clock times that follow. Lines of a section with entries (or of a timeline
    section) that look meant as entries but give no time are reported as skipped when the section ends.
    """

    def __init__(self, placer: TimePlacer, context: ImportContext) -> None:
        self.placer = placer
        self.context = context
        self.found: list[TimelineEntry | _Item] = []
        self.current: _Item | None = None
        self.in_fence = False
        self.after_blank = True
        self.heading_zones: dict[int, dt.tzinfo | None] = {}
        self.note_zone: dt.tzinfo | None = None
        self.section_is_timeline = False
        self.section_found = 0
        self.section_missed: list[tuple[str, str]] = []
        self._placing: _Placing | None = None
        self.pending: list[tuple[str, str, bool]] = []
        """The lines read since the last entry that were not one: the words a 'Posted <time>' line closes."""
        self.start: dt.datetime | None = None
        self.day_one: dt.date | None = None
        """The day 'Day 1' is: the date its heading gives, else the day its times were placed on."""
        """The moment 'T+15m' counts from: the last date and time written in a line that is not an entry."""

    def placing(self) -> _Placing:
        zone = self.note_zone or next((z for _, z in sorted(self.heading_zones.items(), reverse=True) if z), None)
        if self._placing is None or self._placing.zone is not zone:
            self._placing = _Placing(self.placer, zone)
        return self._placing

    def add(self, part: TimelineEntry | _Item) -> None:
        self.found.append(part)
        self.section_found += 1
        if self.pending:
            self.pending.clear()

    def let_go(self) -> None:
        """Stop adding to the entry being read; a status line still waiting for its words is said to be left out."""
        if self.current is not None and self.current.waiting and self.current.status:
            self.context.skip(self.current.where, NO_TITLE)
        self.current = None

    def end_section(self) -> None:
        """Report the lines of the section that ends that were left out, if it is a timeline."""
        if self.section_found or self.section_is_timeline:
            for where, reason in self.section_missed:
                self.context.skip(where, reason)
        self.section_found, self.section_missed = 0, []

    def read(self, line: str, where: str) -> None:
        """One line outside a table."""
        if _FENCE.match(line):
            self.let_go()
            self.in_fence = not self.in_fence
            return
        if self.in_fence:
            return
        if not line.strip():
            self.after_blank = True
            current = self.current
            if current is not None and ((current.paragraph and not current.gathers) or (current.waiting and current.status)):
                self.let_go()
            return
        starts_paragraph, self.after_blank = self.after_blank, False
        heading = _HEADING.fullmatch(line)
        if heading is not None:
            self._heading(len(heading.group("level")), heading.group("title"), where)
            self.after_blank = True
            return
        bullet = _BULLET.fullmatch(line)
        body = (bullet.group("body") if bullet else line).strip()
        if self.current and self.current.waiting and (bullet or self._leads(body)):
            self.let_go()
        if self.current is not None and self.current.gathers and not self._leads(body):
            if self.current.waiting:
                self.current.waiting = False
                self.add(self.current)
            self.current.add(body if bullet else line.strip(), bullet is not None or starts_paragraph)
            return
        if self.current is not None and _width(line) > self.current.indent:
            self.current.add(body if bullet else line.strip(), bullet is not None)
            return
        if self.current is not None and bullet is None and not starts_paragraph and not self._leads(body):
            self.current.add(body, False)
            return
        self.current = None
        self._line(body, where, _width(line), bullet is not None, starts_paragraph)

    def _leads(self, body: str) -> bool:
        """Whether the line starts something of its own: a time, a date, a zone note or a placeholder date."""
        return bool(
            time_lead(body) or offset_of(body) or day_line(body) or zone_note(body) or date_lead(body)
            or unknown_time(body) or status_stamp(body)
        )

    def _line(self, body: str, where: str, indent: int, bullet: bool, starts_paragraph: bool) -> None:
        """A bullet or a line that is not the continuation of an entry."""
        lead = time_lead(body)
        if lead is not None:
            self.current = _item(lead, indent, self.placing(), where, paragraph=not bullet)
            self.current.gathers = not bullet and not self.current.text
            self.add(self.current)
        elif (offset := offset_of(body)) is not None:
            self._offset_item(offset, body, where, indent, bullet)
        elif not bullet and (day := _update_day(body)) is not None:
            at, date_only = self.placer.place_day(day, where), TimePrecision.DATE_ONLY
            self.current = _Item(where, 0, at, date_only, "", paragraph=True, gathers=True, waiting=True)
        elif self._day_or_zone(body, where):
            return
        elif (lead := date_lead(body)) is not None:
            self.current = _item(lead, indent, self.placing(), where, paragraph=not bullet)
            self.add(self.current)
        elif _LEAD_IN.search(body) and self._lead_in(body, where):
            return
        elif (unknown := unknown_time(body)) is not None:
            self.context.skip(where, f'the {"time" if ":" in unknown else "date"} "{unknown}" is not known')
        elif self._status(body, where) or ((posted := posted_stamp(body)) is not None and self._posted(posted, where)):
            return
        elif (stamp := stamp_within(body)) is not None:
            self.start = self.placer.place(stamp, where, self.placing().zone)
        else:
            if ((bullet and indent == 0) or (not bullet and starts_paragraph)) and _WORDY.search(body):
                self._zone_sentence(body, where)
                self.section_missed.append((where, NO_TIME))
            self.pending.append((where, body, starts_paragraph))

    def _posted(self, stamp: str, where: str) -> bool:
        """Whether the lines above a 'Posted <time>' line give an update's words; they become its entry."""
        words, detail, used = update_words(self.pending)
        if words:
            self.add(TimelineEntry(self.placer.place(stamp, where, self.placing().zone), "", words, detail))
            self.section_missed = [missed for missed in self.section_missed if missed[0] not in used]
        return bool(words)

    def _status(self, body: str, where: str) -> bool:
        """Whether a line such as 'Resolved May 28 at 01:00am BST' has an incident's title above it: they make an
        entry whose detail is the update's words under it. The title is the line above, even one an entry gathered."""
        status, last = status_stamp(body), self.found[-1] if self.found else None
        if status is None:
            return False
        at = self.placer.place(status[1], where, self.placing().zone)
        if self.pending and not _PREVIOUS_UPDATES.fullmatch(self.pending[-1][1]):
            title = self.pending[-1][1]
            self.section_missed = [missed for missed in self.section_missed if missed[0] != self.pending[-1][0]]
        elif (
            isinstance(last, _Item) and last.gathers and last.detail and (last.text or len(last.detail) > 1)
            and not _PREVIOUS_UPDATES.fullmatch(last.detail[-1][-1])
        ):
            title = last.detail[-1].pop()
            last.detail = [lines for lines in last.detail if lines]
        else:  # the copy starts under the title: the words under the line are the update's, else it is left out
            self.current = _Item(where, 0, at, TimePrecision.EXACT, "", paragraph=True, gathers=True, waiting=True)
            self.current.each_line, self.current.status = True, status[0]
            return True
        self.current = _Item(where, 0, at, TimePrecision.EXACT, f"{status[0]}: {title}", paragraph=True, gathers=True)
        self.current.each_line = True
        self.add(self.current)
        return True

    def _zone_sentence(self, body: str, where: str) -> None:
        """A sentence of a longer line that says the zone ('All times below are Pacific (UTC-7).') takes effect."""
        for sentence in _SENTENCE_END.split(body):
            note = zone_note(sentence) if sentence != body else None
            zone = self.placer.zone_in(note, where) if note else None
            if zone is not None:
                self.note_zone = zone

    def _offset_item(self, offset: tuple[dt.timedelta, str], body: str, where: str, indent: int, bullet: bool) -> None:
        """An entry written as an offset from the start ('T+15m: first 502s'), or a skip when no start is given."""
        if self.start is None:
            self.context.skip(where, NO_START)
            return
        rest = offset[1]
        text = _after_separator(rest).strip()
        self.current = _Item(where, indent, self.start + offset[0], TimePrecision.EXACT, text, paragraph=not bullet)
        self.add(self.current)

    def _day_or_zone(self, body: str, where: str) -> bool:
        """Whether the line only gives a date ('15 October'), a zone ('*(all times UTC)*') or both; it takes effect."""
        day = day_line(body)
        if day is not None:
            zone_text = zone_note(day[1], bare=True) if day[1] else ""
            zone = self.placer.zone_in(zone_text, where) if zone_text else None
            if day[1] and zone is None:
                return False
            if not self.placer.set_day(day[0]):
                return False
            self.note_zone = zone or self.note_zone
            return True
        note = zone_note(body)
        zone = self.placer.zone_in(note, where) if note else None
        if zone is not None:
            self.note_zone = zone
        return zone is not None

    def _lead_in(self, body: str, where: str) -> bool:
        """Whether a line that introduces what follows ('Timeline (times in GMT+2), 2025-09-14:') names a date
        or a zone; they take effect for the times under it."""
        day = dated_within(body)
        zone = self.placer.zone_in(body, where)
        if day is not None and not self.placer.set_day(day):
            day = None
        self.note_zone = zone or self.note_zone
        return day is not None or zone is not None

    def _numbered_day(self, title: str, dated: bool) -> None:
        """'Day 2' moves the times under it to the day after Day 1's; a dated 'Day N' says which day Day 1 is."""
        number = _DAY_NUMBER.match(title)
        if number is None or int(number.group("number")) < 1:
            return
        after_first = dt.timedelta(days=int(number.group("number")) - 1)
        if dated or self.day_one is None:
            self.day_one = self.placer.day - after_first
        else:
            self.placer.move_to(self.day_one + after_first)

    def _heading(self, depth: int, title: str, where: str) -> None:
        self.let_go()
        self.end_section()
        self.pending.clear()
        self.heading_zones = {level: z for level, z in self.heading_zones.items() if level < depth}
        lead = time_lead(title)
        if lead is not None:  # '### 2018 October 21 22:52 UTC': the paragraphs under it tell what happened
            self.current = _item(lead, 0, self.placing(), where, paragraph=True)
            self.current.gathers = True
            self.add(self.current)
            self.section_is_timeline = True
            return
        zone = self.placer.zone_in(title, where) if "time" in title.lower() else None
        day = day_line(title)
        if day is not None and self.placer.set_day(day[0]):
            zone_text = zone_note(day[1], bare=True) if day[1] else ""
            zone = zone or (self.placer.zone_in(zone_text, where) if zone_text else None)
        elif (dated := dated_within(title)) is not None and self.placer.set_day(dated):
            day = (dated, "")
            zone = zone or self.placer.zone_in(title, where)
        self._numbered_day(title, dated=day is not None)
        self.heading_zones[depth] = zone
        self.note_zone = None if zone is not None else self.note_zone
        self.section_is_timeline = bool(_TIMELINE_HEADING.search(title)) or day is not None


def _width(line: str) -> int:
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _item(lead: Lead, indent: int, placing: _Placing, where: str, paragraph: bool) -> _Item:
    """A timeline item from the time or date a bullet, line or paragraph starts with."""
    rest = lead.rest
    text = _after_separator(rest).strip()
    if lead.precision is TimePrecision.DATE_ONLY:
        at = placing.placer.place_day(lead.stamp, where)
    else:
        at = placing.placer.place(lead.stamp, where, placing.zone)
    return _Item(where, indent, at, lead.precision, text, link=lead.link, span=lead.span, paragraph=paragraph)


def _read_table(lines: list[str], start: int, document: _Document) -> int:
    """Adds the rows of the table headed at `start` to the document if it is a timeline; returns the line after it."""
    document.let_go()
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
