"""Timelines from Markdown postmortems: bullets, lines and paragraphs that start with a time or a date, and tables."""

from __future__ import annotations

import datetime as dt
import re

from ..domain.timeline import TimelineEntry, TimePrecision, sorted_entries
from . import AmbiguousZone, ImportContext, ImportProblem, Skipped
from .markdown_leads import Lead, date_lead, day_line, offset_of, time_lead, unknown_time, zone_note
from .markdown_leads import after_separator as _after_separator
from .markdown_leads import update_day as _update_day
from .markdown_lines import BULLET as _BULLET
from .markdown_lines import HEADING as _HEADING
from .markdown_lines import looks_like_markdown as looks_like_markdown
from .markdown_lines import starts_table as _starts_table
from .markdown_parts import Item as _Item
from .markdown_parts import Placing as _Placing
from .markdown_parts import item as _item
from .markdown_parts import read_table as _read_table
from .markdown_parts import width as _width
from .posted_updates import posted_stamp, update_words
from .prose_times import moment, paragraph_moments, says_a_moment, sentences
from .status_history import status_stamp
from .times import TimePlacer, dated_within, stamp_within

_FENCE = re.compile(r"\s*(```|~~~)")
_TIMELINE_HEADING = re.compile(r"timeline|chronolog|sequence of events|time ?line", re.IGNORECASE)
NO_TIME = "no time found"
NO_START = "an offset from a start time the file does not give"
OUTSIDE = "a time in a sentence outside the timeline"
NO_TITLE = "a status and its time with no title above it and no words under it"
_PREVIOUS_UPDATES = re.compile(r"\d+ (?:previous|earlier|more) updates?", re.IGNORECASE)
"""The line a status history shows under an incident's last update ('3 previous updates'): never a title."""
_DAY_NUMBER = re.compile(r"[*_\s]*day\s+(?P<number>\d{1,2})(?!\w|[/.:-]\d)", re.IGNORECASE)
"""A section heading that numbers the days of a long incident: 'Day 2', 'Day 3 — recovery'."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*_(])")
_LEAD_IN = re.compile(r":[*_]*\s*$")
"""A line that ends with a colon introduces the lines under it."""
_SUMMARY_LABEL = re.compile(
    r"[*_]*(?:[^\W\d_]+\s){0,2}(?:summary|impact|root cause|background|overview|tl;?dr)[*_]*\s*[:—–-]", re.IGNORECASE
)
"""A paragraph that opens as a summary ('Issue summary:'): its times are read only in a document with no timeline."""
_WORDY = re.compile(r"[^\W_]")
"""A line with a letter or digit could be an entry; a rule ('---', '***') or a lone mark could not."""


def read_markdown(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Every timeline bullet, time-led line or paragraph and table row of a Markdown document, sorted by time, and
    each sentence of a timeline section's paragraphs that says when it happened ('... rolled back at 14:20 UTC.');
    a document with no other timeline is read for such sentences throughout.

    All or nothing; lines that look meant as entries but give no time are reported through context.skip."""
    skipped: list[Skipped] = []
    document = _read(text, context._replace(skipped=skipped), prose_in=frozenset())
    if not document.found or document.unread & document.with_entries:  # read again, those paragraphs too
        skipped = []
        prose_in = frozenset(document.with_entries) if document.found else None
        document = _read(text, context._replace(skipped=skipped), prose_in)
    entries = [part.finished() if isinstance(part, _Item) else part for part in document.found]
    for part in skipped:
        context.skip(part.where, part.reason)
    if not entries:
        raise ImportProblem(
            "no timeline entries found: expected bullets that start with a time "
            '("- 18:42 Alice: restarted the pool") or a table with a time column'
        )
    return sorted_entries(entries)


def _read(text: str, context: ImportContext, prose_in: frozenset[int] | None) -> _Document:
    """The document read, its entries in document order; `prose_in`: the sections (numbered from 0, one more at
    each heading) whose paragraphs' sentences may be entries besides those of timeline sections; None: all."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    document = _Document(TimePlacer(context, text), context)
    document.prose_in = prose_in
    index = 0
    while index < len(lines):
        line, index = lines[index], index + 1
        if not document.in_fence and _starts_table(line, lines[index] if index < len(lines) else ""):
            index = _read_table(lines, index - 1, document)
        else:
            document.read(line, f"line {index}")
    document.let_go()
    document.flush_prose()
    document.end_section()
    return document


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
        self.prose_in: frozenset[int] | None = frozenset()
        self.section = 0
        self.with_entries: set[int] = set()
        """The sections where entries were found."""
        self.unread: set[int] = set()
        """The sections with a paragraph whose sentences say moments that were not read (not a timeline section)."""
        self.paragraph: list[tuple[str, str]] = []
        """The lines of the paragraph being read that no other rule took: its sentences may say when they happened."""
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
        self.with_entries.add(self.section)
        if self.pending:
            self.pending.clear()

    def let_go(self) -> None:
        """Stop adding to the entry being read; a status line still waiting for its words is said to be left out, and
        the later sentences of a paragraph led by a time that say moments of their own become entries."""
        item, self.current = self.current, None
        if item is not None and item.waiting and item.status:
            self.context.skip(item.where, NO_TITLE)
        elif item is not None and item.paragraph and not item.gathers and not item.detail:
            said = sentences(" ".join([item.text, *item.more]))
            later = next((number for number, (_, words) in enumerate(said) if number and moment(words)), None)
            rest = " ".join(words for _, words in said[later:]) if later is not None else ""
            entries = paragraph_moments([(item.where, rest)], self._moment_at) if rest else []
            if entries:
                item.text, item.more = " ".join(words for _, words in said[:later]), []
            for entry in entries:
                self.add(entry)

    def flush_prose(self) -> None:
        """The sentences of the paragraph just read that say when they happened become entries, in a timeline section
        or anywhere in a document with no other timeline."""
        lines, self.paragraph = self.paragraph, []
        if not lines:
            return
        summary = _SUMMARY_LABEL.match(lines[0][1]) is not None
        if not (self.prose_in is None or self.section_is_timeline or (self.section in self.prose_in and not summary)):
            if says_a_moment([body for _, body in lines]):  # said as left out, whatever the section
                self.unread.add(self.section)
                first = lines[0][0]
                missed = [(where, OUTSIDE if where == first else why) for where, why in self.section_missed]
                self.section_missed = missed if (first, OUTSIDE) in missed else [*missed, (first, OUTSIDE)]
            return
        entries = paragraph_moments(lines, self._moment_at)
        used = {where for where, _ in lines} if entries else set()
        self.section_missed = [missed for missed in self.section_missed if missed[0] not in used]
        for entry in entries:
            self.add(entry)

    def _moment_at(self, lead: Lead, where: str) -> dt.datetime | None:
        """When a sentence's time is, or None when it is no real time ('at 25:10'): the sentence is then no entry."""
        try:
            return self.placer.place(lead.stamp, where, self.placing().zone)
        except AmbiguousZone:
            raise
        except ImportProblem:
            return None

    def end_section(self) -> None:
        """Report the lines of the section that ends that were left out, if it is a timeline; a sentence that says
        when it happened is reported in any section."""
        timeline = self.section_found or self.section_is_timeline
        for where, reason in self.section_missed:
            if timeline or reason == OUTSIDE:
                self.context.skip(where, reason)
        self.section_found, self.section_missed = 0, []

    def read(self, line: str, where: str) -> None:
        """One line outside a table."""
        if _FENCE.match(line) or not line.strip() or _HEADING.fullmatch(line):
            self.flush_prose()
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
        self.let_go()
        self._line(body, where, _width(line), bullet is not None, starts_paragraph)

    def _leads(self, body: str) -> bool:
        """Whether the line starts something of its own: a time, a date, a zone note or a placeholder date."""
        return bool(
            time_lead(body) or offset_of(body) or day_line(body) or zone_note(body) or date_lead(body)
            or unknown_time(body) or status_stamp(body)
        )

    def _line(self, body: str, where: str, indent: int, bullet: bool, starts_paragraph: bool) -> None:
        """A bullet or a line that is not the continuation of an entry."""
        if bullet or starts_paragraph or self._leads(body):
            self.flush_prose()
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
        elif (stamp := stamp_within(body)) is not None:  # what 'T+15m' counts from, and perhaps a moment of its own
            self.start = self.placer.place(stamp, where, self.placing().zone)
            self.paragraph.append((where, body))
        else:
            if ((bullet and indent == 0) or (not bullet and starts_paragraph)) and _WORDY.search(body):
                self._zone_sentence(body, where)
                self.section_missed.append((where, NO_TIME))
            if not (bullet and indent) and not body.startswith(">"):
                self.paragraph.append((where, body))
            self.pending.append((where, body, starts_paragraph))

    def _posted(self, stamp: str, where: str) -> bool:
        """Whether the lines above a 'Posted <time>' line give an update's words; they become its entry."""
        words, detail, used = update_words(self.pending)
        if words:
            self.add(TimelineEntry(self.placer.place(stamp, where, self.placing().zone), "", words, detail))
            self.section_missed = [missed for missed in self.section_missed if missed[0] not in used]
            self.paragraph = [line for line in self.paragraph if line[0] not in used]
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
            self.paragraph = [line for line in self.paragraph if line[0] != self.pending[-1][0]]
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
        self.section += 1
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
