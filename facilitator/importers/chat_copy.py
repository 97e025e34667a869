"""A stretch of an incident channel copied straight from the chat app (Slack or Teams) and pasted as text.

Slack's app puts the sender's name and the time on one line ('Ada Quist  7:20 PM', 'PagerDuty APP  7:21 PM'), the
message under it, and later messages of the same sender under their time alone ('7:22') or under nothing. Teams puts
the time first in brackets ('[7:20 PM] Ada Quist'), the message under it. Each message is an entry: the sender is
its actor, its first line its words, the lines after it its detail.

Slack's day dividers ('Today', 'Monday, October 14th') and a day before a time ('Yesterday at 11:58 PM') move the
messages under them to that day (chat_days). A copy that starts inside a message keeps the lines above its first
sender line out of the timeline and says so.
"""

from __future__ import annotations

import datetime as dt
import re

from ..domain.timeline import TimelineEntry
from . import ImportContext, ImportProblem
from .chat_days import DAY, day_named, divider_day
from .times import TimePlacer, leading_time

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_MERIDIEM = r"[AaPp]\.?[Mm]\.?"
_GAP = r"[^\S\t\r\n]"
"""A space between a sender's name and the time (a non-breaking one too), never a tab: 'Ada\t7:20 PM' is two cells."""
_NAME = r"[^\W\d_][^\d:\[\]@#*|<>]{0,60}?"
"""A sender's name: starts with a letter, no digits, colons, brackets or markup (a line of prose has them)."""

_ON_DAY = rf"(?:(?P<on>{DAY})\s+at\s+)?"
"""'Today at ', 'Yesterday at ', 'Monday, October 14th at ' before a message's time."""
SLACK_HEADER = re.compile(
    rf"(?P<name>{_NAME})(?:{_GAP}+APP)?(?:{_GAP}{{2,}}|{_GAP}(?=(?:{DAY}\s+at\s+)?{_CLOCK}\s?{_MERIDIEM}))"
    rf"{_ON_DAY}(?P<time>{_CLOCK}(?:\s?(?P<meridiem>{_MERIDIEM}))?)"
)
"""'Ada Quist  7:20 PM', 'Ada Quist 7:20 PM', 'PagerDuty APP  7:21 PM', 'Ada Quist  19:20',
'Ada Quist  Yesterday at 11:58 PM'."""
_DATE = r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s"
TEAMS_HEADER = re.compile(rf"\[(?P<time>(?:{_DATE})?{_CLOCK}(?:\s?(?P<meridiem>{_MERIDIEM}))?)\]\s*(?P<name>{_NAME})")
"""'[7:20 PM] Ada Quist', '[14/10/2026 19:20] Ada Quist'."""
TIME_ALONE = re.compile(rf"{_ON_DAY}(?P<clock>{_CLOCK})(?:\s?(?P<meridiem>{_MERIDIEM}))?")
"""'7:22 PM', '7:22' or 'Today at 7:22 PM' alone on its line: the next message of the same sender."""
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
_MOST_LINES_ABOVE = 6
"""How many lines of a message cut off at the top of a copy are looked past for its first sender line."""
_LONGEST_LINE_ABOVE = 2000
NO_SENDER = "the end of a message copied without its sender and time"


def looks_like_chat_copy(text: str) -> bool:
    """True when the first line with something on it (after Slack's day dividers) is a Slack or Teams sender line,
    and either another sender line follows or no line starts with a time (a document's title such as 'Status update
    7:20 PM' over its timeline); or, for a copy that starts inside a message, when one of the first few lines is a
    sender line and another follows it, and no line above it starts with a time."""
    lines = iter(text.splitlines())
    above = 0
    for line in lines:
        if not line.strip() or divider_day(line.strip()) is not None:
            continue
        if _header(line) is not None:
            break
        body = _BULLET.sub("", line.strip(), count=1)
        above += 1
        if above > _MOST_LINES_ABOVE or leading_time(body) is not None or len(line) > _LONGEST_LINE_ABOVE:
            return False  # looked at a few lines only: a file of something else is not read twice
    else:
        return False
    timed = False
    for line in lines:
        if _header(line) is not None:
            return True
        body = _BULLET.sub("", line.strip(), count=1)
        timed = timed or (TIME_ALONE.fullmatch(body) is None and leading_time(body) is not None)
    return not timed and not above


def read_chat_copy(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Every message of the copied stretch of chat, in the order written, each at its time on the review's day or
    the day a divider or its header names; lines above the first sender line are reported as left out."""
    placer = TimePlacer(context)
    today = context.today or dt.date.today()
    entries: list[TimelineEntry] = []
    sender = ""
    meridiem = ""
    previous: dt.time | None = None
    at: dt.datetime | None = None
    lines: list[str] = []
    where = ""
    all_lines = [raw.strip() for raw in text.splitlines()]
    for number, line in enumerate(all_lines, start=1):
        header = _header(line)
        alone = TIME_ALONE.fullmatch(line) if sender and header is None else None
        said = divider_day(line) if header is None and alone is None else None
        if said is not None and _sender_next(all_lines, number) and (day := day_named(said, today)) is not None:
            placer.move_to(day)
            continue
        if header is None and alone is None:
            if at is not None and (line or lines):
                lines.append(line)
            elif at is None and line:
                context.skip(f"line {number}", NO_SENDER)
            continue
        if at is not None:
            entries.append(_entry(at, sender, lines, where))
        where = f"line {number}"
        if header is not None:
            sender, stamp, told, on = header
            meridiem = told or meridiem
        else:
            assert alone is not None
            stamp, on = _with_meridiem(alone, meridiem, previous), alone["on"]
        if on and (day := day_named(on, today)) is not None:
            placer.move_to(day)
        at = placer.place(stamp, where)
        previous = at.time()
        lines = []
    if at is not None:
        entries.append(_entry(at, sender, lines, where))
    return entries


def _sender_next(lines: list[str], number: int) -> bool:
    """Whether the next line with something on it, after line `number` (counted from 1), is a sender line: a day
    divider always has one under it, so a message that only says 'Today' stays a message."""
    following = next((line for line in lines[number:] if line), "")
    return _header(following) is not None


def _header(line: str) -> tuple[str, str, str, str] | None:
    """The sender, the time, its 'AM' or 'PM' (or '') and the day written before it (or '') of a Slack or Teams
    sender line, else None."""
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
    on = match.groupdict().get("on") or ""
    return name, match["time"], (match["meridiem"] or "").replace(".", "").upper(), on


def _with_meridiem(alone: re.Match[str], meridiem: str, previous: dt.time | None) -> str:
    """A bare '7:22' under a '7:20 PM' is 7:22 PM: the half of the day that comes soonest after the message before."""
    clock = alone["clock"]
    if alone["meridiem"] or not meridiem or previous is None:
        return f"{clock} {alone['meridiem'] or ''}".strip()
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
