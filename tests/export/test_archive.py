"""The review archive: everything kept, read back exactly, and anything malformed or too new refused."""

import copy
import datetime as dt
import json

import pytest
from record_data import whole_review

from facilitator.export.archive import FORMAT, VERSION, archive_file_name, archive_json
from facilitator.importers.archive import ArchiveProblem, ArchiveTooNew, read_archive


@pytest.fixture(scope="module")
def archive() -> str:
    return archive_json(whole_review())


def test_an_archive_reads_back_to_the_same_archive(archive):
    """Read (its numbers become the ids) and written again, the archive is byte for byte the same."""
    assert archive_json(read_archive(archive.encode())) == archive


def test_the_archive_keeps_what_the_record_leaves_out(archive):
    """Preparation notes, questions, private notes, import identities and the meeting's state are all there."""
    for kept in ("PREP secret", "QUESTION never in the record", "PRIVATE never in the record", '"private": true'):
        assert kept in archive
    document = json.loads(archive)
    assert document["format"] == FORMAT and document["version"] == VERSION
    assert document["meeting"]["key_questions"]["restored"] == {"covered": False, "answer": "not yet"}
    assert document["actions"][0]["parked_item"] == 1 and document["parked_items"][0]["entry"] == 2
    assert [n["entry"] for n in document["notes"][1:4]] == [2, 2, 2]


def test_the_archive_holds_no_database_ids(archive):
    """Parts are numbered from 1 in the archive's own order, whatever their ids were."""
    document = json.loads(archive)
    assert [e["number"] for e in document["timeline"]] == list(range(1, len(document["timeline"]) + 1))
    assert [i["number"] for i in document["parked_items"]] == [1, 2, 3, 4]
    assert "id" not in {path[-1] for path in _paths(document)}


def test_file_name_sits_beside_the_record():
    assert archive_file_name(whole_review().review) == "2026-10-14-INC-1-typed-words-review.json"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\xff\xfe not text", "not JSON"),
        (b"{not json", "not JSON"),
        (b"[]", "not a Facilitator review archive"),
        (b'{"format": "something-else", "version": 1}', "not a Facilitator review archive"),
        (json.dumps({"format": FORMAT}).encode(), "no valid version"),
        (json.dumps({"format": FORMAT, "version": "1"}).encode(), "no valid version"),
        (json.dumps({"format": FORMAT, "version": 1}).encode(), "the archive has no “review”"),
    ],
)
def test_what_is_not_an_archive_is_refused_plainly(data, says):
    with pytest.raises(ArchiveProblem, match=says):
        read_archive(data)


def test_an_archive_from_a_newer_version_is_refused_as_such(archive):
    """A future version is not guessed at: it is refused, saying the app needs updating."""
    document = json.loads(archive)
    document["version"] = VERSION + 1
    with pytest.raises(ArchiveTooNew, match="newer Facilitator"):
        read_archive(json.dumps(document).encode())


def _paths(node, path=()):
    """Every place in the document below the top."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield (*path, key)
        yield from _paths(child, (*path, key))


def _changed(document: dict, path: tuple, value=None, delete=False) -> bytes:
    changed = copy.deepcopy(document)
    parent = changed
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return json.dumps(changed).encode()


def test_any_part_replaced_by_something_of_the_wrong_shape_is_refused(archive):
    """Every value, anywhere, replaced by an object it cannot be: an ArchiveProblem, never a crash or a half-read review."""
    document = json.loads(archive)
    for path in _paths(document):
        if path in (("format",), ("version",)):
            continue
        with pytest.raises(ArchiveProblem):
            read_archive(_changed(document, path, {"unexpected": [1]}))


def test_any_field_left_out_is_refused(archive):
    """A field missing from any part is named in the refusal."""
    document = json.loads(archive)
    for path in _paths(document):
        if isinstance(path[-1], int) or path[-2:-1] in (("budgets",), ("key_questions",)):
            continue
        with pytest.raises(ArchiveProblem, match=str(path[-1])):
            read_archive(_changed(document, path, delete=True))


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        (("notes", 1, "entry"), 999, "refers to number 999"),
        (("actions", 0, "parked_item"), 77, "refers to number 77"),
        (("meeting", "current_entry"), 0, "refers to number 0"),
        (("timeline", 1, "number"), 1, "two timeline entries have the same number"),
        (("timeline", 0, "at"), "2026-10-14T17:00:00", "has no UTC offset"),
        (("review", "slot_minutes"), 10, "slot must be between"),
        (("review", "timezone"), "Mars/Olympus", "not a time zone"),
        (("meeting", "budgets", "opening"), 50, "add up to"),
        (("parked_items", 2, "fate_reason"), "", "short reason for dropping"),
        (("actions", 0, "owner"), " ", "needs an owner"),
        (("people", 0, "role"), "boss", "person 1"),
        (("notes", 0, "text"), "   ", "empty note"),
        (("comments", 1, "author"), "", "anonymous"),
        (("meeting", "pulse", "learned"), -1, "cannot be negative"),
        (("timeline", 0, "seconds_on_screen"), True, "whole number"),
    ],
)
def test_values_the_app_would_refuse_are_refused_with_where(archive, path, value, says):
    with pytest.raises(ArchiveProblem, match=says):
        read_archive(_changed(json.loads(archive), path, value))


def test_two_entries_with_one_import_identity_are_refused(archive):
    """Import identities must stay unique, or importing the same file again would go wrong."""
    document = json.loads(archive)
    document["timeline"][0]["source_key"] = document["timeline"][1]["source_key"] = "abc"
    with pytest.raises(ArchiveProblem, match="same import identity"):
        read_archive(json.dumps(document).encode())


def test_the_archive_keeps_the_summary_impact_and_meeting_details(archive):
    """What the set-up says happened, and when and where the review meets, come back from the archive."""
    review = read_archive(archive.encode()).review
    assert review.summary == "Summary typed words\nsecond line typed words"
    assert review.impact == "Who: typed words\nHow long: typed words"
    assert (review.meeting_date.isoformat(), f"{review.meeting_time:%H:%M}") == ("2026-10-16", "14:00")
    assert (review.meeting_place, review.meeting_link) == ("Place typed words", "Link typed words")


def test_an_archive_from_before_the_summary_still_reads(archive):
    """A version 1 archive, written before the summary, impact and meeting details, restores with them empty."""
    document = json.loads(archive)
    document["version"] = 1
    for key in ("summary", "impact", "meeting_date", "meeting_time", "meeting_place", "meeting_link"):
        del document["review"][key]
    review = read_archive(json.dumps(document).encode()).review
    assert (review.summary, review.impact, review.meeting_date, review.meeting_time, review.meeting_place) == ("", "", None, None, "")
    assert review.title == "Title typed words"


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        (("timeline", 0, "at"), "0001-01-01T00:00:00+05:00", "year 1,"),
        (("meeting", "events", 0, "at"), "9999-12-31T23:59:00-05:00", "year 9999"),
        (("notes", 0, "at"), "1969-07-20T20:17:00+00:00", "year 1969"),
        (("timeline", 0, "seconds_on_screen"), 2**63, "too large"),
        (("actions", 0, "rank"), -(2**64), "too large"),
        (("meeting", "pulse", "learned"), 10**40, "too large"),
    ],
)
def test_times_and_numbers_no_review_holds_are_refused(archive, path, value, says):
    """Times are checked as the importers check them (years 1970–2999: a year-1 time broke every later export),
    and a number past any the app writes (2^63 could not even be stored) is refused, not a crash."""
    with pytest.raises(ArchiveProblem, match=says):
        read_archive(_changed(json.loads(archive), path, value))


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "facilitator-review-archive", "title": "\\ud800"}',
        '{"format": "facilitator-review-archive", "version": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_json_no_archive_can_hold_is_refused_plainly(text):
    """A lone half of a UTF-16 pair, a number of 5,000 digits, nesting 100,000 deep: an ArchiveProblem each."""
    with pytest.raises(ArchiveProblem, match="^not a review archive: it is not readable JSON"):
        read_archive(text.encode())


def test_an_archive_saved_with_a_byte_order_mark_is_read(archive):
    """Some editors save UTF-8 with a byte-order mark in front: the archive reads the same."""
    assert archive_json(read_archive(b"\xef\xbb\xbf" + archive.encode())) == archive


@pytest.mark.parametrize(
    ("author", "via", "kept_via"),
    [
        (None, "jane.doe@corp.example, +44 7700 900123", ""),
        ("Jane Doe (anonymous)", "jane.doe@corp.example", ""),
        ("anon", "form", "form"),
    ],
)
def test_a_restored_comment_follows_the_anonymity_rules_of_every_other_way_in(archive, author, via, kept_via):
    """An anonymous comment keeps no address that names its sender, and an author that asks for anonymity
    ('Jane Doe (anonymous)') is not kept as a name, as when comments are typed or imported."""
    document = json.loads(archive)
    document["comments"][0].update(author=author, via=via)
    comment = read_archive(json.dumps(document).encode()).comments[0]
    assert comment.author is None and comment.via == kept_via


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        (("review", "incident_date"), "0001-01-01", "the review: The incident date 0001-01-01 cannot be right"),
        (("review", "incident_date"), "9999-12-31", "the review: The incident date 9999-12-31 cannot be right"),
        (("review", "incident_date"), "1989-12-31", "type a date from 1990-01-01 to 2027-11-04"),
        (("actions", 0, "due"), "9999-12-31", "action 1: The due date 9999-12-31 cannot be right"),
        (("actions", 0, "due"), "2026-10-13", "type a date from 2026-10-14 to 2036-11-03"),
    ],
)
def test_a_date_no_one_can_mean_is_refused_as_the_forms_refuse_it(archive, path, value, says):
    """A year typed as 0001 or 9999 is not restored: the incident from 1990 to a year after today, a due date
    from the incident to ten years after today."""
    with pytest.raises(ArchiveProblem, match=says):
        read_archive(_changed(json.loads(archive), path, value), dt.date(2026, 11, 3))


def test_the_edges_of_the_ranges_are_restored(archive):
    document = json.loads(archive)
    document["review"]["incident_date"] = "1990-01-01"
    document["actions"][0]["due"] = "1990-01-01"
    back = read_archive(json.dumps(document).encode(), dt.date(2026, 11, 3))
    assert back.review.incident_date == dt.date(1990, 1, 1) and back.actions[0].due == dt.date(1990, 1, 1)
