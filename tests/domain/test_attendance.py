"""The attendance guidance: who should be in the room, and who should not run it."""

import ast
import datetime as dt
import inspect

import pytest

from facilitator.content import texts
from facilitator.domain import attendance
from facilitator.domain.attendance import LARGE_AUDIENCE, Finding, Level, findings
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review

WARNING_CODES = {
    "no_facilitator",
    "facilitator_involved",
    "no_note_taker",
    "note_taker_is_facilitator",
    "involved_not_invited",
    "major_without_senior",
    "client_without_contact",
}
NOTE_CODES = {"large_audience", "outside_parties"}


def _review(**changes) -> Review:
    return Review(
        incident_ref="INC-1",
        title="Checkout errors",
        incident_date=dt.date(2026, 10, 14),
        **changes,
    )


def _host(**changes) -> Person:
    return Person("Cyd Marr", Role.TECH_TEAM, **{"facilitates": True, **changes})


def _scribe(**changes) -> Person:
    return Person("Dee Oyelaran", Role.OTHER, **{"takes_notes": True, **changes})


def _responder(name="Ada Quist", attendance=Attendance.PRESENT) -> Person:
    return Person(name, Role.RESPONDER, involved=True, attendance=attendance)


def _senior(**changes) -> Person:
    defaults = {"attendance": Attendance.INVITED}
    return Person("Eli Santos", Role.SENIOR_STAFF, **{**defaults, **changes})


def _contact(**changes) -> Person:
    defaults = {"attendance": Attendance.INVITED}
    return Person("Fay Brooke", Role.CLIENT_CONTACT, **{**defaults, **changes})


def _well_set_up() -> tuple[Review, list[Person]]:
    review = _review(major=True, client="Harbour & Lane")
    people = [_responder(), _responder("Bo Lindqvist"), _host(), _scribe(), _senior(), _contact()]
    return review, people


def _codes(review, people) -> list[str]:
    return [f.code for f in findings(review, people)]


def _only(review, people, code) -> Finding:
    matching = [f for f in findings(review, people) if f.code == code]
    assert len(matching) == 1
    return matching[0]


def test_well_set_up_review_has_no_warnings():
    """A review with an outside facilitator, a separate note-taker, seniors and client contact shows no warnings."""
    review, people = _well_set_up()
    assert [f for f in findings(review, people) if f.level is Level.WARNING] == []


def test_demo_review_has_no_warnings():
    """The demo review that ships with the app is set up the way the guidance recommends."""
    from facilitator.content import demo_review
    from facilitator.importers.demo import read_demo

    bundle = read_demo(demo_review())
    warnings = [f for f in findings(bundle.review, bundle.people) if f.level is Level.WARNING]
    assert warnings == []


def test_involved_facilitator_is_warned_about_by_name():
    """Picking a responder as facilitator is flagged, naming them."""
    review, people = _well_set_up()
    people[2] = _host(involved=True)
    finding = _only(review, people, "facilitator_involved")
    assert finding.level is Level.WARNING
    assert finding.names == ("Cyd Marr",)
    assert "no_facilitator" not in _codes(review, people)


def test_uninvolved_facilitator_is_not_warned_about():
    """A facilitator from outside the response gives no facilitator warning."""
    review, people = _well_set_up()
    codes = _codes(review, people)
    assert "facilitator_involved" not in codes
    assert "no_facilitator" not in codes


def test_missing_facilitator_is_warned_about():
    """With nobody down as facilitator, the set-up says so."""
    review, people = _well_set_up()
    people[2] = Person("Cyd Marr", Role.TECH_TEAM)
    finding = _only(review, people, "no_facilitator")
    assert finding.level is Level.WARNING
    assert "facilitator_involved" not in _codes(review, people)


def test_missing_note_taker_is_warned_about():
    """With nobody down to take notes, the set-up says so."""
    review, people = _well_set_up()
    people[3] = Person("Dee Oyelaran", Role.OTHER)
    finding = _only(review, people, "no_note_taker")
    assert finding.level is Level.WARNING
    assert "note_taker_is_facilitator" not in _codes(review, people)


def test_note_taker_who_also_facilitates_is_warned_about_by_name():
    """One person down as both facilitator and note-taker is flagged, naming them."""
    review, people = _well_set_up()
    people[2] = _host(takes_notes=True)
    del people[3]
    finding = _only(review, people, "note_taker_is_facilitator")
    assert finding.level is Level.WARNING
    assert finding.names == ("Cyd Marr",)
    codes = _codes(review, people)
    assert "no_note_taker" not in codes
    assert "no_facilitator" not in codes


def test_separate_note_taker_is_not_warned_about():
    """A note-taker who is not the facilitator gives no note-taker warning."""
    review, people = _well_set_up()
    codes = _codes(review, people)
    assert "no_note_taker" not in codes
    assert "note_taker_is_facilitator" not in codes


def test_responders_left_off_the_invite_are_named_together():
    """Everyone who responded but was not invited is named in one warning."""
    review, people = _well_set_up()
    people[0] = _responder(attendance=Attendance.NOT_INVITED)
    people[1] = _responder("Bo Lindqvist", attendance=Attendance.NOT_INVITED)
    finding = _only(review, people, "involved_not_invited")
    assert finding.level is Level.WARNING
    assert finding.names == ("Ada Quist", "Bo Lindqvist")


@pytest.mark.parametrize("status", [Attendance.INVITED, Attendance.PRESENT, Attendance.APOLOGIES])
def test_invited_responders_are_not_warned_about(status):
    """A responder who was asked to come, even one who sent apologies, is not flagged."""
    review, people = _well_set_up()
    people[0] = _responder(attendance=status)
    assert "involved_not_invited" not in _codes(review, people)


def test_uninvolved_person_not_invited_is_not_warned_about():
    """Leaving out someone who took no part in the response is not flagged."""
    review, people = _well_set_up()
    people.append(Person("Gus Hale", Role.TECH_TEAM, attendance=Attendance.NOT_INVITED))
    assert "involved_not_invited" not in _codes(review, people)


@pytest.mark.parametrize(
    "senior",
    [
        None,
        Person("Eli Santos", Role.SENIOR_STAFF, involved=True, attendance=Attendance.PRESENT),
        Person("Eli Santos", Role.SENIOR_STAFF, attendance=Attendance.APOLOGIES),
        Person("Eli Santos", Role.SENIOR_STAFF, attendance=Attendance.NOT_INVITED),
    ],
    ids=["no senior", "senior involved", "senior sent apologies", "senior not invited"],
)
def test_major_incident_without_an_outside_senior_coming_is_warned_about(senior):
    """A major incident with no senior from outside the response expected in the room is flagged."""
    review, people = _well_set_up()
    people[4:5] = [] if senior is None else [senior]
    assert _only(review, people, "major_without_senior").level is Level.WARNING


@pytest.mark.parametrize("status", [Attendance.INVITED, Attendance.PRESENT])
def test_major_incident_with_an_outside_senior_coming_is_not_warned_about(status):
    """A senior from outside the response who is expected satisfies the major-incident check."""
    review, people = _well_set_up()
    people[4] = _senior(attendance=status)
    assert "major_without_senior" not in _codes(review, people)


def test_minor_incident_needs_no_senior():
    """A review that is not a major incident is not flagged for having no senior."""
    review, people = _well_set_up()
    review = _review(major=False, client=review.client)
    del people[4]
    assert "major_without_senior" not in _codes(review, people)


@pytest.mark.parametrize(
    "contact",
    [
        None,
        Person("Fay Brooke", Role.CLIENT_CONTACT, attendance=Attendance.NOT_INVITED),
        Person("Fay Brooke", Role.OTHER, attendance=Attendance.INVITED),
    ],
    ids=["no contact", "contact not invited", "invitee is not a client contact"],
)
def test_affected_client_without_a_contact_invited_is_warned_about_by_name(contact):
    """An affected client with no client contact invited is flagged, naming the client."""
    review, people = _well_set_up()
    people[5:6] = [] if contact is None else [contact]
    finding = _only(review, people, "client_without_contact")
    assert finding.level is Level.WARNING
    assert finding.names == ("Harbour & Lane",)


@pytest.mark.parametrize("status", [Attendance.INVITED, Attendance.PRESENT, Attendance.APOLOGIES])
def test_affected_client_with_a_contact_invited_is_not_warned_about(status):
    """A client contact who was asked to come satisfies the client check."""
    review, people = _well_set_up()
    people[5] = _contact(attendance=status)
    assert "client_without_contact" not in _codes(review, people)


def test_no_affected_client_needs_no_contact():
    """A review with no affected client is not flagged for having no client contact."""
    review, people = _well_set_up()
    review = _review(major=True, client="")
    del people[5]
    assert "client_without_contact" not in _codes(review, people)


def _crowd(expected: int, extra_not_coming: int = 0) -> list[Person]:
    people = [_host(), _scribe()]
    people += [Person(f"Guest {i}", Role.TECH_TEAM) for i in range(expected - 2)]
    people += [
        Person(f"Away {i}", Role.TECH_TEAM, attendance=status)
        for i, status in enumerate([Attendance.APOLOGIES, Attendance.NOT_INVITED] * extra_not_coming)
    ]
    return people


def test_more_than_twelve_expected_is_noted_with_the_count():
    """Thirteen people expected in the room gives a large-audience note that counts them."""
    people = _crowd(LARGE_AUDIENCE + 1)
    finding = _only(_review(), people, "large_audience")
    assert finding.level is Level.NOTE
    assert len(finding.names) == 13
    assert "13 people are expected" in finding.sentence(texts("attendance"))


def test_twelve_expected_is_not_a_large_audience():
    """Exactly twelve people expected is not flagged as a large audience."""
    assert LARGE_AUDIENCE == 12
    assert "large_audience" not in _codes(_review(), _crowd(12))


def test_people_not_coming_do_not_count_towards_a_large_audience():
    """People who sent apologies or were not invited are not counted as expected."""
    assert "large_audience" not in _codes(_review(), _crowd(12, extra_not_coming=3))


@pytest.mark.parametrize("status", [Attendance.INVITED, Attendance.PRESENT])
def test_client_contacts_in_the_room_are_noted_by_name(status):
    """Client contacts expected in the room give an outside-parties note naming them."""
    review, people = _well_set_up()
    people[5] = _contact(attendance=status)
    people.append(Person("Hal Ng", Role.CLIENT_CONTACT, attendance=status))
    finding = _only(review, people, "outside_parties")
    assert finding.level is Level.NOTE
    assert finding.names == ("Fay Brooke", "Hal Ng")


def test_client_contact_who_sent_apologies_is_not_an_outside_party_present():
    """A client contact who is not coming does not give an outside-parties note."""
    review, people = _well_set_up()
    people[5] = _contact(attendance=Attendance.APOLOGIES)
    assert "outside_parties" not in _codes(review, people)


def test_warnings_come_before_notes():
    """However the findings arise, every warning is listed before any note."""
    review = _review(major=True, client="Harbour & Lane")
    people = _crowd(LARGE_AUDIENCE + 1) + [_contact(), _responder(attendance=Attendance.NOT_INVITED)]
    people[0] = _host(involved=True)
    found = findings(review, people)
    levels = [f.level for f in found]
    assert Level.NOTE in levels and Level.WARNING in levels
    assert levels == sorted(levels, reverse=True)
    assert {f.code for f in found} == {
        "facilitator_involved",
        "involved_not_invited",
        "major_without_senior",
        "large_audience",
        "outside_parties",
    }


def _without_flags(person: Person) -> Person:
    return Person(person.name, person.role, person.involved, person.attendance)


def test_every_finding_at_once_lists_warnings_first_in_a_stable_order():
    """With everything wrong, all warnings show first in the same order every time."""
    review = _review(major=True, client="Harbour & Lane")
    people = [_responder(attendance=Attendance.NOT_INVITED)] + _crowd(LARGE_AUDIENCE + 1)
    people = [_without_flags(p) for p in people] + [_contact()]
    first = _codes(review, people)
    assert first == [
        "no_facilitator",
        "no_note_taker",
        "involved_not_invited",
        "major_without_senior",
        "large_audience",
        "outside_parties",
    ]
    assert _codes(review, people) == first


def _codes_in_source() -> set[str]:
    tree = ast.parse(inspect.getsource(attendance))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Finding"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_the_list_of_codes_here_matches_the_checks():
    """These tests know every finding the guidance can raise, so none goes unchecked."""
    assert _codes_in_source() == WARNING_CODES | NOTE_CODES


@pytest.mark.parametrize("code", sorted(WARNING_CODES | NOTE_CODES))
@pytest.mark.parametrize("names", [(), ("Ada Quist",), ("Ada Quist", "Bo Lindqvist", "Cyd Marr")])
def test_every_finding_has_a_sentence_that_reads_well(code, names):
    """Each finding is shown as its own sentence from the editable texts, with names filled in."""
    table = texts("attendance")
    assert code in table
    sentence = Finding(code, Level.WARNING, names).sentence(table)
    assert sentence != code
    assert "{" not in sentence and "}" not in sentence
    if "{names}" in table[code] and len(names) == 3:
        assert "Ada Quist, Bo Lindqvist and Cyd Marr" in sentence
