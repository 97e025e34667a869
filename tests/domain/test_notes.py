"""Notes in plain Python: where they are filed, which the room may see, and whom we have not heard from."""

import datetime as dt

import pytest

from facilitator.domain.agenda import Phase
from facilitator.domain.notes import (
    Note,
    NoteError,
    NoteTag,
    Place,
    checked_note,
    not_heard_from,
    notes_at,
    place_on_screen,
    shared,
)
from facilitator.domain.people import Attendance, Person, Role

AT = dt.datetime(2026, 10, 20, 14, 5, tzinfo=dt.UTC)


def _note(text="x", place=Place(), **kw):
    return Note(text=text, wall=AT, place=place, **kw)


def test_the_place_on_screen_follows_the_phase():
    """In the timeline a note goes under the prompt, in key questions under the question, elsewhere under the phase."""
    assert place_on_screen(Phase.TIMELINE, 7, "client") == Place(Phase.TIMELINE, entry_id=7)
    assert place_on_screen(Phase.KEY_QUESTIONS, 7, "client") == Place(Phase.KEY_QUESTIONS, key_question="client")
    assert place_on_screen(Phase.OPENING, 7, "client") == Place(Phase.OPENING)


def test_notes_at_a_moment_are_those_filed_under_it_and_no_others():
    """A moment's notes, a key question's notes and a bare phase's notes never mix."""
    moment = _note("a", Place(Phase.TIMELINE, entry_id=1))
    other = _note("b", Place(Phase.TIMELINE, entry_id=2))
    question = _note("c", Place(Phase.KEY_QUESTIONS, key_question="client"))
    opening = _note("d", Place(Phase.OPENING))
    notes = [moment, other, question, opening]
    assert notes_at(notes, Place(Phase.TIMELINE, entry_id=1)) == [moment]
    assert notes_at(notes, Place(Phase.KEY_QUESTIONS, key_question="client")) == [question]
    assert notes_at(notes, Place(Phase.OPENING)) == [opening]
    assert notes_at(notes, Place(Phase.CLOSE)) == []


def test_private_notes_are_never_shared():
    """The room sees every note but the private ones."""
    public, private = _note("seen"), _note("kept back", private=True)
    assert shared([public, private]) == [public]


def test_a_note_keeps_its_line_breaks_but_not_surrounding_space():
    """Shift+Enter lines survive; blank edges and trailing spaces do not; an empty note is refused."""
    assert checked_note(_note("  first line  \nsecond line \n\n", speaker=" Ada ")).text == "first line\nsecond line"
    assert checked_note(_note("x", speaker=" Ada ")).speaker == "Ada"
    with pytest.raises(NoteError):
        checked_note(_note(" \n "))


def test_a_note_needs_a_time_with_its_offset():
    """A naive time would be misread in another time zone."""
    with pytest.raises(ValueError):
        Note(text="x", wall=dt.datetime(2026, 10, 20, 14, 5))


def test_not_heard_from_lists_responders_first_and_leaves_out_hosts_and_absentees():
    """Involved people come first; the facilitator, the note-taker and those who sent apologies are not listed."""
    people = [
        Person("Eli Santos", Role.SENIOR_STAFF, attendance=Attendance.PRESENT),
        Person("Ada Quist", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT),
        Person("Cyd Marr", Role.TECH_TEAM, facilitates=True),
        Person("Dee Oyelaran", takes_notes=True),
        Person("Fay Brooke", Role.CLIENT_CONTACT, attendance=Attendance.INVITED),
        Person("Gus Hale", Role.RESPONDER, involved=True, attendance=Attendance.APOLOGIES),
        Person("Bo Lindqvist", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT),
    ]
    names = [p.name for p in not_heard_from(people, [_note(speaker="ada quist", tag=NoteTag.DISSENT)])]
    assert names == ["Bo Lindqvist", "Eli Santos", "Fay Brooke"]
    everyone = [_note(speaker=n) for n in ("Bo Lindqvist", "Eli Santos", "Fay Brooke", "Ada Quist")]
    assert not_heard_from(people, everyone) == []


def test_before_a_key_question_is_chosen_the_first_is_on_screen():
    """The key-questions screen opens on the first question: a note then belongs to it, not to no question."""
    from facilitator.domain.notes import question_on_screen

    keys = ["what_happened", "declared"]
    assert place_on_screen(Phase.KEY_QUESTIONS, None, None, keys) == Place(Phase.KEY_QUESTIONS, key_question="what_happened")
    assert question_on_screen("declared", keys) == "declared"
    assert question_on_screen("no longer asked", keys) == "what_happened"
    assert question_on_screen(None, []) is None
