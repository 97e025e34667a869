"""Writes kept in a journal until the database takes them: in order, once each, whatever happens between."""

import datetime as dt
import os

import pytest

from facilitator.domain.notes import Note
from facilitator.domain.review import Review
from facilitator.domain.timeline import TimelineEntry
from facilitator.storage.queued_writes import note_data, write_batch
from facilitator.storage.write_journal import Journal, journal_folder, take_orphans

NOW = dt.datetime(2026, 10, 14, 18, 30, tzinfo=dt.UTC)


@pytest.fixture
def review(store):
    return store.create(Review(incident_ref="INC-9", title="Disk full", incident_date=dt.date(2026, 11, 1), timezone="UTC"))


@pytest.fixture
def timeline(store, review):
    store.timeline.add(review.id, [TimelineEntry(NOW - dt.timedelta(minutes=m), "Ada", f"Step {m}") for m in (30, 20, 10)])
    return store.timeline.entries(review.id)


def _keep(journal, review_id, text, minute=0):
    note = Note(text, NOW + dt.timedelta(minutes=minute))
    return journal.append("keep_note", {"review_id": review_id, "note": note_data(note)})


def test_a_journal_written_but_not_emptied_before_a_crash_is_not_written_twice(store, review):
    """The batch is in, the process dies before emptying its journal: taking it over writes nothing again."""
    journal = Journal(journal_folder(store.path))
    batch = [_keep(journal, review.id, "First", 0), _keep(journal, review.id, "Second", 1)]
    write_batch(store, batch)
    journal.close(finished=False)

    (orphan,) = take_orphans(journal_folder(store.path))
    assert [w.data["note"]["text"] for w in orphan.waiting] == ["First", "Second"]
    written, refused = write_batch(store, orphan.waiting)
    assert written == {} and refused == {}
    assert [n.text for n in store.notes.notes(review.id)] == ["First", "Second"]


def test_a_journal_half_written_goes_on_from_where_it_stopped(store, review):
    """Only the writes after the journal's mark are written when it is taken over."""
    journal = Journal(journal_folder(store.path))
    first = _keep(journal, review.id, "First", 0)
    write_batch(store, [first])
    _keep(journal, review.id, "Second", 1)
    journal.close(finished=False)
    (orphan,) = take_orphans(journal_folder(store.path))
    write_batch(store, orphan.waiting)
    assert [n.text for n in store.notes.notes(review.id)] == ["First", "Second"]


def test_a_journal_a_live_process_holds_is_not_taken_over(store, review):
    journal = Journal(journal_folder(store.path))
    _keep(journal, review.id, "Mine")
    assert take_orphans(journal_folder(store.path)) == []
    journal.close(finished=False)
    assert len(take_orphans(journal_folder(store.path))) == 1


def test_a_line_cut_short_by_a_crash_is_left_out(store, review):
    journal = Journal(journal_folder(store.path))
    _keep(journal, review.id, "Whole")
    with open(journal.path, "ab") as f:
        f.write(b'{"seq": 2, "kind": "keep_note", "data": {"review_id"')
    journal.close(finished=False)
    (orphan,) = take_orphans(journal_folder(store.path))
    assert [w.data["note"]["text"] for w in orphan.waiting] == ["Whole"]


def test_journals_are_readable_by_their_owner_only(store, review):
    journal = Journal(journal_folder(store.path))
    _keep(journal, review.id, "Private words")
    assert os.stat(journal.path).st_mode & 0o777 == 0o600
    assert os.stat(journal.folder).st_mode & 0o777 == 0o700
    journal.close(finished=True)
    assert not journal.path.exists()


def test_only_the_last_prompt_and_draft_waiting_are_written(store, review, timeline):
    """PageDown three times under a lock: the last prompt wins; drafts likewise; notes in between all stay."""
    journal = Journal(journal_folder(store.path))
    batch = [journal.append("set_current_entry", {"review_id": review.id, "entry_id": entry.id}) for entry in timeline[:3]]
    batch.append(journal.append("save_draft", {"review_id": review.id, "text": "Half", "at": NOW.isoformat()}))
    batch.append(_keep(journal, review.id, "Kept"))
    batch.append(journal.append("save_draft", {"review_id": review.id, "text": "Next", "at": NOW.isoformat()}))
    written, _refused = write_batch(store, batch)
    assert len(written) == 3
    assert store.current_entry_id(review.id) == timeline[2].id
    assert store.notes.draft(review.id) == "Next"
    assert [n.text for n in store.notes.notes(review.id)] == ["Kept"]


def test_a_write_the_database_refuses_is_given_up_and_the_rest_written(store, review):
    """A note for a review that is gone is refused (and reported); the notes around it are kept."""
    journal = Journal(journal_folder(store.path))
    batch = [_keep(journal, review.id, "Before", 0), _keep(journal, review.id + 99, "Nowhere", 1), _keep(journal, review.id, "After", 2)]
    written, refused = write_batch(store, batch)
    assert list(refused) == [(journal.name, 2)]
    assert [n.text for n in store.notes.notes(review.id)] == ["Before", "After"]


def test_a_journal_mark_is_dropped_only_when_no_write_of_that_journal_moves_it(store, review):
    """Forgetting a journal's mark in the batch that writes some of it would let a crash write them again."""
    journal = Journal(journal_folder(store.path))
    write_batch(store, [_keep(journal, review.id, "First")], forget=frozenset({journal.name}))
    assert store.db.query("SELECT name, written FROM write_queues") == [{"name": journal.name, "written": 1}]
    write_batch(store, [], forget=frozenset({journal.name}))
    assert store.db.count("write_queues") == 0
