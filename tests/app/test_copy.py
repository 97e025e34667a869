"""A whole review copied from one database into another: everything kept, all or nothing, the target's windows told."""

import datetime as dt
from dataclasses import fields, replace

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.copy import Copied, Copies, NoReviewToCopy
from facilitator.app.hub import Hub
from facilitator.domain.actions import Action, Priority
from facilitator.domain.agenda import Phase
from facilitator.domain.comments import Comment
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.notes import Note, NoteTag, Place
from facilitator.domain.parking import Fate, ParkCategory, ParkedItem
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry, TimePrecision
from facilitator.domain.whole_review import WholeReview
from facilitator.export.archive import archive_json
from facilitator.storage.database import open_database
from facilitator.storage.errors import StorageError
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.schema import REVIEW_TABLES
from facilitator.storage.whole_review import load_whole

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
DAY = dt.date(2026, 10, 14)


def _at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 10, 14, hour, minute, tzinfo=dt.UTC)


WAYS = [("sqlite", "sqlite"), ("sqlite", "postgres"), ("postgres", "sqlite"), ("postgres", "postgres")]
"""From a file to a file, from a file to a team server (prepared on a train, published before the meeting),
back from the server to a file, and from one server database to another."""


@pytest.fixture(params=WAYS, ids=[f"{a}-to-{b}" for a, b in WAYS])
def way(request) -> tuple[str, str]:
    return request.param


def _database(backend: str, name: str, tmp_path, request) -> ReviewStore:
    """A fresh database of its own: a file in the temporary folder, or a database on the test server (dropped
    after the test)."""
    if backend == "sqlite":
        return ReviewStore(open_database(tmp_path / f"{name}.sqlite3"))
    server = request.getfixturevalue("postgres_server")
    database = server.fresh_database()
    request.addfinalizer(lambda: server.drop(database))
    return ReviewStore(open_database(server.url(database)))


@pytest.fixture
def source(way, tmp_path, request):
    store = _database(way[0], "laptop", tmp_path, request)
    yield store
    store.db.close()


@pytest.fixture
def target(way, tmp_path, request):
    """A second database that already holds a review, so the copy's ids differ from the source's."""
    store = _database(way[1], "team", tmp_path, request)
    earlier = store.create(
        Review("INC-1000", "An earlier review", dt.date(2026, 9, 1)),
        [Person("Sam"), Person("Ola")],
        [TimelineEntry(_at(8, n), "bot", f"earlier entry {n}") for n in range(5)],
    )
    store.parking.add(earlier.id, ParkedItem("An earlier thought", ParkCategory.LATER, _at(9, 0)))
    store.notes.add(earlier.id, Note("An earlier note", _at(9, 1)))
    yield store
    store.db.close()


@pytest.fixture
def target_hub() -> Hub:
    return Hub()


@pytest.fixture
def heard(target_hub) -> list[Changed]:
    reports: list[Changed] = []
    target_hub.subscribe(reports.append)
    return reports


@pytest.fixture
def review_id(source) -> int:
    """A review in the middle of its meeting with something in every part the archive keeps."""
    review = source.create(
        Review(
            "INC-2417",
            "Checkout latency",
            DAY,
            severity="SEV2",
            major=True,
            client="Shopfront",
            folder="/shared/INC-2417",
            slot_minutes=60,
            timezone="Europe/Berlin",
            recording="https://video.example/rec/1",
            summary="Checkout slowed.",
            impact="One in five orders failed.",
            meeting_date=dt.date(2026, 10, 20),
            meeting_time=dt.time(14, 30),
            meeting_place="Room 4",
            meeting_link="https://call.example/4",
        ),
        [
            Person("Priya", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT, facilitates=True),
            Person("Jon", Role.TECH_TEAM, attendance=Attendance.APOLOGIES),
            Person("Mia", Role.CLIENT_CONTACT, attendance=Attendance.PRESENT, takes_notes=True),
        ],
        [
            TimelineEntry(_at(10, 2), "pagerduty", "Alert: p95 latency over 2 s", detail="checkout-api"),
            TimelineEntry(_at(10, 9), "Priya", "Rolled back the release", precision=TimePrecision.APPROXIMATE),
        ],
    ).id
    alert, rollback = source.timeline.entries(review)
    typed = source.timeline.add_one(
        review, TimelineEntry(_at(10, 30), "Jon", "Pool size raised", prep_note="Ask why 20")
    )
    source.timeline.update(replace(alert, moment=MomentKind.DETECTION, prep_note="Why so late?", discussed=True))
    source.timeline.update(replace(typed, moment=MomentKind.DECISION))
    source.timeline.set_questions(alert.id, ["What did the alert say?", "Who saw it first?"])
    source.timeline.record_time_on_screen(alert.id, 95)
    meeting = source.meeting
    for minute, kind, phase in (
        (0, ClockEvent.START, None),
        (3, ClockEvent.PHASE, Phase.TIMELINE),
        (20, ClockEvent.BREAK, None),
        (25, ClockEvent.RESUME, None),
        (40, ClockEvent.PHASE, Phase.KEY_QUESTIONS),
    ):
        meeting.add_event(review, MeetingEvent(NOW + dt.timedelta(minutes=minute), kind, phase))
    meeting.set_budgets(
        review, {Phase.OPENING: 4, Phase.TIMELINE: 30, Phase.KEY_QUESTIONS: 12, Phase.ACTIONS: 10, Phase.CLOSE: 4}, 60
    )
    meeting.set_covered(review, "what_happened", True)
    meeting.set_answer(review, "restored", "not yet")
    meeting.set_opening_text(review, "We are here to learn, not to blame.")
    meeting.set_pulse(review, 6, 7)
    meeting.set_current_key_question(review, "declared")
    source.set_current_entry(review, typed.id)
    source.notes.add(
        review,
        Note(
            "Nobody was paged for ten minutes",
            NOW,
            Place(Phase.TIMELINE, alert.id),
            NoteTag.DISCOVERY,
            speaker="Priya",
            meeting_seconds=300,
        ),
    )
    source.notes.add(
        review,
        Note(
            "Check the on-call rota with HR",
            NOW + dt.timedelta(minutes=41),
            Place(Phase.KEY_QUESTIONS, key_question="declared"),
            private=True,
            meeting_seconds=2100,
        ),
    )
    source.notes.add(
        review,
        Note(
            "Room agrees the alert was right",
            NOW + dt.timedelta(minutes=5),
            Place(Phase.TIMELINE),
            NoteTag.DISSENT,
            meeting_seconds=450,
        ),
    )
    source.notes.save_draft(review, "half a thought about", NOW)
    tied = source.parking.add(
        review,
        ParkedItem(
            "Pool saturation alert",
            ParkCategory.ACTION_IDEA,
            NOW,
            raised_by="Jon",
            entry_id=typed.id,
            phase="timeline",
            fate=Fate.ACTION,
            fate_reason="agreed",
        ),
    )
    source.parking.add(review, ParkedItem("Vendor contract", ParkCategory.LATER, NOW + dt.timedelta(minutes=1)))
    first = source.parking.add_action(review, Action("Alert on pool saturation", "Jon", parked_item_id=tied.id))
    second = source.parking.add_action(
        review,
        Action(
            "Rota review",
            "Priya",
            due=dt.date(2026, 11, 30),
            priority=Priority.HIGH,
            isms_impact=True,
            tracker_ref="OPS-12",
            description="Who is paged, and when",
        ),
    )
    source.parking.set_ranks([(first.id, 1), (second.id, 0)])
    source.comments.add(
        review,
        Comment(
            "The status page lagged",
            author="Support",
            received_on=dt.date(2026, 10, 15),
            via="mail",
            entry_id=rollback.id,
            shown=True,
        ),
    )
    source.comments.add(review, Comment("Thanks for the quick rollback"))
    return review


def _numbered(whole: WholeReview) -> WholeReview:
    """The review with every reference between its parts told by position, as the archive tells it, not by a
    database's ids (ids themselves take no part in comparing)."""
    entry = {e.id: n for n, e in enumerate(whole.entries)}
    item = {i.id: n for n, i in enumerate(whole.parked)}

    def at(numbers: dict, id: int | None) -> int | None:
        return None if id is None else numbers[id]  # a reference to a part that is not there fails here

    return replace(
        whole,
        source_keys={entry[key]: value for key, value in whole.source_keys.items()},
        current_entry_id=at(entry, whole.current_entry_id),
        notes=tuple(replace(n, place=replace(n.place, entry_id=at(entry, n.place.entry_id))) for n in whole.notes),
        parked=tuple(replace(i, entry_id=at(entry, i.entry_id)) for i in whole.parked),
        actions=tuple(replace(a, parked_item_id=at(item, a.parked_item_id)) for a in whole.actions),
        comments=tuple(replace(c, entry_id=at(entry, c.entry_id)) for c in whole.comments),
    )


def _rows(store: ReviewStore) -> dict[str, int]:
    return {table: store.db.count(table) for table in ("reviews", "entry_questions", *REVIEW_TABLES)}


def test_the_review_used_here_has_something_in_every_part(source, review_id):
    """So the comparisons below would notice any part the copy dropped."""
    whole = load_whole(source, review_id)
    assert all(getattr(whole, f.name) for f in fields(whole)), [
        f.name for f in fields(whole) if not getattr(whole, f.name)
    ]
    assert any(n.private for n in whole.notes) and whole.source_keys and any(e.questions for e in whole.entries)
    assert [a.title for a in whole.actions] == ["Rota review", "Alert on pool saturation"]


def test_a_copy_holds_everything_the_review_held(source, target, target_hub, review_id):
    """Details, people, timeline with prompts and questions, clock, budgets, answers, opening words, notes (the
    private one too) and the draft, parking lot, actions and comments: equal part for part, each reference
    pointing at the same part in the copy, and the archive of the copy is byte for byte the original's."""
    original = load_whole(source, review_id)
    copied = Copies(source, target, target_hub).copy(review_id, NOW)
    copy = load_whole(target, copied.review_id)
    assert copied.review_id != review_id
    assert not {e.id for e in copy.entries} & {e.id for e in original.entries}
    assert _numbered(copy) == _numbered(original)
    assert archive_json(copy) == archive_json(original)
    assert copy.review.folder == "/shared/INC-2417" and copy.review.state == original.review.state


def test_copying_twice_gives_two_reviews(source, target, target_hub, review_id):
    """Each copy is a review of its own, with its own people, timeline, notes and actions."""
    copies = Copies(source, target, target_hub)
    first, second = copies.copy(review_id, NOW).review_id, copies.copy(review_id, NOW).review_id
    assert first != second
    assert [r.id for r in target.all() if r.incident_ref == "INC-2417"] == sorted([first, second], reverse=True)
    assert _numbered(load_whole(target, first)) == _numbered(load_whole(target, second))
    assert not {n.id for n in target.notes.notes(first)} & {n.id for n in target.notes.notes(second)}


def test_the_targets_windows_hear_of_the_new_review_once(source, target, target_hub, heard, review_id):
    copied = Copies(source, target, target_hub).copy(review_id, NOW)
    assert copied == Copied(copied.review_id, Changed(Change.LIBRARY, copied.review_id))
    assert heard == [copied.changed]


def test_the_source_is_left_as_it_was(source, target, target_hub, review_id):
    before, reviews = archive_json(load_whole(source, review_id)), _rows(source)
    Copies(source, target, target_hub).copy(review_id, NOW)
    assert archive_json(load_whole(source, review_id)) == before
    assert _rows(source) == reviews


@pytest.mark.parametrize("deleted", [True, False], ids=["deleted", "no such id"])
def test_a_review_the_source_does_not_have_is_refused_with_nothing_written(
    source, target, target_hub, heard, review_id, deleted
):
    """A deleted review, or an ID the source never had: one sentence for the command line, the target untouched."""
    if deleted:
        source.delete(review_id)
    missing = review_id if deleted else review_id + 99
    before = _rows(target)
    with pytest.raises(NoReviewToCopy) as refused:
        Copies(source, target, target_hub).copy(missing, NOW)
    assert isinstance(refused.value, StorageError) and refused.value.review_id == missing
    assert str(refused.value) == f"there is no review with ID {missing} to copy (none has that ID, or it was deleted)"
    assert _rows(target) == before and heard == []


def test_a_failure_part_way_leaves_nothing_in_the_target(source, target, target_hub, heard, review_id, monkeypatch):
    """The target fails on the last part written (the comments): not one row of the copy stays, nobody is told."""
    before = _rows(target)

    def fail(*args, **kwargs):
        raise StorageError("the server went away")

    monkeypatch.setattr(target.comments, "add", fail)
    with pytest.raises(StorageError, match="went away"):
        Copies(source, target, target_hub).copy(review_id, NOW)
    assert _rows(target) == before and heard == []
    assert [r.incident_ref for r in target.all()] == ["INC-1000"]


@pytest.mark.parametrize("way", [("sqlite", "postgres")], ids=["file-to-server-to-file"])
def test_a_review_prepared_in_a_file_goes_to_the_server_and_back_unchanged(
    source, target, target_hub, review_id, tmp_path, request
):
    """Prepared on a train in the laptop's file, published to the team server before the meeting, and copied back
    into a new file: part for part and byte for byte (the archive) what was prepared."""
    original = load_whole(source, review_id)
    on_server = Copies(source, target, target_hub).copy(review_id, NOW).review_id
    back_home = _database("sqlite", "back-home", tmp_path, request)
    try:
        returned = Copies(target, back_home, Hub()).copy(on_server, NOW).review_id
        home = load_whole(back_home, returned)
        assert _numbered(home) == _numbered(original)
        assert archive_json(home) == archive_json(original)
    finally:
        back_home.db.close()
