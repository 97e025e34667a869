"""The pre-read: the timeline as Markdown, for attendees to read before the review meeting.

It never carries the facilitator's private notes or the questions prepared for each moment.
The wording is in resources/text/preread.toml; anything a user typed is escaped.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..content import texts
from ..domain.people import Person, facilitator
from ..domain.questions import QuestionLibrary
from ..domain.review import Review
from ..domain.timeline import TimelineEntry, TimePrecision, sorted_entries, time_as_written
from .markdown_text import inline, lines
from .record_summary import impact_text, summary_text

if TYPE_CHECKING:
    from ..text_types import PrereadFacts, PrereadPeople, PrereadSummary, PrereadTimeline

HARD_BREAK = "  \n  "
"""A line break inside a list item: two spaces, which every renderer reads (a backslash only CommonMark does)."""
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\x00-\x1f\x7f]+")


def preread_markdown(review: Review, people: list[Person], entries: list[TimelineEntry]) -> str:
    """The whole pre-read; the same review, people and entries always give the same text."""
    words = texts("preread")
    blocks = [
        "# " + _fill(words["heading"], ref=inline(review.incident_ref), title=inline(review.title)),
        words["intro"],
        _facts(review, words["facts"]),
        *_what_happened(review, words["summary"]),
        *_how(people, words["how"]),
        *_invited(people, words["people"], words["roles"]),
        *_timeline(review, entries, QuestionLibrary(texts("questions")), words["timeline"]),
    ]
    return "\n\n".join(blocks) + "\n"


def preread_file_name(review: Review) -> str:
    """`<incident date>-<incident ref>-preread.md`, with the reference made safe for any file system."""
    ref = _UNSAFE_IN_NAME.sub("-", review.incident_ref).strip(".-")[:60].strip(".-") or "review"
    return f"{review.incident_date.isoformat()}-{ref}-preread.md"


def long_date(day: dt.date) -> str:
    """Wednesday 14 October 2026, in the texts' language (resources/text/dates.toml), whatever the C library's locale."""
    words = texts("dates")
    return words["long_date"].format(
        weekday=words["weekdays"][day.weekday()], day=day.day, month=words["months"][day.month - 1], year=day.year
    )


def day_month(day: dt.date) -> str:
    """14 October, in the texts' language."""
    words = texts("dates")
    return words["day_month"].format(day=day.day, month=words["months"][day.month - 1])


def _fill(template: str, **values: str) -> str:
    """The template with each {name} given replaced, in one pass; other braces are left as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)


def _facts(review: Review, words: PrereadFacts) -> str:
    severity = ", ".join(part for part in (inline(review.severity), words["major"] if review.major else "") if part)
    facts = [
        (words["incident"], inline(review.incident_ref)),
        (words["date"], long_date(review.incident_date)),
        (words["severity"], severity),
        (words["client"], inline(review.client)),
        (words["when"], _when(review, words)),
        (words["slot"], _fill(words["minutes"], count=str(review.slot_minutes))),
        (words["place"], inline(review.meeting_place)),
        (words["link"], _link(review.meeting_link)),
        (words["timezone"], inline(review.timezone)),
    ]
    return "\n".join(f"- **{label}:** {value}" for label, value in facts if value)


def _when(review: Review, words: PrereadFacts) -> str:
    """'Monday 19 October 2026, 14:00 (Europe/London)', or as much of it as the set-up gives."""
    time = _fill(words["time"], time=f"{review.meeting_time:%H:%M}", timezone=inline(review.timezone)) if review.meeting_time else ""
    return ", ".join(part for part in (long_date(review.meeting_date) if review.meeting_date else "", time) if part)


def _link(where: str) -> str:
    """A web address becomes a link the reader can follow; anything else is shown as typed."""
    return f"<{where}>" if _WEB_ADDRESS.fullmatch(where) else inline(where)


def _what_happened(review: Review, words: PrereadSummary) -> list[str]:
    """The summary and impact from the set-up, when written, so attendees start from the same picture."""
    blocks = []
    if review.summary:
        blocks += ["## " + words["heading"], summary_text(review.summary)]
    if review.impact:
        blocks += ["## " + words["impact_heading"], impact_text(review.impact)]
    return blocks


def _how(people: list[Person], words: Mapping) -> list[str]:
    host = facilitator(people)
    named = _fill(words["facilitator_named"], name=inline(host.name)) if host and host.name.strip() else ""
    whom = named or words["facilitator_unnamed"]
    return ["## " + words["heading"], *(_fill(paragraph, facilitator=whom) for paragraph in words["paragraphs"])]


def _invited(people: list[Person], words: PrereadPeople, roles: Mapping[str, str]) -> list[str]:
    invited = [p for p in people if p.attendance.asked_to_come]
    listed = "\n".join(f"- {_person(p, words, roles)}" for p in invited)
    return ["## " + words["heading"], listed or words["nobody"]]


def _person(person: Person, words: PrereadPeople, roles: Mapping[str, str]) -> str:
    parts = [
        roles.get(person.role.name.lower(), person.role.value),
        words["facilitator"] if person.facilitates else "",
        words["note_taker"] if person.takes_notes else "",
    ]
    described = ", ".join(part for part in parts if part)
    name = inline(person.name)
    return f"{name} — {described}" if described else name


def _timeline(
    review: Review, entries: Iterable[TimelineEntry], library: QuestionLibrary, words: PrereadTimeline
) -> list[str]:
    zone = zoneinfo.ZoneInfo(review.timezone)
    ordered = sorted_entries(list(entries))
    marked = sum(entry.marked for entry in ordered)
    about = _fill(words["zone"], timezone=inline(review.timezone))
    if not ordered:
        return ["## " + words["heading"], f"{about} {words['empty']}"]
    moments = _fill(words["moments"], count=str(marked)) if marked else words["no_moments"]
    blocks = ["## " + words["heading"], f"{about} {moments}"]
    for day, group in itertools.groupby(ordered, key=lambda entry: entry.at.astimezone(zone).date()):
        day_entries = list(group)
        offsets_change = len({entry.at.astimezone(zone).utcoffset() for entry in day_entries}) > 1
        blocks.append("### " + long_date(day))
        blocks.append("\n".join(_item(entry, zone, offsets_change, library, words) for entry in day_entries))
    return blocks


def _item(
    entry: TimelineEntry, zone: zoneinfo.ZoneInfo, name_zone: bool, library: QuestionLibrary, words: PrereadTimeline
) -> str:
    """One entry as a list item: time, moment flag, actor and text, then its detail quoted beneath."""
    local = entry.at.astimezone(zone)
    time = time_as_written(local.strftime("%H:%M"), entry.precision, words["date_only"])
    if name_zone and entry.precision is not TimePrecision.DATE_ONLY:
        time += f" {inline(local.tzname() or '')}"
    head = f"- **{time.strip()}**"
    if entry.moment is not None:
        head += " **" + _fill(words["flag"], kind=inline(library.label(entry.moment))) + "**"
    text = lines(entry.text)
    first = ": ".join(part for part in (inline(entry.actor), text[0] if text else "") if part)
    item = HARD_BREAK.join([f"{head} — {first}" if first else head, *text[1:]])
    detail = lines(entry.detail)
    if detail:
        item += "\n" + "  \n".join(f"  > {line}" for line in detail)
    return item
