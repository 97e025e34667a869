"""The record's timeline: a list per day, each moment with the notes taken under it, the rest kept short."""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from collections import Counter
from collections.abc import Mapping, Sequence

from ..domain.agenda import Phase
from ..domain.questions import QuestionLibrary
from ..domain.timeline import TimelineEntry, TimePrecision, sorted_entries, time_as_written
from .markdown_text import inline, lines
from .preread import day_month, long_date
from .record_blocks import BREAK, INDENT, duration, fill, heading, note_list, text_lines
from .record_notes import FiledNotes

SHOWN_AT_EACH_END = 3
"""A stretch of one-line entries longer than twice this plus one is summarised, keeping this many at each end."""
ACTORS_NAMED = 3
"""How many of the most frequent actors a summary names."""


class EntryTimes:
    """Times of entries in the review's zone; the day is named too when the timeline spans several days."""

    def __init__(self, entries: Sequence[TimelineEntry], zone: zoneinfo.ZoneInfo, on_day: str = "{time} on {day}"):
        self.zone = zone
        self.on_day = on_day
        self.several_days = len({entry.at.astimezone(zone).date() for entry in entries}) > 1

    def local(self, at: dt.datetime) -> dt.datetime:
        return at.astimezone(self.zone)

    def place(self, at: dt.datetime) -> str:
        """'19:33', or '19:33 on 14 October' on a timeline of several days."""
        local = self.local(at)
        if not self.several_days:
            return f"{local:%H:%M}"
        return fill(self.on_day, time=f"{local:%H:%M}", day=day_month(local))


def timeline_section(
    entries: Sequence[TimelineEntry],
    notes: FiledNotes,
    times: EntryTimes,
    words: Mapping,
    library: QuestionLibrary,
    tags: Mapping[str, str],
    started: bool,
    on_screen_id: int | None = None,
) -> list[str]:
    """`on_screen_id`: the moment on the shared screen as the record is made (its time there not yet counted)."""
    ordered = sorted_entries(list(entries))
    about = fill(words["zone"], timezone=inline(times.zone.key))
    if not ordered:
        return [heading(2, words["heading"]), f"{about} {words['empty']}"]
    marked = sum(entry.marked for entry in ordered)
    discussed = sum(entry.marked and _discussed(entry, notes, on_screen_id if started else None) for entry in ordered)
    if not marked:
        summary = words["no_moments"]
    else:
        summary = fill(words["moments" if started else "moments_before"], discussed=str(discussed), marked=str(marked))
    blocks = [heading(2, words["heading"]), f"{about} {summary}"]
    for day, group in itertools.groupby(ordered, key=lambda entry: times.local(entry.at).date()):
        day_entries = list(group)
        name_zone = len({times.local(entry.at).utcoffset() for entry in day_entries}) > 1
        blocks.append(heading(3, long_date(day)))
        shown = on_screen_id if started else None
        blocks.append("\n".join(_day(day_entries, notes, times, name_zone, words, library, tags, started, shown)))
    general = notes.by_phase.get(Phase.TIMELINE, [])
    if general:
        blocks += [words["notes"], note_list(general, tags)]
    return blocks


def _day(
    entries: list[TimelineEntry],
    notes: FiledNotes,
    times: EntryTimes,
    name_zone: bool,
    words: Mapping,
    library: QuestionLibrary,
    tags: Mapping[str, str],
    started: bool,
    on_screen_id: int | None,
) -> list[str]:
    """The day's list items: moments and entries with notes in full, runs of the others compact."""
    items: list[str] = []
    run: list[TimelineEntry] = []
    for entry in entries:
        entry_notes = notes.on_entry(entry.id)
        if entry.marked or entry_notes:
            items += _run(run, times, name_zone, words)
            run = []
            discussed = _discussed(entry, notes, on_screen_id)
            items.append(_full(entry, entry_notes, times, name_zone, words, library, tags, started and not discussed))
        else:
            run.append(entry)
    return items + _run(run, times, name_zone, words)


def _discussed(entry: TimelineEntry, notes: FiledNotes, on_screen_id: int | None) -> bool:
    """Talked about in the meeting: time on screen counted, a note taken under it, or on screen right now."""
    return entry.discussed or bool(notes.on_entry(entry.id)) or entry.id == on_screen_id


def _time(entry: TimelineEntry, times: EntryTimes, name_zone: bool, words: Mapping) -> str:
    """'18:42', '~18:42' when the source gave it roughly, or 'date only'; with the zone when the day's offsets differ."""
    local = times.local(entry.at)
    clock = time_as_written(f"{local:%H:%M}", entry.precision, words["date_only"])
    named = name_zone and entry.precision is not TimePrecision.DATE_ONLY
    return clock + (f" {inline(local.tzname() or '')}" if named else "")


def _bound(entry: TimelineEntry, times: EntryTimes, name_zone: bool, words: Mapping) -> str:
    """An end of a summarised stretch: its time, or the day of an event known only by its day ('3 March')."""
    if entry.precision is TimePrecision.DATE_ONLY:
        local = times.local(entry.at)
        return day_month(local)
    return _time(entry, times, name_zone, words)


def _compact(entry: TimelineEntry, times: EntryTimes, name_zone: bool, words: Mapping) -> str:
    said = ": ".join(part for part in (inline(entry.actor), inline(entry.text)) if part)
    return f"- **{_time(entry, times, name_zone, words)}** — {said}"


def _run(run: list[TimelineEntry], times: EntryTimes, name_zone: bool, words: Mapping) -> list[str]:
    if len(run) <= 2 * SHOWN_AT_EACH_END + 1:
        return [_compact(entry, times, name_zone, words) for entry in run]
    head, middle, tail = run[:SHOWN_AT_EACH_END], run[SHOWN_AT_EACH_END:-SHOWN_AT_EACH_END], run[-SHOWN_AT_EACH_END:]
    summary = fill(
        words["more"],
        count=f"{len(middle):,}",
        start=_bound(middle[0], times, name_zone, words),
        end=_bound(middle[-1], times, name_zone, words),
        who=_who(middle, words),
    )
    shown = [_compact(e, times, name_zone, words) for e in head], [_compact(e, times, name_zone, words) for e in tail]
    return [*shown[0], f"- {summary}", *shown[1]]


def _who(entries: list[TimelineEntry], words: Mapping) -> str:
    """', from' the most frequent actors with their counts and how many entries came from anyone else (or
    no one named); nothing when no entry names anyone."""
    counts = Counter(inline(entry.actor) for entry in entries)
    named = sorted(((actor, n) for actor, n in counts.items() if actor), key=lambda pair: (-pair[1], pair[0]))[:ACTORS_NAMED]
    if not named:
        return ""
    names = ", ".join(f"{actor} {n:,}" for actor, n in named)
    others = len(entries) - sum(n for _, n in named)
    if others:
        names += " " + fill(words["and_others"], count=f"{others:,}")
    return fill(words["from"], names=names)


def _full(
    entry: TimelineEntry,
    entry_notes: list,
    times: EntryTimes,
    name_zone: bool,
    words: Mapping,
    library: QuestionLibrary,
    tags: Mapping[str, str],
    not_reached: bool,
) -> str:
    """A moment (or an entry with notes): flag, time on screen, text and detail, then its notes beneath."""
    head = f"- **{_time(entry, times, name_zone, words)}**"
    if entry.marked:
        head += " **" + fill(words["flag"], kind=inline(library.label(entry.moment))) + "**"
        if entry.discussed and entry.seconds_on_screen:
            head += " *(" + fill(words["on_screen"], time=duration(dt.timedelta(seconds=entry.seconds_on_screen), words["units"])) + ")*"
        elif not_reached:
            head += f" *({words['not_reached']})*"
    text = text_lines(entry.text, INDENT)
    said = ": ".join(part for part in (inline(entry.actor), text) if part)
    item = f"{head} — {said}" if said else head
    detail = lines(entry.detail)
    if detail:
        item += BREAK + INDENT + (BREAK + INDENT).join(f"*{line}*" for line in detail)
    if entry_notes:
        item += "\n" + note_list(entry_notes, tags, INDENT)
    return item
