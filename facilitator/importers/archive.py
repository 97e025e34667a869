"""Reading a review archive (export/archive.py) back into a whole review, checked before anything is stored.

Anything malformed is refused with where and what; an archive from a newer version of the app is
refused as such. The parts come back with the archive's numbers as ids, which storage replaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any, Literal, TypeVar, overload

from ..date_range_words import out_of_range
from ..domain.actions import Action, ActionError, Priority
from ..domain.agenda import AgendaError, Phase, checked_budgets
from ..domain.comments import Comment, CommentError, kept_anonymous
from ..domain.meeting_clock import ClockEvent, MeetingEvent
from ..domain.notes import Note, NoteError, NoteTag, Place, checked_note
from ..domain.parking import Fate, ParkCategory, ParkedItem, ParkingError
from ..domain.people import Attendance, Person, Role
from ..domain.plausible_dates import DateKind, DateOutOfRange, checked_date
from ..domain.review import Review, ReviewError, ReviewState, checked
from ..domain.timeline import MomentKind, TimelineEntry, TimePrecision
from ..domain.whole_review import KeyQuestionState, WholeReview
from ..export.archive import FORMAT, VERSION
from . import ImportProblem
from .decoding import json_value
from .times import PLAUSIBLE_YEARS

T = TypeVar("T")
SUMMARY_VERSION = 2
"""The archive version that added the review's summary, impact and meeting details."""
_DOMAIN_ERRORS = (ReviewError, ActionError, AgendaError, CommentError, NoteError, ParkingError, ValueError)


class ArchiveProblem(ImportProblem):
    """A file that is not a review archive this version can read; nothing was stored."""


class ArchiveTooNew(ArchiveProblem):
    """An archive written by a newer version of Facilitator."""


def read_archive(data: bytes, today: dt.date | None = None) -> WholeReview:
    """The whole review the archive holds (saved with or without a UTF-8 byte-order mark), checked throughout.

    Its dates are checked against today (by the computer's clock unless given) as the forms check them."""
    try:
        document = json_value(data.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise ArchiveProblem(f"not a review archive: it is not JSON text ({e})") from None
    except ImportProblem as e:
        raise ArchiveProblem(f"not a review archive: it is {e}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ArchiveProblem("not a Facilitator review archive (its format is not named as one)")
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ArchiveProblem("the review archive has no valid version number")
    if version > VERSION:
        raise ArchiveTooNew(
            f"the review archive is version {version}, written by a newer Facilitator; "
            f"this one reads up to version {VERSION}, so update the app to restore it"
        )
    return _whole(_from_version_1(document) if version == 1 else document, today or dt.date.today())


def _from_version_1(doc: dict) -> dict:
    """A version 1 archive as version 2 has it: the times of its entries, which it did not grade, are exact."""
    timeline = doc.get("timeline")
    if not isinstance(timeline, list):
        return doc
    graded = [{"precision": TimePrecision.EXACT.value, **e} if isinstance(e, dict) else e for e in timeline]
    return {**doc, "timeline": graded}


def _whole(doc: dict, today: dt.date) -> WholeReview:
    review = _part("the review", lambda: _review(_object(doc, "review", "the archive"), doc["version"]))
    _in_range("the review", DateKind.INCIDENT, review.incident_date, today)
    entries = _each(_list(doc, "timeline", "the archive"), "timeline entry", _entry)
    entry_ids = _unique([entry.id for entry, _ in entries], "timeline entries")
    items = _each(_list(doc, "parked_items", "the archive"), "parked item", lambda d, w: _item(d, w, entry_ids))
    item_ids = _unique([item.id for item in items], "parked items")
    meeting = _object(doc, "meeting", "the archive")
    pulse = _object(meeting, "pulse", "the meeting")
    actions = _each(_list(doc, "actions", "the archive"), "action", lambda d, w: _action(d, w, item_ids))
    for number, action in enumerate(actions, 1):
        if action.due is not None:
            _in_range(f"action {number}", DateKind.DUE, action.due, today, review.incident_date)
    return WholeReview(
        review=review,
        people=tuple(_each(_list(doc, "people", "the archive"), "person", _person)),
        entries=tuple(entry for entry, _ in entries),
        source_keys=_source_keys(entries),
        events=tuple(_each(_list(meeting, "events", "the meeting"), "clock event", _event)),
        budgets=_budgets(_object(meeting, "budgets", "the meeting"), review.slot_minutes),
        key_questions=_key_questions(_object(meeting, "key_questions", "the meeting")),
        opening_text=_value(meeting, "opening_text", str, "the meeting", optional=True),
        pulse_learned=_count(pulse, "learned"),
        pulse_would_return=_count(pulse, "would_return"),
        current_entry_id=_reference(meeting, "current_entry", entry_ids, "the meeting"),
        current_key_question=_value(meeting, "current_key_question", str, "the meeting", optional=True),
        notes=tuple(_each(_list(doc, "notes", "the archive"), "note", lambda d, w: _note(d, w, entry_ids))),
        note_draft=_value(doc, "note_draft", str, "the archive"),
        parked=tuple(items),
        actions=tuple(actions),
        comments=tuple(_each(_list(doc, "comments", "the archive"), "comment", lambda d, w: _comment(d, w, entry_ids))),
    )


def _part(where: str, make: Callable[[], T]) -> T:
    """Domain objects refuse bad values themselves; their reason is told with where it was found."""
    try:
        return make()
    except ArchiveProblem:
        raise
    except _DOMAIN_ERRORS as e:
        raise ArchiveProblem(f"{where}: {e}") from None


def _each(items: list, what: str, read: Callable[[Any, str], T]) -> list[T]:
    return [_part(f"{what} {number}", partial(read, d, f"{what} {number}")) for number, d in enumerate(items, 1)]


def _unique(numbers: list[int | None], what: str) -> set[int]:
    """The numbers other parts refer to, which must each belong to one part (every part read has its number)."""
    known = {number for number in numbers if number is not None}
    if len(known) != len(numbers):
        raise ArchiveProblem(f"two {what} have the same number")
    return known


def _object(doc: Any, key: str, where: str) -> dict:
    return _value(doc, key, dict, where)


def _list(doc: Any, key: str, where: str) -> list:
    return _value(doc, key, list, where)


_KINDS = {str: "text", int: "a whole number", bool: "true or false", dict: "an object", list: "a list"}
LARGEST_NUMBER = 10**9
"""No number in a review (a count, a rank, seconds on screen, a part's number) comes near this; a larger one
is not from this app, and one past 2^63 could not even be stored."""


def _value(doc: Any, key: str, kind: type, where: str, optional: bool = False) -> Any:
    if not isinstance(doc, dict):
        raise ArchiveProblem(f"{where} is not an object")
    if key not in doc:
        raise ArchiveProblem(f"{where} has no “{key}”")
    value = doc[key]
    if value is None and optional:
        return None
    if type(value) is not kind:
        raise ArchiveProblem(f"{where}: “{key}” should be {_KINDS[kind]}")
    if kind is int and isinstance(value, int) and abs(value) > LARGEST_NUMBER:
        raise ArchiveProblem(f"{where}: “{key}” is too large a number to be right")
    return value


def _text(doc: dict, key: str, where: str) -> str:
    return _value(doc, key, str, where)


def _flag(doc: dict, key: str, where: str) -> bool:
    return _value(doc, key, bool, where)


@overload
def _number(doc: dict, key: str, where: str, optional: Literal[False] = False) -> int: ...
@overload
def _number(doc: dict, key: str, where: str, optional: bool) -> int | None: ...
def _number(doc: dict, key: str, where: str, optional: bool = False) -> int | None:
    value = _value(doc, key, int, where, optional)
    if value is not None and value < 0:
        raise ArchiveProblem(f"{where}: “{key}” cannot be negative")
    return value


def _count(pulse: dict, key: str) -> int | None:
    return _number(pulse, key, "the pulse", optional=True)


def _time(doc: dict, key: str, where: str) -> dt.datetime:
    text = _text(doc, key, where)
    try:
        at = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ArchiveProblem(f"{where}: “{key}” is not a time: {text[:40]!r}") from None
    if at.tzinfo is None:
        raise ArchiveProblem(f"{where}: “{key}” has no UTC offset: {text[:40]!r}")
    return _plausible(at, f"{where}: “{key}” {text[:40]!r}")


@overload
def _date(doc: dict, key: str, where: str, optional: Literal[False] = False) -> dt.date: ...
@overload
def _date(doc: dict, key: str, where: str, optional: bool) -> dt.date | None: ...
def _date(doc: dict, key: str, where: str, optional: bool = False) -> dt.date | None:
    text = _value(doc, key, str, where, optional)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ArchiveProblem(f"{where}: “{key}” is not a date: {text[:40]!r}") from None


def _in_range(where: str, kind: DateKind, day: dt.date, today: dt.date, incident_date: dt.date | None = None) -> None:
    """A date no one can mean (the year 0001 or 9999) is refused as the forms refuse it."""
    try:
        checked_date(kind, day, today, incident_date)
    except DateOutOfRange as e:
        raise ArchiveProblem(f"{where}: {out_of_range(e)}") from None


def _plausible(at: dt.datetime, said: str) -> dt.datetime:
    """Times are checked as the importers check them: a year outside 1970–2999 is refused."""
    if at.year not in PLAUSIBLE_YEARS:
        raise ArchiveProblem(f"{said} is in the year {at.year}, which cannot be right")
    return at


def _reference(doc: dict, key: str, known: set[int], where: str) -> int | None:
    number = _number(doc, key, where, optional=True)
    if number is not None and number not in known:
        raise ArchiveProblem(f"{where}: “{key}” refers to number {number}, which the archive does not have")
    return number


def _review(d: dict, version: int = VERSION) -> Review:
    where = "the review"
    return checked(
        Review(
            incident_ref=_text(d, "incident_ref", where),
            title=_text(d, "title", where),
            incident_date=_date(d, "incident_date", where),
            severity=_text(d, "severity", where),
            major=_flag(d, "major", where),
            client=_text(d, "client", where),
            folder=_text(d, "folder", where),
            slot_minutes=_number(d, "slot_minutes", where),
            timezone=_text(d, "timezone", where),
            state=ReviewState(_text(d, "state", where)),
            recording=_text(d, "recording", where),
            **(_meeting_details(d, where) if version >= SUMMARY_VERSION else {}),
        )
    )


def _meeting_details(d: dict, where: str) -> dict:
    """The summary, impact and meeting details (archives of version 1, written before them, do not have them)."""
    details: dict[str, object] = {key: _text(d, key, where) for key in ("summary", "impact", "meeting_place", "meeting_link")}
    details["meeting_date"] = _date(d, "meeting_date", where, optional=True)
    time = _value(d, "meeting_time", str, where, optional=True)
    try:
        details["meeting_time"] = dt.time.fromisoformat(time) if time is not None else None
    except ValueError:
        raise ArchiveProblem(f"{where}: “meeting_time” is not a time of day: {time!r}") from None
    return details


def _person(d: dict, where: str) -> Person:
    name = _text(d, "name", where)
    if not name.strip():
        raise ArchiveProblem(f"{where} has no name")
    return Person(
        name=name,
        role=Role(_text(d, "role", where)),
        involved=_flag(d, "involved", where),
        attendance=Attendance(_text(d, "attendance", where)),
        facilitates=_flag(d, "facilitates", where),
        takes_notes=_flag(d, "takes_notes", where),
    )


def _entry(d: dict, where: str) -> tuple[TimelineEntry, str | None]:
    questions = _list(d, "questions", where)
    if not all(type(q) is str and q.strip() for q in questions):
        raise ArchiveProblem(f"{where}: every question must be some text")
    moment = _value(d, "moment", str, where, optional=True)
    entry = TimelineEntry(
        id=_number(d, "number", where),
        at=_time(d, "at", where),
        actor=_text(d, "actor", where),
        text=_text(d, "text", where),
        detail=_text(d, "detail", where),
        moment=MomentKind(moment) if moment is not None else None,
        prep_note=_text(d, "prep_note", where),
        discussed=_flag(d, "discussed", where),
        seconds_on_screen=_number(d, "seconds_on_screen", where),
        questions=tuple(questions),
        precision=TimePrecision(_value(d, "precision", str, where)),
    )
    return entry, _value(d, "source_key", str, where, optional=True)


def _source_keys(entries: list[tuple[TimelineEntry, str | None]]) -> dict[int, str]:
    keys = {entry.id: key for entry, key in entries if key is not None and entry.id is not None}
    if len(set(keys.values())) != len(keys):
        raise ArchiveProblem("two timeline entries have the same import identity (source_key)")
    return keys


def _event(d: dict, where: str) -> MeetingEvent:
    phase = _value(d, "phase", str, where, optional=True)
    return MeetingEvent(
        at=_time(d, "at", where), kind=ClockEvent(_text(d, "kind", where)), phase=Phase(phase) if phase else None
    )


def _budgets(d: dict, slot_minutes: int) -> dict[Phase, int]:
    if not d:
        return {}
    try:
        budgets = {Phase(key): _number(d, key, "the budgets") for key in d}
        return checked_budgets(budgets, slot_minutes)
    except _DOMAIN_ERRORS as e:
        raise ArchiveProblem(f"the phase budgets: {e}") from None


def _key_questions(d: dict) -> dict[str, KeyQuestionState]:
    found = {}
    for key in d:
        where = f"key question “{key[:40]}”"
        state = _object(d, key, "the key questions")
        found[key] = KeyQuestionState(_flag(state, "covered", where), _text(state, "answer", where))
    return found


def _note(d: dict, where: str, entry_ids: set[int]) -> Note:
    phase = _value(d, "phase", str, where, optional=True)
    place = Place(
        phase=Phase(phase) if phase else None,
        entry_id=_reference(d, "entry", entry_ids, where),
        key_question=_value(d, "key_question", str, where, optional=True),
    )
    return checked_note(
        Note(
            text=_text(d, "text", where),
            wall=_time(d, "at", where),
            place=place,
            tag=NoteTag(_text(d, "tag", where)),
            speaker=_text(d, "speaker", where),
            private=_flag(d, "private", where),
            meeting_seconds=_number(d, "meeting_seconds", where),
        )
    )


def _item(d: dict, where: str, entry_ids: set[int]) -> ParkedItem:
    fate = _value(d, "fate", str, where, optional=True)
    return ParkedItem(
        id=_number(d, "number", where),
        text=_text(d, "text", where),
        category=ParkCategory(_text(d, "category", where)),
        created_at=_time(d, "created_at", where),
        raised_by=_text(d, "raised_by", where),
        entry_id=_reference(d, "entry", entry_ids, where),
        phase=_value(d, "phase", str, where, optional=True),
        fate=Fate(fate) if fate else None,
        fate_reason=_text(d, "fate_reason", where),
    )


def _action(d: dict, where: str, item_ids: set[int]) -> Action:
    return Action(
        title=_text(d, "title", where),
        owner=_text(d, "owner", where),
        due=_date(d, "due", where, optional=True),
        priority=Priority(_text(d, "priority", where)),
        isms_impact=_flag(d, "isms_impact", where),
        tracker_ref=_text(d, "tracker_ref", where),
        description=_text(d, "description", where),
        parked_item_id=_reference(d, "parked_item", item_ids, where),
        rank=_value(d, "rank", int, where),
    )


def _comment(d: dict, where: str, entry_ids: set[int]) -> Comment:
    """A comment as any other way in keeps it: an author that asks for no name is none, and its address goes."""
    return kept_anonymous(Comment(
        text=_text(d, "text", where),
        author=_value(d, "author", str, where, optional=True),
        received_on=_date(d, "received_on", where, optional=True),
        via=_text(d, "via", where),
        entry_id=_reference(d, "entry", entry_ids, where),
        shown=_flag(d, "shown", where),
    ))
