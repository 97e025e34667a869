"""The review archive: a whole review as versioned JSON, everything kept, for a backup or another machine.

Entries and parked items are numbered from 1 in the archive's own order, and the references between
parts use those numbers, so the archive holds no database ids. importers/archive.py reads it back.
The archive is private: it keeps what the record leaves out (preparation notes, private notes).
"""

from __future__ import annotations

import datetime as dt
import json

from ..domain.actions import Action
from ..domain.agenda import PHASES
from ..domain.comments import Comment
from ..domain.notes import Note
from ..domain.parking import ParkedItem
from ..domain.people import Person
from ..domain.review import Review
from ..domain.timeline import TimelineEntry
from ..domain.whole_review import WholeReview
from .preread import preread_file_name

FORMAT = "facilitator-review-archive"
VERSION = 2
"""1: the first archives; 2: each timeline entry says how closely its time is known (\"precision\"); the review's summary,
impact, and the meeting's date, time, place and call link."""


def archive_json(whole: WholeReview) -> str:
    """The archive's text; the same review always gives the same bytes."""
    entry_number = {entry.id: number for number, entry in enumerate(whole.entries, start=1)}
    item_number = {item.id: number for number, item in enumerate(whole.parked, start=1)}
    document = {
        "format": FORMAT,
        "version": VERSION,
        "review": _review(whole.review),
        "people": [_person(person) for person in whole.people],
        "timeline": [_entry(number, entry, whole.source_keys.get(entry.id) if entry.id is not None else None) for number, entry in enumerate(whole.entries, 1)],
        "meeting": {
            "events": [{"at": _time(e.at), "kind": e.kind.value, "phase": e.phase.value if e.phase else None} for e in whole.events],
            "budgets": {phase.value: whole.budgets[phase] for phase in PHASES if phase in whole.budgets},
            "key_questions": {
                key: {"covered": state.covered, "answer": state.answer} for key, state in sorted(whole.key_questions.items())
            },
            "opening_text": whole.opening_text,
            "pulse": {"learned": whole.pulse_learned, "would_return": whole.pulse_would_return},
            "current_entry": entry_number.get(whole.current_entry_id),
            "current_key_question": whole.current_key_question,
        },
        "notes": [_note(note, entry_number) for note in whole.notes],
        "note_draft": whole.note_draft,
        "parked_items": [_item(number, item, entry_number) for number, item in enumerate(whole.parked, start=1)],
        "actions": [_action(action, item_number) for action in whole.actions],
        "comments": [_comment(comment, entry_number) for comment in whole.comments],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def archive_file_name(review: Review) -> str:
    """`<incident date>-<incident ref>-review.json`, named like the record (but kept out of the incident folder)."""
    return preread_file_name(review).removesuffix("-preread.md") + "-review.json"


def _time(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _review(review: Review) -> dict:
    return {
        "incident_ref": review.incident_ref,
        "title": review.title,
        "incident_date": review.incident_date.isoformat(),
        "severity": review.severity,
        "major": review.major,
        "client": review.client,
        "folder": review.folder,
        "slot_minutes": review.slot_minutes,
        "timezone": review.timezone,
        "state": review.state.value,
        "recording": review.recording,
        "summary": review.summary,
        "impact": review.impact,
        "meeting_date": review.meeting_date.isoformat() if review.meeting_date else None,
        "meeting_time": f"{review.meeting_time:%H:%M}" if review.meeting_time else None,
        "meeting_place": review.meeting_place,
        "meeting_link": review.meeting_link,
    }


def _person(person: Person) -> dict:
    return {
        "name": person.name,
        "role": person.role.value,
        "involved": person.involved,
        "attendance": person.attendance.value,
        "facilitates": person.facilitates,
        "takes_notes": person.takes_notes,
    }


def _entry(number: int, entry: TimelineEntry, source_key: str | None) -> dict:
    return {
        "number": number,
        "at": _time(entry.at),
        "actor": entry.actor,
        "text": entry.text,
        "detail": entry.detail,
        "moment": entry.moment.value if entry.moment else None,
        "prep_note": entry.prep_note,
        "questions": list(entry.questions),
        "discussed": entry.discussed,
        "seconds_on_screen": entry.seconds_on_screen,
        "precision": entry.precision.value,
        "source_key": source_key,
    }


def _note(note: Note, entry_number: dict) -> dict:
    return {
        "at": _time(note.wall),
        "phase": note.place.phase.value if note.place.phase else None,
        "entry": entry_number.get(note.place.entry_id),
        "key_question": note.place.key_question,
        "tag": note.tag.value,
        "speaker": note.speaker,
        "private": note.private,
        "meeting_seconds": note.meeting_seconds,
        "text": note.text,
    }


def _item(number: int, item: ParkedItem, entry_number: dict) -> dict:
    return {
        "number": number,
        "created_at": _time(item.created_at),
        "text": item.text,
        "category": item.category.value,
        "raised_by": item.raised_by,
        "entry": entry_number.get(item.entry_id),
        "phase": item.phase,
        "fate": item.fate.value if item.fate else None,
        "fate_reason": item.fate_reason,
    }


def _action(action: Action, item_number: dict) -> dict:
    return {
        "title": action.title,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "priority": action.priority.value,
        "isms_impact": action.isms_impact,
        "tracker_ref": action.tracker_ref,
        "description": action.description,
        "parked_item": item_number.get(action.parked_item_id),
        "rank": action.rank,
    }


def _comment(comment: Comment, entry_number: dict) -> dict:
    return {
        "text": comment.text,
        "author": comment.author,
        "received_on": comment.received_on.isoformat() if comment.received_on else None,
        "via": comment.via,
        "entry": entry_number.get(comment.entry_id),
        "shown": comment.shown,
    }
