"""Reviews, their people and timelines, stored and read back as the user left them."""

import datetime as dt
import select

import pytest

from facilitator.domain.people import Attendance, Person, Role, facilitator, note_taker
from facilitator.domain.review import Review, ReviewError, ReviewState
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.storage.changes import ChangeWatch
from facilitator.storage.database import open_database
from facilitator.storage.errors import ReviewNotFound
from facilitator.storage.reviews import ReviewStore

LONDON_SUMMER = dt.timezone(dt.timedelta(hours=1))
NEW_YORK = dt.timezone(dt.timedelta(hours=-4))


def _full_review(**changes) -> Review:
    fields = {
        "incident_ref": "INC-2417",
        "title": "Checkout errors after certificate rotation",
        "incident_date": dt.date(2026, 10, 14),
        "severity": "SEV1",
        "major": True,
        "client": "Harbour & Lane",
        "folder": "/srv/incidents/INC-2417",
        "slot_minutes": 120,
        "timezone": "Europe/London",
        "state": ReviewState.HELD,
        "summary": "Checkout failed for 70 minutes.\nThe cause: a smaller connection pool.",
        "impact": "Who: online customers\nHow long: 18:40–19:50\nHow much: 47 payments with no booking",
        "meeting_date": dt.date(2026, 10, 16),
        "meeting_time": dt.time(10, 30),
        "meeting_place": "Room 3.14, Leith office",
        "meeting_link": "https://meet.example.com/inc-2417",
        **changes,
    }
    return Review(**fields)


def _people() -> list[Person]:
    return [
        Person("Ada Quist", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT),
        Person("Bo Lindqvist", Role.SENIOR_STAFF, attendance=Attendance.APOLOGIES),
        Person("Cyd Marr", Role.TECH_TEAM, attendance=Attendance.INVITED, facilitates=True),
        Person("Dee Oyelaran", Role.OTHER, attendance=Attendance.PRESENT, takes_notes=True),
        Person("Fay Brooke", Role.CLIENT_CONTACT, attendance=Attendance.NOT_INVITED),
    ]


def _entries() -> list[TimelineEntry]:
    """Entries given out of order and in different offsets, as an import might give them."""
    return [
        TimelineEntry(
            at=dt.datetime(2026, 10, 14, 10, 5, 0, 250_000, tzinfo=LONDON_SUMMER),
            actor="Ada Quist",
            text="Rolled back the certificate",
            detail="Through the load balancer console",
            moment=MomentKind.DECISION,
            prep_note="Why roll back rather than forward?",
        ),
        TimelineEntry(
            at=dt.datetime(2026, 10, 14, 8, 58, tzinfo=dt.UTC),
            actor="monitoring",
            text="Error rate alert fired",
            moment=MomentKind.DETECTION,
        ),
        TimelineEntry(
            at=dt.datetime(2026, 10, 14, 5, 0, 30, tzinfo=NEW_YORK),
            actor="Bo Lindqvist",
            text="Posted in #incident",
        ),
    ]


def _in_time_order(entries):
    return sorted(entries, key=lambda e: e.at)


def _entry_fields(entry: TimelineEntry) -> tuple:
    return (entry.at, entry.actor, entry.text, entry.detail, entry.moment, entry.prep_note)


def test_created_review_reads_back_with_every_field(store):
    """Every detail typed for a new review is there when it is opened again."""
    review = _full_review()
    created = store.create(review)
    assert created.id is not None
    assert created == review
    fetched = store.get(created.id)
    assert (fetched.id, fetched) == (created.id, review)
    assert fetched.incident_date == dt.date(2026, 10, 14)
    assert fetched.state is ReviewState.HELD
    assert store.all() == [review]


def test_created_review_is_stored_trimmed(store):
    """Spaces typed around a new review's reference and title are not kept."""
    created = store.create(_full_review(incident_ref=" INC-1 ", title=" Outage "))
    assert (store.get(created.id).incident_ref, store.get(created.id).title) == ("INC-1", "Outage")


def test_summary_and_impact_keep_their_lines_and_lose_stray_spaces(store):
    """Each line typed in the summary and impact is kept, without blank lines around them or spaces after them."""
    created = store.create(_full_review(summary="\n  First line.  \n\nSecond paragraph. \n\n", impact=" Who: all \n"))
    fetched = store.get(created.id)
    assert (fetched.summary, fetched.impact) == ("First line.\n\nSecond paragraph.", "Who: all")


def test_invalid_review_is_not_created(store):
    """A review with no title is refused and nothing is stored."""
    with pytest.raises(ReviewError):
        store.create(_full_review(title="  "))
    assert store.all() == []


def test_people_read_back_with_every_field(store):
    """Each person's name, role, involvement, attendance and meeting role are kept."""
    review = store.create(_full_review(), _people())
    people = store.people(review.id)
    assert people == _people()
    assert all(p.id is not None for p in people)
    assert len({p.id for p in people}) == len(people)


def test_updated_review_reads_back_with_every_field(store):
    """Every change made to a review's details is kept."""
    created = store.create(_full_review())
    changed = created.with_changes(
        incident_ref="INC-2418",
        title="Checkout errors, second wave",
        incident_date=dt.date(2026, 10, 15),
        severity="SEV2",
        major=False,
        client="",
        folder="/srv/incidents/INC-2418",
        slot_minutes=30,
        timezone="America/New_York",
        state=ReviewState.IN_MEETING,
        summary="One line now",
        impact="",
        meeting_date=None,
        meeting_time=dt.time(15, 0),
        meeting_place="",
        meeting_link="https://meet.example.com/other",
    )
    store.update(changed)
    fetched = store.get(created.id)
    assert fetched == changed
    assert fetched != _full_review()
    assert store.all() == [changed]


def test_update_of_a_missing_review_is_refused(store):
    """Saving changes to a review that no longer exists says so."""
    created = store.create(_full_review())
    store.delete(created.id)
    with pytest.raises(ReviewNotFound):
        store.update(created.with_changes(title="Too late"))


def test_getting_a_missing_review_says_there_is_none(store):
    """Asking for an ID that is not in the database gives a sentence naming the ID."""
    with pytest.raises(ReviewNotFound, match="There is no review with ID 99."):
        store.get(99)


def test_library_lists_newest_incident_first(store):
    """Reviews are listed with the most recent incident at the top."""
    older = store.create(_full_review(incident_ref="INC-1", incident_date=dt.date(2026, 1, 1)))
    newer = store.create(_full_review(incident_ref="INC-2", incident_date=dt.date(2026, 6, 1)))
    assert [r.id for r in store.all()] == [newer.id, older.id]


def test_deleted_review_is_hidden(store):
    """A deleted review leaves the library and can no longer be opened."""
    kept = store.create(_full_review(incident_ref="INC-KEEP"))
    gone = store.create(_full_review(incident_ref="INC-GONE"))
    store.delete(gone.id)
    assert [r.id for r in store.all()] == [kept.id]
    with pytest.raises(ReviewNotFound):
        store.get(gone.id)


def test_restored_review_comes_back_with_its_people_and_timeline(store):
    """Undoing a delete brings back the review with everyone and every timeline entry."""
    created = store.create(_full_review(), _people(), _entries())
    store.delete(created.id)
    restored = store.restore(created.id)
    assert restored == _full_review()
    assert [r.id for r in store.all()] == [created.id]
    assert store.people(created.id) == _people()
    assert [_entry_fields(e) for e in store.timeline.entries(created.id)] == [
        _entry_fields(e) for e in _in_time_order(_entries())
    ]


def test_purged_reviews_are_gone_for_good(store):
    """Emptying the deleted reviews removes them and everything attached, leaving others alone."""
    kept = store.create(_full_review(incident_ref="INC-KEEP"), _people(), _entries())
    gone = store.create(_full_review(incident_ref="INC-GONE"), _people(), _entries())
    store.delete(gone.id)

    assert store.purge_deleted() == 1

    db = store.db
    assert db.count("reviews", "id = ?", [gone.id]) == 0
    assert db.count("people", "review_id = ?", [gone.id]) == 0
    assert db.count("timeline_entries", "review_id = ?", [gone.id]) == 0
    with pytest.raises(ReviewNotFound):
        store.restore(gone.id)
    assert [r.id for r in store.all()] == [kept.id]
    assert store.people(kept.id) == _people()
    assert store.timeline.count(kept.id) == len(_entries())
    assert store.purge_deleted() == 0


def test_purge_leaves_reviews_that_were_not_deleted(store):
    """Emptying the deleted reviews when none were deleted removes nothing."""
    created = store.create(_full_review(), _people(), _entries())
    assert store.purge_deleted() == 0
    assert store.get(created.id) == _full_review()


def test_duplicate_copies_set_up_people_and_timeline(store):
    """A duplicated review has the same people, roles and timeline, titled as a copy and back in preparation."""
    original = store.create(_full_review(), _people(), _entries())
    copy = store.duplicate(original.id)

    assert copy.id != original.id
    assert copy.title == "Checkout errors after certificate rotation (copy)"
    assert copy.state is ReviewState.PREPARING
    assert copy == _full_review(title=copy.title, state=ReviewState.PREPARING)

    copied_people = store.people(copy.id)
    assert copied_people == _people()
    assert facilitator(copied_people).name == "Cyd Marr"
    assert note_taker(copied_people).name == "Dee Oyelaran"
    assert not {p.id for p in copied_people} & {p.id for p in store.people(original.id)}

    copied_entries = store.timeline.entries(copy.id)
    original_entries = store.timeline.entries(original.id)
    assert [_entry_fields(e) for e in copied_entries] == [_entry_fields(e) for e in original_entries]
    assert not {e.id for e in copied_entries} & {e.id for e in original_entries}


def test_duplicate_leaves_the_original_alone(store):
    """Duplicating a review does not change the review it was copied from."""
    original = store.create(_full_review(), _people(), _entries())
    store.duplicate(original.id)
    assert store.get(original.id) == _full_review()
    assert store.people(original.id) == _people()
    assert store.timeline.count(original.id) == len(_entries())


def test_add_person_gets_a_new_id(store):
    """A person added to a review is stored with an ID of their own."""
    review = store.create(_full_review(), _people())
    before = {p.id for p in store.people(review.id)}
    added = store.add_person(review.id, Person("Gus Hale", Role.TECH_TEAM))
    assert added.id is not None and added.id not in before
    last = store.people(review.id)[-1]
    assert (last.id, last) == (added.id, Person("Gus Hale", Role.TECH_TEAM))


def test_undoing_a_removal_brings_the_person_back_with_the_same_id(store):
    """A removed person put back by undo keeps their ID and every detail."""
    review = store.create(_full_review(), _people())
    removed = store.people(review.id)[2]
    store.remove_person(removed.id)
    assert removed.id not in {p.id for p in store.people(review.id)}

    restored = store.add_person(review.id, removed)

    assert restored.id == removed.id
    assert restored == removed
    back = [p for p in store.people(review.id) if p.id == removed.id]
    assert back == [removed]


def test_add_person_to_a_missing_review_is_refused(store):
    """A person cannot be added to a review that does not exist."""
    with pytest.raises(ReviewNotFound):
        store.add_person(99, Person("Gus Hale"))


def test_updated_person_reads_back(store):
    """Changes to a person's details are kept."""
    review = store.create(_full_review(), _people())
    ada = store.people(review.id)[0]
    changed = Person(
        "Ada Quist-Berg", Role.TECH_TEAM, involved=False, attendance=Attendance.APOLOGIES, id=ada.id
    )
    store.update_person(review.id, changed)
    assert store.people(review.id)[0] == changed


def _roles(store, review_id):
    people = store.people(review_id)
    return (
        [p.name for p in people if p.facilitates],
        [p.name for p in people if p.takes_notes],
    )


def test_set_facilitation_makes_exactly_one_facilitator_and_one_note_taker(store):
    """Choosing a facilitator and note-taker replaces whoever held those roles before."""
    messy = _people() + [Person("Gus Hale", facilitates=True, takes_notes=True)]
    review = store.create(_full_review(), messy)
    ada, bo = store.people(review.id)[:2]

    store.set_facilitation(review.id, ada.id, bo.id)

    assert _roles(store, review.id) == (["Ada Quist"], ["Bo Lindqvist"])


def test_set_facilitation_can_clear_both_roles(store):
    """Choosing nobody leaves the review with no facilitator and no note-taker."""
    review = store.create(_full_review(), _people())
    store.set_facilitation(review.id, None, None)
    assert _roles(store, review.id) == ([], [])


def test_set_facilitation_leaves_other_reviews_alone(store):
    """Choosing roles on one review does not change who runs another."""
    first = store.create(_full_review(incident_ref="INC-1"), _people())
    second = store.create(_full_review(incident_ref="INC-2"), _people())
    ada = store.people(first.id)[0]
    store.set_facilitation(first.id, ada.id, None)
    assert _roles(store, first.id) == (["Ada Quist"], [])
    assert _roles(store, second.id) == (["Cyd Marr"], ["Dee Oyelaran"])


def test_timeline_comes_back_in_time_order_at_the_same_instants(store):
    """Timeline entries read back sorted by when they happened, at exactly the times given, in UTC."""
    review = store.create(_full_review(), entries=_entries())
    entries = store.timeline.entries(review.id)

    assert [_entry_fields(e) for e in entries] == [_entry_fields(e) for e in _in_time_order(_entries())]
    assert [e.text for e in entries] == [
        "Error rate alert fired",
        "Posted in #incident",
        "Rolled back the certificate",
    ]
    assert all(e.at.utcoffset() == dt.timedelta(0) for e in entries)
    assert entries[2].at == dt.datetime(2026, 10, 14, 9, 5, 0, 250_000, tzinfo=dt.UTC)
    assert entries[2].marked and not entries[1].marked
    assert store.timeline.count(review.id) == 3


def test_entries_added_later_fall_into_time_order(store):
    """An entry added after the rest still shows in its place by time."""
    review = store.create(_full_review(), entries=_entries())
    early = TimelineEntry(at=dt.datetime(2026, 10, 14, 8, 0, tzinfo=dt.UTC), actor="", text="Deploy")
    store.timeline.add(review.id, [early])
    assert store.timeline.entries(review.id)[0].text == "Deploy"


def test_change_watch_notices_another_connection_once(db_path, store):
    """A commit made from another window's connection is noticed once, and our own writes are not."""
    watch = ChangeWatch(store.db)
    assert not watch.changed()

    store.create(_full_review(incident_ref="INC-MINE"))
    assert not watch.changed()

    other = open_database(db_path)
    try:
        ReviewStore(other).create(_full_review(incident_ref="INC-THEIRS"))
    finally:
        other.close()

    if watch.server is None:
        assert watch.changed()
    else:  # a server's notice comes over the network: wait on its socket, as a window does (our own may come first)
        while not watch.changed():
            assert select.select([watch.server.fileno()], [], [], 10)[0], "no notice within 10 s"
    assert not watch.changed()
    assert {r.incident_ref for r in store.all()} == {"INC-MINE", "INC-THEIRS"}
    watch.close()


def test_purge_removes_the_rows_of_every_table_belonging_to_the_review(store):
    """After a purge no table that belongs to reviews holds a row of the purged review."""
    from facilitator.storage.schema import REVIEW_TABLES

    review = store.create(_full_review(), _people(), _entries())
    store.db.insert("notes", {"review_id": review.id, "text": "n", "tag": "discussion", "wall_utc": "2026-01-01T00:00:00+00:00"})
    store.db.insert("parked_items", {"review_id": review.id, "text": "p", "category": "action", "created_utc": "2026-01-01T00:00:00+00:00"})
    store.delete(review.id)
    store.purge_deleted()
    for table in REVIEW_TABLES:
        assert store.db.count(table, "review_id = ?", [review.id]) == 0, table


def test_the_store_dates_what_it_keeps_by_the_clock_it_was_given(db_path):
    """Created and deleted times come from the injected clock, not the computer's."""
    from facilitator.domain.clock import ManualClock

    clock = ManualClock()
    store = ReviewStore(open_database(db_path), clock)
    try:
        review = store.create(_full_review())
        clock.advance(minutes=90)
        store.delete(review.id)
        row = store.db.execute("SELECT created_at, deleted_at FROM reviews WHERE id = ?", [review.id]).fetchone()
        assert tuple(row) == ("2026-11-02T14:00:00+00:00", "2026-11-02T15:30:00+00:00")
    finally:
        store.db.close()
