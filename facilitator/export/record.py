"""The record of a review as Markdown, for the incident folder: a document for someone who missed the meeting.

Front matter, then the summary and impact, the incident and who took part, the opening statement, the timeline with the notes
under each moment, the key questions, perspectives and dissent, comments raised outside the meeting,
the parking lot, the actions, the time spent and the close. The wording is in resources/text/record.toml;
anything a user typed is escaped. Preparation notes and private notes never appear. The same review
always gives the same bytes: nothing depends on the time of exporting or on database ids.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Mapping

from ..content import texts
from ..domain.agenda import PHASES, default_budgets
from ..domain.key_questions import key_questions
from ..domain.meeting_clock import ClockReading
from ..domain.notes import took_part
from ..domain.people import Attendance, Person, facilitator, note_taker
from ..domain.questions import QuestionLibrary
from ..domain.review import Review
from ..domain.whole_review import WholeReview, meeting_start, record_clock
from .front_matter import front_matter
from .markdown_text import inline
from .preread import long_date, preread_file_name
from .record_blocks import duration, facts, fill, heading, table
from .record_meeting import Places, other_section
from .record_notes import filed
from .record_phases import AFTER_PHASE, PHASE_SECTIONS, RecordParts
from .record_summary import summary_section
from .record_timeline import EntryTimes

_LINK = re.compile(r"https?://[^\s<>\x00-\x1f\x7f]+")


def record_markdown(whole: WholeReview) -> str:
    words = texts("record")
    meeting = texts("meeting")
    tags = texts("notes").get("tags", {})
    review = whole.review
    zone = zoneinfo.ZoneInfo(review.timezone)
    times = EntryTimes(whole.entries, zone, words["places"]["on_day"])
    questions = key_questions(meeting)
    notes = filed(whole.notes, (e.id for e in whole.entries if e.id is not None), [q.key for q in questions])
    places = Places({e.id: e.at for e in whole.entries if e.id is not None}, times, questions, words["places"])
    reading = record_clock(whole)
    budgets = dict(whole.budgets) or default_budgets(review.slot_minutes)
    present = took_part(whole.people, whole.notes) if reading else set()
    parts = RecordParts(
        whole, notes, words, meeting, tags, questions, QuestionLibrary(texts("questions")), places, times, reading,
        budgets, zone, texts("parking"),
    )
    blocks = [
        _front(whole, reading, zone, present),
        heading(1, fill(words["heading"], ref=inline(review.incident_ref), title=inline(review.title))),
        words["intro"] + ("" if reading else " " + words["not_started"]),
        *summary_section(review, words["summary"]),
        heading(2, words["incident"]["heading"]),
        _incident(whole, reading, zone, words["incident"], words["units"]),
        *_people(whole.people, words["people"], present),
    ]
    for phase in PHASES:
        blocks += PHASE_SECTIONS[phase](parts)
        for section in AFTER_PHASE.get(phase, ()):
            blocks += section(parts)
    blocks += other_section(notes, words["other"], tags)
    return "\n\n".join(block for block in blocks if block) + "\n"


def record_file_name(review: Review) -> str:
    """`<incident date>-<incident ref>-review.md`, with the reference made safe for any file system."""
    return preread_file_name(review).removesuffix("-preread.md") + "-review.md"


def _front(whole: WholeReview, reading: ClockReading | None, zone: zoneinfo.ZoneInfo, present: set[str]) -> str:
    review, people = whole.review, whole.people
    start = meeting_start(whole.events) if reading else None
    host, scribe = facilitator(people), note_taker(people)
    return front_matter(
        [
            ("title", review.title),
            ("incident", review.incident_ref),
            ("incident_date", review.incident_date.isoformat()),
            ("severity", review.severity),
            ("major", review.major),
            ("client", review.client),
            ("review_date", start.astimezone(zone).date().isoformat() if start else None),
            ("facilitator", host.name if host else None),
            ("note_taker", scribe.name if scribe else None),
            ("attendees", [p.name for p in people if p.attendance is Attendance.PRESENT or p.name in present]),
            ("apologies", [p.name for p in people if p.attendance is Attendance.APOLOGIES]),
            ("duration_minutes", round(reading.elapsed.total_seconds() / 60) if reading else None),
            ("recording", review.recording or None),
        ]
    )


def _incident(whole: WholeReview, reading: ClockReading | None, zone: zoneinfo.ZoneInfo, words: Mapping, units: Mapping) -> str:
    review = whole.review
    severity = ", ".join(part for part in (inline(review.severity), words["major"] if review.major else "") if part)
    start = meeting_start(whole.events) if reading else None
    held = f"{long_date(start.astimezone(zone).date())}, {start.astimezone(zone):%H:%M}" if start else ""
    slot = str(review.slot_minutes)
    length = fill(words["length_value"], spent=duration(reading.elapsed, units), slot=slot) if reading else ""
    return facts(
        [
            (words["incident"], inline(review.incident_ref)),
            (words["date"], long_date(review.incident_date)),
            (words["severity"], severity),
            (words["client"], inline(review.client)),
            (words["held"], held),
            (words["length"], length) if reading else (words["slot"], fill(words["slot_value"], slot=slot)),
            (words["recording"], _recording(review.recording) or words["no_recording"]),
        ]
    )


def _attendance(person: Person, words: Mapping, present: set[str]) -> str:
    """As recorded; someone still only "invited" who plainly took part (a host, a speaker in the notes) is shown so."""
    if person.attendance is Attendance.INVITED and person.name in present:
        return words["took_part"]
    return words.get(person.attendance.name.lower(), person.attendance.value)


def _recording(where: str) -> str:
    """A web address becomes a link the reader can follow; anything else (a file name) is shown as typed."""
    return f"<{where}>" if _LINK.fullmatch(where) else inline(where)


def _people(people: tuple[Person, ...], words: Mapping, present: set[str]) -> list[str]:
    blocks = [heading(2, words["heading"])]
    invited = [p for p in people if p.attendance.asked_to_come]
    if not invited:
        return blocks + [words["nobody_invited"]]
    rows = [
        (
            _name(p, words["hosting"]),
            inline(words["roles"].get(p.role.name.lower(), p.role.value)),
            words["yes"] if p.involved else words["no"],
            inline(_attendance(p, words["attendance_words"], present)),
        )
        for p in invited
    ]
    host, scribe = facilitator(people), note_taker(people)
    hosts = fill(
        words["hosts"],
        facilitator=inline(host.name) if host else words["nobody"],
        note_taker=inline(scribe.name) if scribe else words["nobody"],
    )
    return blocks + [table((words["name"], words["role"], words["involved"], words["attendance"]), rows), hosts]


def _name(person: Person, hosting: Mapping[str, str]) -> str:
    roles = [hosting["facilitator"] if person.facilitates else "", hosting["note_taker"] if person.takes_notes else ""]
    extra = ", ".join(role for role in roles if role)
    return inline(person.name) + (f" ({extra})" if extra else "")
