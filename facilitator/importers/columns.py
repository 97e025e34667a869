"""Rows of named columns, as spreadsheets and Markdown tables hold a timeline, read into entries."""

from __future__ import annotations

import datetime as dt
import html
import re

from ..domain.record import record
from ..domain.timeline import MomentKind, TimelineEntry, TimePrecision
from . import ImportContext, ImportProblem
from .time_cells import cell_time
from .times import TimePlacer, is_time_of_day, unwrapped, zone_in

HEADINGS = {
    "time": (
        "time", "timestamp", "time stamp", "when", "datetime", "date time", "date/time", "date & time",
        "date and time", "at", "time of event", "occurred", "occurred at", "created", "created at", "start time",
        "started at",
    ),
    "date": ("date", "day"),
    "actor": (
        "actor", "who", "user", "author", "name", "from", "by", "person", "sender", "username", "user name",
        "responder", "posted by", "reported by", "owner", "creator", "reporter", "assignee",
    ),
    "text": (
        "text", "what", "event", "description", "message", "summary", "entry", "event description",
        "what happened", "activity", "update", "title", "desc", "body", "content", "subject", "headline",
    ),
    "kind": ("kind", "moment", "moment kind", "type", "category"),
    "link": ("link", "url", "links", "source", "evidence"),
    "detail": ("detail", "details", "notes", "note", "comment", "comments", "context"),
}
"""Each part of an entry and the column headings that name it (compared in lower case, without a "(UTC)")."""

NAMED_COLUMNS = 8
"""How many of a header's columns a problem names; the rest are counted."""

_KINDS = {
    MomentKind.DETECTION: ("detection", "detected", "detect", "alert"),
    MomentKind.DECISION: ("decision", "decision point", "key decision", "decided"),
    MomentKind.COMMUNICATION: ("communication", "communication pattern", "comms", "comm", "communicated"),
    MomentKind.OBSERVATION: ("observation", "observed", "observe"),
    MomentKind.DEEP_DIVE: ("deep dive", "deepdive", "needs deep dive", "needs a deep dive"),
}
_KIND_WORDS = {word: kind for kind, words in _KINDS.items() for word in words}

MAX_HEADING = 100
"""A cell longer than this is not a heading: no name of a column is, and nothing after it is read."""
_HTML_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>b|i|u|s|em|strong|code|pre|span|div|p|br|hr|font|small|big|sup|sub|mark|del|ins|strike"
    r"|a|ul|ol|li|tt|kbd|blockquote|h[1-6])(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))?)*\s*/?>",
    re.IGNORECASE,
)
"""An HTML tag that spreadsheets exported from web tools leave in cells; the text between tags is kept."""
_BREAKS = frozenset(("br", "p", "div", "li", "hr", "pre", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"))
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.IGNORECASE)


@record
class Columns:
    """Where each part of an entry sits in a row, and the zone the time heading names, if any."""

    time: int
    text: int
    date: int | None = None
    actor: int | None = None
    kind: int | None = None
    link: int | None = None
    detail: int | None = None
    zone: dt.tzinfo | None = None
    extra: tuple[tuple[int, str], ...] = ()
    """The other named columns (position, heading): kept in the entry's detail as "Heading: value" lines."""
    width: int | None = None
    """How many cells the header row has: a row's cells past them are kept as "Column 6: value" lines."""


def heading_role(cell: str) -> str | None:
    """Which part of an entry a column heading names: 'Time (UTC)' -> 'time', 'Who?' -> 'actor'."""
    if len(cell) > MAX_HEADING:
        return None
    heading = without_brackets(unwrapped(cell).lower())
    heading = re.sub(r"\s*/\s*", "/", re.sub(r"[\s_]+", " ", heading)).strip(" :?*#.-")
    return next((role for role, names in HEADINGS.items() if heading in names), None)


def without_brackets(text: str) -> str:
    """The text with each "(...)" and "[...]" closed on its own line replaced by a space, in one pass.

    An opening bracket that is never closed stays as it is; finding that out costs one look ahead per
    kind of bracket and line, not one per bracket, so the time is linear however many are left open."""
    parts: list[str] = []
    start = index = 0
    ahead: dict[str, int] = {}
    """The next ")", "]" and line end at or after the last look (-1: none in the rest of the text)."""
    for match in re.finditer(r"[(\[]", text):
        index = match.start()
        if index < start:
            continue
        closer = ")" if match.group(0) == "(" else "]"
        close, line_end = (_next(text, mark, index, ahead) for mark in (closer, "\n"))
        if close == -1 or -1 < line_end < close:
            continue
        parts += [text[start:index], " "]
        start = close + 1
    return "".join(parts) + text[start:] if parts else text


def _next(text: str, mark: str, after: int, ahead: dict[str, int]) -> int:
    """Where `mark` next occurs after `after`, remembering the answer so that no stretch is searched twice."""
    known = ahead.get(mark)
    if known is None or (known != -1 and known <= after):
        known = ahead[mark] = text.find(mark, after + 1)
    return known


def cell_text(value: str) -> str:
    """A cell as people read it: HTML tags from web tools taken out (a <br> or </p> a new line), entities decoded."""
    if "<" in value:
        value = _HTML_TAG.sub(_tag_replacement, value)
    if "&" in value and _ENTITY.search(value):
        value = html.unescape(value)
    return value


def _tag_replacement(match: re.Match[str]) -> str:
    name = match.group("name").lower()
    if name in _BREAKS and (name in ("br", "hr") or match.group("close")):
        return "\n"
    return ""


def columns_of(header: list[str], where: str) -> Columns:
    """The columns a header row names, or an ImportProblem saying what was there instead."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        role = heading_role(cell)
        if role is not None and role not in found:
            found[role] = index
    extra = tuple(
        (index, heading_name(cell, index)) for index, cell in enumerate(header) if index not in found.values()
    )
    if "time" not in found and "date" in found:
        found["time"] = found.pop("date")
    if "text" not in found and "detail" in found:
        found["text"] = found.pop("detail")
    missing = [role for role in ("time", "text") if role not in found]
    if missing:
        named = [cell.strip() for cell in header if cell.strip()]
        names = ", ".join(f'"{cell[:30]}"' for cell in named[:NAMED_COLUMNS])
        more = f" and {len(named) - NAMED_COLUMNS:,} more" if len(named) > NAMED_COLUMNS else ""
        raise ImportProblem(f"{where}: no {' or '.join(missing)} column; columns found: {names or 'none'}{more}")
    return Columns(**found, zone=zone_in(header[found["time"]]), extra=extra, width=len(header))


def heading_name(cell: str, index: int) -> str:
    """A column's heading as the detail lines name it: as written, short, else "Column 4"."""
    name = " ".join(cell_text(cell[: MAX_HEADING * 2]).split())[:MAX_HEADING].strip(" :")
    return name or f"Column {index + 1}"


def entry_from(
    cells: list[str], columns: Columns, placer: TimePlacer, where: str, context: ImportContext | None = None
) -> TimelineEntry | None:
    """The entry one row holds, or None for a row with nothing in the columns that matter.

    With a context, a row without a time (a title card) or with only a time is skipped and reported
    there; without one, either is an ImportProblem."""

    def cell(index: int | None) -> str:
        if index is None or index >= len(cells):
            return ""
        return cell_text(cells[index].replace("\r\n", "\n").replace("\r", "\n")).strip()

    stamp, day, text = cell(columns.time), cell(columns.date), cell(columns.text)
    actor, detail = unwrapped(cell(columns.actor)), cell(columns.detail)
    extras = [f"{name}: {value}" for index, name in columns.extra if (value := cell(index))]
    if columns.width is not None:
        past = range(columns.width, len(cells))
        extras += [f"{heading_name('', index)}: {value}" for index in past if (value := cell(index))]
    if not any((stamp, day, text, actor, detail, *extras)):
        return None
    written, precision, span = stamp, TimePrecision.EXACT, ""
    stamp = _on_day(stamp, day)
    if not stamp:
        words = (text or actor or detail or (extras[0] if extras else ""))[:60]
        if context is not None:
            context.skip(where, "no time")
            return None
        raise ImportProblem(f'{where}: no time given for "{words}"')
    try:
        at = placer.place(stamp, where, columns.zone)
    except ImportProblem as problem:  # '~15:00 UTC', '15:20–15:45': the time as a reader takes it, only when needed
        read, precision, span = cell_time(written)
        if read == written:
            at, precision = _day_of(stamp, placer, where, problem), TimePrecision.DATE_ONLY
        else:
            at = placer.place(_on_day(read, day), where, columns.zone)
    if not text:
        if context is not None:
            context.skip(where, "a time with no words")
            return None
        raise ImportProblem(f'{where}: the entry at "{stamp[:30]}" has no text')
    moment, kind_note = read_kind(cell(columns.kind))
    return TimelineEntry(
        at=at,
        actor=actor,
        text=text,
        detail="\n".join(part for part in (detail, cell(columns.link), kind_note, *extras, span) if part),
        moment=moment,
        precision=precision,
    )


def _day_of(stamp: str, placer: TimePlacer, where: str, problem: ImportProblem) -> dt.datetime:
    """The start of the day a time cell left blank beside its date (or a date alone) names; else the problem."""
    try:
        return placer.place_day(stamp, where)
    except ImportProblem:
        raise problem from None


def _on_day(stamp: str, day: str) -> str:
    """The time cell's stamp, on the date cell's day when it gives only a time of day."""
    if day and (not stamp or is_time_of_day(stamp)):
        return f"{unwrapped(day)} {unwrapped(stamp)}".strip()
    return stamp


def read_kind(value: str) -> tuple[MomentKind | None, str]:
    """The moment kind a word names ('decision point', 'Deep-dive', 'alert'); any other word is kept as a note."""
    word = re.sub(r"[\s_-]+", " ", unwrapped(value).lower()).strip(" .!")
    kind = _KIND_WORDS.get(word)
    return kind, f"Kind: {value}" if value and kind is None else ""
