"""A whole review out of the stores and back in as a new review: everything, rewired, all or nothing."""

import datetime as dt

import pytest

from facilitator.app.demo import demo_review_id
from facilitator.domain.actions import Action
from facilitator.domain.agenda import Phase
from facilitator.export.archive import archive_json
from facilitator.export.record import record_markdown
from facilitator.storage.schema import REVIEW_TABLES
from facilitator.storage.whole_review import load_whole, store_whole

NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def demo(store):
    """The demo review, with a covered key question, a pulse, a draft and an action tied to a parked item."""
    review_id = demo_review_id(store)
    store.meeting.set_covered(review_id, "what_happened", True)
    store.meeting.set_answer(review_id, "restored", "not yet")
    store.meeting.set_pulse(review_id, 6, 7)
    store.meeting.set_opening_text(review_id, "Our own opening words.")
    store.meeting.set_current_key_question(review_id, "declared")
    store.notes.save_draft(review_id, "half a thought", NOW)
    return review_id


def _rows(store) -> dict[str, int]:
    return {table: store.db.count(table) for table in ("reviews", *REVIEW_TABLES)}


def test_a_stored_copy_exports_exactly_like_the_original(store, demo):
    """Loaded, stored as a new review and loaded again: the archive and the record are byte for byte the same."""
    original = load_whole(store, demo)
    copy_id = store_whole(store, original, NOW)
    copy = load_whole(store, copy_id)
    assert copy_id != demo
    assert archive_json(copy) == archive_json(original)
    assert record_markdown(copy) == record_markdown(original)


def test_every_reference_points_into_the_new_review(store, demo):
    """Notes, parked items, comments, actions and the current entry follow their parts to the copy's new ids."""
    original = load_whole(store, demo)
    copy = load_whole(store, store_whole(store, original, NOW))
    new_ids = {e.id for e in copy.entries}
    assert not new_ids & {e.id for e in original.entries}
    by_id = {e.id: e for e in copy.entries}
    for before, after in zip(original.notes, copy.notes):
        if before.place.entry_id is not None:
            assert by_id[after.place.entry_id].text == {e.id: e for e in original.entries}[before.place.entry_id].text
    assert {i.id for i in copy.parked} >= {a.parked_item_id for a in copy.actions if a.parked_item_id}
    assert copy.current_entry_id in new_ids
    assert copy.note_draft == "half a thought" and copy.current_key_question == "declared"
    assert copy.budgets == original.budgets and copy.budgets[Phase.TIMELINE] > 0


def test_imported_entries_keep_their_identity_so_a_second_import_adds_nothing(store, demo):
    """The copy knows its entries came from the same file: importing them again adds none."""
    copy_id = store_whole(store, load_whole(store, demo), NOW)
    assert store.timeline.add(copy_id, store.timeline.entries(demo)) == 0


def test_ranks_are_kept_as_they_were(store, demo):
    """An action ranked out of creation order keeps its rank in the copy."""
    actions = store.parking.actions(demo)
    store.parking.set_ranks([(actions[0].id, 5), (actions[1].id, 0)])
    copy = load_whole(store, store_whole(store, load_whole(store, demo), NOW))
    assert [a.rank for a in copy.actions] == [a.rank for a in store.parking.actions(demo)]


def test_a_failure_part_way_stores_nothing(store, demo, monkeypatch):
    """If anything goes wrong while storing, not one row of the new review is left behind."""
    whole = load_whole(store, demo)
    before = _rows(store)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.comments, "add", fail)
    with pytest.raises(RuntimeError):
        store_whole(store, whole, NOW)
    assert _rows(store) == before


def test_the_same_archive_can_be_restored_twice(store, demo):
    """Two copies of one review live side by side, each with its own people and timeline."""
    whole = load_whole(store, demo)
    first, second = store_whole(store, whole, NOW), store_whole(store, whole, NOW)
    assert len(store.people(first)) == len(store.people(second)) == len(store.people(demo))
    assert store.timeline.count(second) == store.timeline.count(demo)


def test_an_action_from_a_parked_item_stays_tied_to_it(store, demo):
    """The action made from a parked item still names that item after the copy."""
    item = store.parking.items(demo)[0]
    store.parking.add_action(demo, Action("Alert on pool saturation", "Priya", parked_item_id=item.id))
    copy = load_whole(store, store_whole(store, load_whole(store, demo), NOW))
    tied = [a for a in copy.actions if a.title == "Alert on pool saturation"]
    assert [next(i.text for i in copy.parked if i.id == a.parked_item_id) for a in tied] == [item.text]


def test_storing_reads_each_part_back_a_bounded_number_of_times(store, demo, monkeypatch):
    """Restoring is linear in the archive: each clock event, note, action and comment is read back at most
    twice in all, not the whole meeting once per event (4,000 events took 17.6 s)."""
    from collections import Counter
    from dataclasses import replace

    from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent

    whole = load_whole(store, demo)
    last = whole.events[-1].at
    events = tuple(MeetingEvent(last + dt.timedelta(seconds=n + 1), (ClockEvent.PAUSE, ClockEvent.RESUME)[n % 2]) for n in range(300))
    whole = replace(whole, events=whole.events + events, comments=whole.comments * 20, actions=whole.actions * 20)
    read: Counter = Counter()
    rows = store.db.rows

    def counted(table, *args, **kwargs):
        found = rows(table, *args, **kwargs)
        read[table] += len(found)
        return found

    monkeypatch.setattr(store.db, "rows", counted)
    copy_id = store_whole(store, whole, NOW)
    parts = {"meeting_events": whole.events, "notes": whole.notes, "actions": whole.actions, "comments": whole.comments}
    for table, stored in parts.items():
        assert read[table] <= 2 * len(stored), table
    monkeypatch.undo()
    assert store.meeting.events(copy_id) == list(whole.events)
