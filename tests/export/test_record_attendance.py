"""Attendance in the record when nobody ticked anyone present: a new facilitator rarely does, yet the notes show who
took part (found in a full review run as a new user would)."""

from dataclasses import replace

from record_data import minutes, whole_review
from test_record import _front_matter

from facilitator.domain.agenda import Phase
from facilitator.domain.notes import Note, Place
from facilitator.domain.people import Attendance
from facilitator.export.record import record_markdown


def _only_invited(whole, notes):
    people = tuple(replace(p, attendance=Attendance.INVITED) if p.attendance is not Attendance.NOT_INVITED else p
                   for p in whole.people)
    return replace(whole, people=people, notes=notes)


def test_people_the_notes_name_and_the_hosts_are_recorded_as_taking_part():
    whole = whole_review()
    speaker = whole.people[0].name
    said = Note("We saw the dashboard first", minutes(5), Place(Phase.TIMELINE, entry_id=whole.entries[0].id), speaker=speaker)
    record = record_markdown(_only_invited(whole, (said,)))
    front = _front_matter(record)
    assert speaker in front["attendees"]
    assert {p.name for p in whole.people if p.facilitates or p.takes_notes} <= set(front["attendees"])
    row = next(line for line in record.splitlines() if line.startswith(f"| {speaker} |"))
    assert "present (took part in the meeting)" in row
    silent = whole.people[1].name
    assert silent not in front["attendees"]
    assert "invited, not recorded as present" in next(line for line in record.splitlines() if line.startswith(f"| {silent} |"))


def test_before_the_meeting_nobody_is_called_present():
    whole = whole_review()
    whole = replace(_only_invited(whole, ()), events=())
    assert _front_matter(record_markdown(whole))["attendees"] == []
