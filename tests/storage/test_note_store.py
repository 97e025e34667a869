"""Notes and the unsent draft in the database: kept whole, put back by undo, and never lost to a busy file."""

import datetime as dt
import sqlite3
import threading
from dataclasses import replace

import pytest

from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.notes import Note, NoteError, NoteTag, Place
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.storage.busy import retry_when_busy
from facilitator.storage.database import open_database
from facilitator.storage.notes import meeting_position
from facilitator.storage.reviews import ReviewStore

T0 = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)


def _review(store):
    review = store.create(Review(incident_ref="INC-9", title="Disk full", incident_date=dt.date(2026, 11, 1), timezone="UTC"))
    store.timeline.add(
        review.id,
        [
            TimelineEntry(T0 - dt.timedelta(days=1), "Ada", "Disk alert fired", moment=MomentKind.DETECTION),
            TimelineEntry(T0 - dt.timedelta(days=1, minutes=-5), "Bo", "Cleared old logs"),
        ],
    )
    return review


def _note(**kw):
    values = dict(text="Saw the alert on the phone first", wall=T0, tag=NoteTag.KNEW_THEN, speaker="Ada", meeting_seconds=754)
    values.update(kw)
    return Note(**values)


def test_a_kept_note_reads_back_whole_and_empties_the_draft(store, db_path):
    """Text, times, tag, speaker, privacy and place survive reopening; the draft it came from is gone."""
    review = _review(store)
    entry = store.timeline.entries(review.id)[0]
    store.notes.save_draft(review.id, "Saw the alert on the phone first", T0)
    kept = store.notes.keep(review.id, _note(place=Place(Phase.TIMELINE, entry_id=entry.id), private=True))
    assert kept.id is not None
    store.db.close()
    reopened = ReviewStore(open_database(db_path))
    try:
        (note,) = reopened.notes.notes(review.id)
        assert note == kept
        assert (note.wall, note.meeting_seconds, note.place.entry_id, note.private) == (T0, 754, entry.id, True)
        assert reopened.notes.draft(review.id) == ""
    finally:
        reopened.db.close()


def test_an_empty_note_is_refused_and_nothing_is_written(store):
    """Enter on blank input keeps nothing."""
    review = _review(store)
    with pytest.raises(NoteError):
        store.notes.keep(review.id, _note(text="  \n"))
    assert store.notes.notes(review.id) == []


def test_edits_and_an_undone_deletion_keep_the_same_note(store):
    """Re-tagging, moving and deleting then restoring leave one note with its first id and time."""
    review = _review(store)
    kept = store.notes.keep(review.id, _note())
    moved = replace(kept, tag=NoteTag.DISSENT, place=Place(Phase.CLOSE))
    store.notes.update(moved)
    assert store.notes.get(kept.id).tag is NoteTag.DISSENT
    store.notes.delete(kept.id)
    assert store.notes.notes(review.id) == []
    store.notes.add(review.id, moved)
    (back,) = store.notes.notes(review.id)
    assert (back.id, back.wall, back.place, back.tag) == (kept.id, T0, Place(Phase.CLOSE), NoteTag.DISSENT)


def test_notes_come_in_the_order_they_were_taken(store):
    """A note typed later is listed later, whatever its id."""
    review = _review(store)
    later = store.notes.keep(review.id, _note(text="second", wall=T0 + dt.timedelta(minutes=1)))
    earlier = store.notes.keep(review.id, _note(text="first"))
    assert [n.id for n in store.notes.notes(review.id)] == [earlier.id, later.id]


def test_the_draft_is_one_per_review_and_overwritten(store):
    """Only the latest unsent text is kept."""
    review = _review(store)
    assert store.notes.draft(review.id) == ""
    store.notes.save_draft(review.id, "Half a", T0)
    store.notes.save_draft(review.id, "Half a thought", T0 + dt.timedelta(seconds=1))
    assert store.notes.draft(review.id) == "Half a thought"


def test_meeting_position_before_the_clock_starts(store):
    """No clock yet: the opening is on screen and no meeting time has passed."""
    review = _review(store)
    assert meeting_position(store, review.id, T0) == (Place(Phase.OPENING), 0)


def test_meeting_position_in_the_timeline_and_key_questions(store):
    """In the timeline the prompt on screen is the place; in key questions the question; the time excludes pauses."""
    review = _review(store)
    entry = store.timeline.entries(review.id)[0]
    store.set_current_entry(review.id, entry.id)
    store.meeting.set_current_key_question(review.id, "client")
    for event in (
        MeetingEvent(T0, ClockEvent.START),
        MeetingEvent(T0 + dt.timedelta(minutes=5), ClockEvent.PHASE, Phase.TIMELINE),
        MeetingEvent(T0 + dt.timedelta(minutes=10), ClockEvent.PAUSE),
        MeetingEvent(T0 + dt.timedelta(minutes=12), ClockEvent.RESUME),
    ):
        store.meeting.add_event(review.id, event)
    assert meeting_position(store, review.id, T0 + dt.timedelta(minutes=20)) == (Place(Phase.TIMELINE, entry_id=entry.id), 18 * 60)
    store.meeting.add_event(review.id, MeetingEvent(T0 + dt.timedelta(minutes=21), ClockEvent.PHASE, Phase.KEY_QUESTIONS))
    place, _ = meeting_position(store, review.id, T0 + dt.timedelta(minutes=22))
    assert place == Place(Phase.KEY_QUESTIONS, key_question="client")


@pytest.mark.sqlite_only  # SQLite's own file lock
def test_a_note_waits_for_another_process_holding_the_write_lock(store, db_path):
    """While another connection holds the write lock, keeping a note waits and succeeds instead of failing."""
    review = _review(store)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE reviews SET title = 'Disk full again' WHERE id = ?", [review.id])
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        store.notes.keep(review.id, _note())
    finally:
        release.join()
        other.close()
    assert len(store.notes.notes(review.id)) == 1


def test_busy_errors_are_retried_and_other_errors_are_not():
    """'database is locked' is tried again until it clears; a real mistake surfaces at once."""
    calls = []

    @retry_when_busy
    def write():
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        return "kept"

    assert write() == "kept" and len(calls) == 3

    @retry_when_busy
    def broken():
        calls.append(1)
        raise sqlite3.OperationalError("no such table: notez")

    calls.clear()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        broken()
    assert len(calls) == 1


def test_purging_a_review_removes_its_notes_and_draft(store):
    """Nothing of a purged review stays behind in the notes."""
    review = _review(store)
    store.notes.keep(review.id, _note())
    store.notes.save_draft(review.id, "unsent", T0)
    store.delete(review.id)
    store.purge_deleted()
    assert store.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM note_drafts").fetchone()[0] == 0


def test_moments_lists_the_marked_entries_and_any_asked_for(store):
    """The places a note can be moved to: marked moments, plus an unmarked entry that is on screen."""
    review = _review(store)
    marked, unmarked = store.timeline.entries(review.id)
    assert [e.id for e in store.timeline.moments(review.id)] == [marked.id]
    assert [e.id for e in store.timeline.moments(review.id, [unmarked.id, None])] == [marked.id, unmarked.id]


def test_in_key_questions_before_one_is_chosen_the_first_is_on_screen(store):
    """No question chosen yet (or one no longer in the list): the first, as the shared screen shows it."""
    review = _review(store)
    store.meeting.add_event(review.id, MeetingEvent(T0, ClockEvent.START))
    store.meeting.add_event(review.id, MeetingEvent(T0, ClockEvent.PHASE, Phase.KEY_QUESTIONS))
    keys = ["what_happened", "declared"]
    assert meeting_position(store, review.id, T0, keys)[0] == Place(Phase.KEY_QUESTIONS, key_question="what_happened")
    store.meeting.set_current_key_question(review.id, "gone")
    assert meeting_position(store, review.id, T0, keys)[0] == Place(Phase.KEY_QUESTIONS, key_question="what_happened")
    store.meeting.set_current_key_question(review.id, "declared")
    assert meeting_position(store, review.id, T0, keys)[0] == Place(Phase.KEY_QUESTIONS, key_question="declared")


@pytest.mark.sqlite_only  # SQLite's own file lock
def test_a_lock_that_outlasts_the_wait_is_not_waited_out_again_and_again(db_path):
    """SQLITE_BUSY after the busy timeout is raised at once: retried, a 30 s wait became eight of them."""
    from facilitator.storage.connection import Connection

    Connection(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("CREATE TABLE said (word TEXT)")
    holder.execute("BEGIN IMMEDIATE")
    writer = Connection(db_path, timeout=0.05)
    calls = []

    @retry_when_busy
    def write():
        calls.append(1)
        writer.execute("INSERT INTO said VALUES ('x')")

    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            write()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        writer.close()
    assert len(calls) == 1
