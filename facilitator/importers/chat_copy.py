"""A stretch of an incident channel copied straight from the chat app (Slack or Teams) and pasted as text.

Slack's app puts the sender's name and the time on one line ('Ada Quist  7:20 PM', 'PagerDuty APP  7:21 PM'), the
message under it, and later messages of the same sender under their time alone ('7:22') or under nothing. Teams puts
the time first in brackets ('[7:20 PM] Ada Quist'), the message under it. Each message is an entry: the sender is
its actor, its first line its words, the lines after it its detail.
"""

from __future__ import annotations

import datetime as dt
import re

from ..domain.timeline import TimelineEntry
from . import ImportContext, ImportProblem
from .times import TimePlacer, leading_time

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_MERIDIEM = r"[AaPp]\.?[Mm]\.?"
_GAP = r"[^\S\t\r\n]"
"""A space between a sender's name and the time (a non-breaking one too), never a tab: 'Ada\t7:20 PM' is two cells."""
_NAME = r"[^\W\d_][^\d:\[\]@#*|<>]{0,60}?"
"""A sender's name: starts with a letter, no digits, colons, brackets or markup (a line of prose has them)."""

SLACK_HEADER = re.compile(
    rf"(?P<name>{_NAME})(?:{_GAP}+APP)?(?:{_GAP}{{2,}}|{_GAP}(?={_CLOCK}\s?{_MERIDIEM}))"
    rf"(?P<time>{_CLOCK}(?:\s?(?P<meridiem>{_MERIDIEM}))?)"
)
"""'Ada Quist  7:20 PM', 'Ada Quist 7:20 PM', 'PagerDuty APP  7:21 PM', 'Ada Quist  19:20'."""
_DATE = r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s"
TEAMS_HEADER = re.compile(rf"\[(?P<time>(?:{_DATE})?{_CLOCK}(?:\s?(?P<meridiem>{_MERIDIEM}))?)\]\s*(?P<name>{_NAME})")
"""'[7:20 PM] Ada Quist', '[14/10/2026 19:20] Ada Quist'."""
TIME_ALONE = re.compile(rf"(?P<clock>{_CLOCK})(?:\s?(?P<meridiem>{_MERIDIEM}))?")
"""'7:22 PM' or '7:22' alone on its line: the next message of the same sender."""
_BULLET = re.compile(r"(?:[-*+•]|\d{1,9}[.)])\s+")
_FIRST_WORD = re.compile(r"\S")
_TO_LINE_END = re.compile(r"[^\r\n]*")
_LONGEST_HEADER = 100
_MOST_WORDS_IN_A_NAME = 5
_BEFORE_A_TIME = frozenset(
    {"at", "by", "around", "about", "until", "till", "since", "from", "to", "before", "after", "on"}
)
"""Words that put a time inside a sentence ('Rolled back at 7:20 PM'), which no sender's name ends with."""
_EDITED = " (edited)"


def looks_like_chat_copy(text: str) -> bool:
    """True when the first line with something on it is a Slack or Teams sender line, and either another sender line
    follows or no line starts with a time (a document's title such as 'Status update 7:20 PM' over its timeline)."""
    start = _FIRST_WORD.search(text)
    first = _TO_LINE_END.match(text, start.start()) if start else None
    if first is None or _header(first.group(0)) is None:
        return False  # looked at the first line alone: a file of something else is not read twice
    lines = iter(text[first.end() :].splitlines())
    timed = False
    for line in lines:
        if _header(line) is not None:
            return True
        body = _BULLET.sub("", line.strip(), count=1)
        timed = timed or (TIME_ALONE.fullmatch(body) is None and leading_time(body) is not None)
    return not timed


def read_chat_copy(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Every message of the copied stretch of chat, in the order written, each at its time on the review's day."""
    placer = TimePlacer(context)
    entries: list[TimelineEntry] = []
    sender = ""
    meridiem = ""
    previous: dt.time | None = None
    at: dt.datetime | None = None
    lines: list[str] = []
    where = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = _header(line)
        alone = TIME_ALONE.fullmatch(line) if sender and header is None else None
        if header is None and alone is None:
            if at is not None and (line or lines):
                lines.append(line)
            continue
        if at is not None:
            entries.append(_entry(at, sender, lines, where))
        where = f"line {number}"
        if header is not None:
            sender, stamp, said = header
            meridiem = said or meridiem
        else:
            assert alone is not None
            stamp = _with_meridiem(alone, meridiem, previous)
        at = placer.place(stamp, where)
        previous = at.time()
        lines = []
    if at is not None:
        entries.append(_entry(at, sender, lines, where))
    return entries


def _header(line: str) -> tuple[str, str, str] | None:
    """The sender, the time and its 'AM' or 'PM' (or '') of a Slack or Teams sender line, else None."""
    line = line.strip()
    if len(line) > _LONGEST_HEADER:
        return None
    match = TEAMS_HEADER.fullmatch(line) or SLACK_HEADER.fullmatch(line)
    if match is None:
        return None
    name = match["name"].strip()
    words = name.split()
    if len(words) > _MOST_WORDS_IN_A_NAME or words[-1].lower() in _BEFORE_A_TIME:
        return None
    return name, match["time"], (match["meridiem"] or "").replace(".", "").upper()


def _with_meridiem(alone: re.Match[str], meridiem: str, previous: dt.time | None) -> str:
    """A bare '7:22' under a '7:20 PM' is 7:22 PM: the half of the day that comes soonest after the message before."""
    clock = alone["clock"]
    if alone["meridiem"] or not meridiem or previous is None:
        return alone.group(0)
    hour, minute = (int(part) for part in clock.split(":")[:2])
    if not 1 <= hour <= 12:
        return clock
    morning = (hour % 12) * 60 + minute
    before = previous.hour * 60 + previous.minute
    am_gap, pm_gap = (morning - before) % 1440, (morning + 720 - before) % 1440
    return f"{clock} {'AM' if am_gap <= pm_gap else 'PM'}"


def _entry(at: dt.datetime, sender: str, lines: list[str], where: str) -> TimelineEntry:
    """The message under a sender line: its first line the words, the others the detail."""
    kept = [_unedited(line) for line in lines]
    while kept and not kept[-1]:
        kept.pop()
    if not kept:
        raise ImportProblem(f"{where}: nothing follows the time")
    return TimelineEntry(at, sender, kept[0], "\n".join(line for line in kept[1:] if line))


def _unedited(line: str) -> str:
    """The message line without Slack's '(edited)' mark at its end."""
    return line[: -len(_EDITED)] if line.endswith(_EDITED) else line
