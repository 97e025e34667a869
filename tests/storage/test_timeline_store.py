"""The timeline store's editing operations: re-import without duplicates, edits, delete/undelete, questions."""

import datetime as dt
from dataclasses import replace

from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry

ZONE = dt.timezone(dt.timedelta(hours=2))


def _review(store):
    return store.create(Review(incident_ref="INC-7", title="Queue backlog", incident_date=dt.date(2026, 3, 2), timezone="Europe/Paris"))


def _entries():
    return [
        TimelineEntry(dt.datetime(2026, 3, 2, 9, 0, tzinfo=ZONE), "Kim", "Queue depth alert"),
        TimelineEntry(dt.datetime(2026, 3, 2, 9, 5, tzinfo=ZONE), "Lou", "Paused the consumer"),
    ]


def test_importing_the_same_entries_twice_adds_them_once(store):
    """The second add of identical entries reports none new and stores none."""
    review = _review(store)
    assert store.timeline.add(review.id, _entries()) == 2
    assert store.timeline.add(review.id, _entries()) == 0
    assert store.timeline.count(review.id) == 2


def test_an_edited_entry_reads_back_with_its_mark_and_note(store):
    """Text, mark and private note saved by update() come back from get()."""
    review = _review(store)
    store.timeline.add(review.id, _entries())
    entry = store.timeline.entries(review.id)[1]
    store.timeline.update(replace(entry, text="Paused consumer B", moment=MomentKind.DECISION, prep_note="ask about B"))
    again = store.timeline.get(entry.id)
    assert (again.text, again.moment, again.prep_note) == ("Paused consumer B", MomentKind.DECISION, "ask about B")


def test_undelete_restores_the_entry_with_its_id_and_questions(store):
    """A deleted entry comes back exactly: same id, fields and questions."""
    review = _review(store)
    store.timeline.add(review.id, _entries())
    entry = store.timeline.entries(review.id)[0]
    store.timeline.set_questions(entry.id, ["What did the alert show?", "How was it routed?"])
    before = store.timeline.get(entry.id)
    deleted = store.timeline.delete(entry.id)
    assert store.timeline.count(review.id) == 1
    assert store.timeline.undelete(deleted) == before
    assert store.timeline.get(entry.id).id == entry.id


def test_set_questions_replaces_them_in_order_and_skips_blank_ones(store):
    """Setting a moment's questions keeps the given order and drops empty text."""
    review = _review(store)
    store.timeline.add(review.id, _entries())
    entry = store.timeline.entries(review.id)[0]
    store.timeline.set_questions(entry.id, ["B?", "  ", "A?"])
    assert store.timeline.get(entry.id).questions == ("B?", "A?")
    store.timeline.set_questions(entry.id, [])
    assert store.timeline.get(entry.id).questions == ()


def test_time_on_screen_accumulates_and_marks_the_entry_discussed(store):
    """Seconds on screen add up across visits, and the moment counts as discussed."""
    review = _review(store)
    store.timeline.add(review.id, _entries())
    entry = store.timeline.entries(review.id)[0]
    store.timeline.record_time_on_screen(entry.id, 40)
    store.timeline.record_time_on_screen(entry.id, 25)
    again = store.timeline.get(entry.id)
    assert again.seconds_on_screen == 65
    assert again.discussed


def test_store_knows_its_file(store, db_path):
    """The store names its database file, so a worker thread can open its own connection."""
    assert store.path == db_path


def test_marked_count_counts_only_marked_moments(store):
    """The set-up summary's count of moments follows marking and unmarking."""
    review = _review(store)
    store.timeline.add(review.id, _entries())
    entry = store.timeline.entries(review.id)[0]
    assert store.timeline.marked_count(review.id) == 0
    store.timeline.update(replace(entry, moment=MomentKind.DETECTION))
    assert store.timeline.marked_count(review.id) == 1


def test_an_edit_or_its_undo_keeps_the_time_the_moment_spent_on_screen(store):
    """Writing back an older copy of an entry (as undo does) leaves the meeting's counts alone."""
    review = _review(store)
    store.timeline.add(review.id, _entries())
    before = store.timeline.entries(review.id)[0]
    store.timeline.update(replace(before, moment=MomentKind.DECISION))
    store.timeline.record_time_on_screen(before.id, 300)
    store.timeline.update(before)
    again = store.timeline.get(before.id)
    assert again.moment is None
    assert (again.seconds_on_screen, again.discussed) == (300, True)


def test_the_timeline_version_moves_on_timeline_changes_only(store):
    """Adds, edits, deletes and questions move the version; a note-taker's draft does not."""
    import datetime as dt_

    review = _review(store)
    start = store.timeline.version()
    store.timeline.add(review.id, _entries())
    after_add = store.timeline.version()
    assert after_add > start
    entry = store.timeline.entries(review.id)[0]
    store.timeline.update(replace(entry, text="Queue depth alert (edited)"))
    assert store.timeline.version() > after_add
    before = store.timeline.version()
    store.notes.save_draft(review.id, "half a thought", dt_.datetime.now(dt_.UTC))
    assert store.timeline.version() == before
    store.timeline.set_questions(entry.id, ["What did the queue graph show?"])
    store.timeline.delete(entry.id)
    assert store.timeline.version() > before


def test_an_entrys_source_key_is_the_blake2b_digest_databases_already_hold():
    """Keys written before start-up stopped loading hashlib still match, so re-importing a file adds nothing."""
    import hashlib

    from facilitator.storage.timeline import source_key

    at = dt.datetime(2026, 10, 14, 18, 2, tzinfo=dt.UTC)
    entry = TimelineEntry(at, " alerting ", "Checkout error rate above 5% ")
    identity = "\x1f".join(("2026-10-14T18:02:00.000000+00:00", "alerting", "Checkout error rate above 5%"))
    assert source_key(entry) == hashlib.blake2b(identity.encode("utf-8"), digest_size=12).hexdigest()
