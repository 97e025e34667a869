"""Times written inside the sentences of a postmortem's paragraphs ('The on-call engineer began rolling back at
14:20 UTC.', 'By 15:05 UTC error rates had returned to normal.'): each sentence with a clock time after a clear
marker ('at', 'by', 'around', 'from ... to', 'on <date> at') is a moment, its words the sentence; a sentence that
opens with its time ('At 09:04 UTC, an engineer started the push.') says only what happened ('An engineer started the
push.'), and a run-in heading before the first ('Timeline.') is no part of one.

Read carefully: a version number, a ratio, a time in quotes or a code span (a log line), a time that names something
('the 14:00 deploy', 'at 14:20 ratio') or a schedule ('every day at 03:00') is no moment of its own.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from ..domain.record import record
from ..domain.timeline import TimelineEntry
from .markdown_leads import Lead, time_lead
from .markdown_words import reader_words
from .times import leading_date, leading_zone

_MARKER = re.compile(
    r"(?<![\w:/.-])(?:(?P<from>from|between)\s+|(?P<on>on)\s+(?=\S)"
    r"|(?:at|by)\s+(?:(?:around|about|approx(?:\.|imately)?|roughly)\s+)?(?=[\d~±≈])"
    r"|(?:around|about|approx(?:\.|imately)?|roughly|circa|(?:shortly|just|soon)\s+(?:after|before))\s+(?=\d))",
    re.IGNORECASE,
)
"""Where a time inside a sentence starts: after a word that says the clock time is when something happened."""
_BETWEEN_AND = re.compile(r"(\d\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,5})?)\s+and\s+(?=\d)")
"""'between 14:02 and 14:30' is written as the range '14:02 to 14:30'."""
_NAMING = re.compile(
    r"\s*(?:[-–—]\s*)?(?:ratio|split|mix|odds|scale|deploy(?:ment)?s?|release|build|job|run|cron|batch|backup|"
    r"snapshot|rollout|change|train|window|meeting|call|stand-?up|sync|report|shift|slot|check-?in|maintenance)\b",
    re.IGNORECASE,
)
"""Words after a time that show it names something rather than saying when: 'at the 14:00 deploy', '14:20 ratio'."""
_SCHEDULE = re.compile(r"\b(?:every|each|daily|nightly|hourly|weekly|usually|normally|typically|always)\b[^.;]{0,30}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(\[*_]*[A-Z0-9])")
_NO_END_AFTER = re.compile(
    r"(?:\b[ap]\.m\.|\b(?:e\.g|i\.e|approx|ca|vs|etc|mr|ms|mrs|dr|st|no|inc|ltd|fig|cf)\.|(?<![\w.])[A-Z]\.)$", re.IGNORECASE
)
"""What a full stop ends without ending the sentence: 'a.m.' before a zone or a word, 'e.g.', an initial."""
_QUOTES = (('"', '"'), ("“", "”"), ("`", "`"))
_MERIDIEM_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_LONGEST_ABBREVIATION = 12
"""How far back from a full stop the abbreviation it may end is looked for, so a long paragraph reads in linear time."""
_MOST_MARKERS = 12
"""How many markers of one sentence are tried; a sentence with more says no single moment."""
_SCHEDULE_REACH = 60
_ON_DATE = re.compile(r"\bon\s+(?P<rest>[^\n]*)$", re.IGNORECASE)
_OPENING_AT = re.compile(r"[*_]*(?:at|on)\s", re.IGNORECASE)
"""A sentence that opens with its time ('At 09:04 UTC, an engineer ...'): the time column says it, the words need not."""
_RUN_IN_HEADING = re.compile(
    r"[*_]*(?:[^\W\d_]+\s+){0,2}(?:timeline|chronology|sequence of events)(?:\s+of\s+events)?(?:\s*\([^)]*\))?"
    r"[*_]*\s*(?:[.:][*_]*\s+|[.:]?[*_]*$)",
    re.IGNORECASE,
)
"""A paragraph's run-in heading ('Timeline.', 'Detailed timeline (all times UTC):'): no words of a moment."""


@record
class Moment:
    """A sentence that says when something happened: where its time starts, and the time as a line lead reads it."""

    sentence: str
    lead: Lead
    opens: bool = False
    """Whether the sentence opens with 'At' or 'On' and its time."""


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of a paragraph, as written, each with where it starts; a full stop after 'a.m.' (before a zone
    or a date), 'e.g.' or an initial ends none."""
    found: list[tuple[int, str]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        last_word = text[max(start, end.start() - _LONGEST_ABBREVIATION) : end.start()]
        if _NO_END_AFTER.search(last_word) and not _ends_after_meridiem(last_word, text[end.end() : end.end() + 40]):
            continue
        found.append((start, text[start : end.start()].strip()))
        start = end.end()
    found.append((start, text[start:].strip()))
    return [(start, sentence) for start, sentence in found if sentence]


def paragraph_moments(
    lines: list[tuple[str, str]], place: Callable[[Lead, str], dt.datetime | None]
) -> list[TimelineEntry]:
    """An entry for each sentence of the paragraph (its lines, each with where it is) that says a moment `place`
    can place; the sentences without a time join the detail of the entry before them (the first, for those above it)."""
    text, starts, offset = " ".join(body for _, body in lines), [], 0
    for _, body in lines:
        starts.append(offset)
        offset += len(body) + 1
    read: list[tuple[dt.datetime, Moment, list[str]]] = []
    above: list[str] = []
    for start, written in sentences(text):
        sentence = written if read else _without_heading(written)
        if not sentence:
            continue
        found = moment(sentence)
        where = lines[bisect.bisect_right(starts, start) - 1][0]
        at = place(found.lead, where) if found is not None else None
        if found is None or at is None:
            (read[-1][2] if read else above).append(sentence)
        else:
            read.append((at, found, []))
    if read:
        read[0][2][:0] = above
    return [_entry(at, found, detail) for at, found, detail in read]


def _without_heading(sentence: str) -> str:
    """The sentence without a run-in heading before it ('Timeline. At 09:04 UTC, ...'); empty if it is only one."""
    heading = _RUN_IN_HEADING.match(sentence)
    return sentence[heading.end() :] if heading is not None else sentence


def _what_happened(found: Moment) -> str:
    """The sentence, or after a time it opens with and a comma what happened then, starting with a capital."""
    rest = found.lead.rest
    if not (found.opens and rest.startswith(",") and found.sentence.endswith(rest)):
        return found.sentence
    words = rest[1:].lstrip()
    return words[:1].upper() + words[1:] if words else found.sentence


def _entry(at: dt.datetime, found: Moment, detail: list[str]) -> TimelineEntry:
    words, links = reader_words(_what_happened(found))
    lines = []
    for sentence in detail:
        plain, more = reader_words(sentence)
        lines.append(plain)
        links += [link for link in more if link not in links]
    return TimelineEntry(at, "", words.strip(), "\n".join(lines + links), precision=found.lead.precision)


def _ends_after_meridiem(before: str, after: str) -> bool:
    """Whether 'a.m.' or 'p.m.' ends a sentence: the next word is neither a zone nor a date ('PST', 'on May 3')."""
    if not _MERIDIEM_END.search(before):
        return False
    return leading_zone(" " + after) is None and not after.lower().startswith(("on ", "utc", "gmt"))


def moment(sentence: str) -> Moment | None:
    """The first clock time in the sentence after a clear marker, unless it is quoted, names something or is a
    schedule; None when the sentence says no moment."""
    for number, marker in enumerate(_MARKER.finditer(sentence)):
        if number == _MOST_MARKERS:
            break
        before = sentence[: marker.start()]
        if _quoted(before) or _SCHEDULE.search(before[-_SCHEDULE_REACH:]):
            continue
        rest = sentence[marker.end() :] if marker.group("from") else sentence[marker.start() :]
        if marker.group("on") and leading_date(rest[marker.end() - marker.start() :]) is None:
            continue
        if marker.group("from") and marker.group("from").lower() == "between":
            rest = _BETWEEN_AND.sub(r"\1 to ", rest, count=1)
        lead = time_lead(rest)
        if lead is None or _NAMING.match(lead.rest):
            continue
        lead = _on_the_day(lead, before)
        if marker.group("from") and marker.group("from").lower() == "between" and not lead.span:
            continue
        return Moment(sentence, lead, opens=not before.strip() and _OPENING_AT.match(sentence) is not None)
    return None


def _on_the_day(lead: Lead, before: str) -> Lead:
    """The time with the date the sentence gives just before it ('On March 3, 2025, between 14:20 and ...')."""
    said = _ON_DATE.search(before[-_SCHEDULE_REACH:])
    day = leading_date(said.group("rest")) if said is not None and leading_date(lead.stamp) is None else None
    if day is None or day[1].strip(" ,"):
        return lead
    return replace(lead, stamp=f"{day[0]} {lead.stamp}")


def _quoted(before: str) -> bool:
    """Whether a quotation or code span opened before this point is still open."""
    for opening, closing in _QUOTES:
        if opening == closing:
            if before.count(opening) % 2:
                return True
        elif before.count(opening) > before.count(closing):
            return True
    return False


def says_a_moment(lines: list[str]) -> bool:
    """Whether a sentence of the text's paragraphs says when it happened: a postmortem written as prose."""
    return any(moment(sentence) is not None for line in lines for _, sentence in sentences(line) if line.strip())
