"""The write queue's storage side as the windows reach it (app/write_journal.py), on a file and on a server: where
the journals are kept, what journals left behind still hold, and the worker's own connection."""

import datetime as dt
import os

import pytest

from facilitator.app.write_journal import (
    WRITE_ERRORS,
    Journal,
    Waiting,
    held_by_another,
    journal_folder_of,
    journal_of,
    still_waiting,
    take_orphans,
    worker_store,
    write_batch,
)
from facilitator.domain.notes import Note
from facilitator.domain.review import Review
from facilitator.storage.database import open_database
from facilitator.storage.queued_writes import note_data
from facilitator.storage.reviews import ReviewStore

NOW = dt.datetime(2026, 10, 14, 18, 30, tzinfo=dt.UTC)


def _keep(journal: Journal, review_id: int, text: str, minute: int):
    note = Note(text, NOW + dt.timedelta(minutes=minute))
    return journal.append("keep_note", {"review_id": review_id, "note": note_data(note)})


def test_the_journals_are_kept_next_to_the_file_or_in_the_data_folder_for_a_server(store, backend):
    """A file's journals beside it; a server database's on this computer, in the app's own data folder, the same
    folder for every window on that database whatever folder it was started from (it was a folder named after
    the address, under the folder the app was started from)."""
    folder = journal_folder_of(store)
    assert folder is not None and folder.is_absolute()
    if backend == "sqlite":
        assert folder == store.path.with_name("reviews.sqlite3-waiting")
    else:
        data = os.path.realpath(os.environ["XDG_DATA_HOME"])
        assert os.path.realpath(folder).startswith(data + os.sep) and folder.parent.name == "servers"
        assert "postgresql" not in str(folder)


def test_what_a_journal_left_behind_still_holds_is_what_its_mark_says_is_not_written(store, review):
    """A window closed with two notes kept: the first was written before, the second still waits."""
    journal = journal_of(journal_folder_of(store))
    assert journal is not None
    first = _keep(journal, review.id, "Written before the window closed", 0)
    write_batch(store, [first])
    _keep(journal, review.id, "Still waiting", 1)
    journal.close(finished=False)
    orphans = take_orphans(journal_folder_of(store))
    assert [w.data["note"]["text"] for w in still_waiting(store, orphans)] == ["Still waiting"]


def test_the_workers_own_connection_waits_as_long_as_asked(db_path, store):
    worker = worker_store(db_path, 250)
    try:
        assert worker.db.execute("PRAGMA busy_timeout").fetchone()[0] == 250
        assert worker.path == store.path
    finally:
        worker.db.close()


def test_a_window_opened_while_the_server_is_out_of_reach_keeps_every_write_left_waiting(postgres_server):
    """A window closed with a note waiting; the next one opens as the server goes away: it takes the journal over
    and holds the note to write once the server is back, rather than failing as it looks up how far it was written
    (it raised the server's error there, and the window never took the journal over)."""
    name = postgres_server.fresh_database()
    store = ReviewStore(open_database(postgres_server.url(name)))
    try:
        review = store.create(Review("INC-9", "Disk full", dt.date(2026, 10, 14), timezone="UTC"))
        journal = journal_of(journal_folder_of(store))
        assert journal is not None
        _keep(journal, review.id, "Typed as the window closed", 0)
        journal.close(finished=False)
        orphans = take_orphans(journal_folder_of(store))
        postgres_server.drop(name)  # the server ends our connection, and the database is gone
        assert [w.data["note"]["text"] for w in still_waiting(store, orphans)] == ["Typed as the window closed"]
    finally:
        store.db.close()
        postgres_server.drop(name)


def test_a_write_that_meets_another_windows_lock_is_held_for_later_not_refused(store, db_path, review):
    """Another window is mid-write on the same review: the worker's write waits as long as asked, then is told
    apart from a refusal (the queue keeps it and says the database is busy), and goes in once the lock is free."""
    worker = worker_store(db_path, 100)
    waiting = Waiting("other-window", 1, "set_current_entry", {"review_id": review.id, "entry_id": None})
    try:
        with store.db.atomic():
            store.set_current_entry(review.id, None)
            with pytest.raises(WRITE_ERRORS) as held:
                write_batch(worker, [waiting])
        assert held_by_another(held.value)
        written, refused = write_batch(worker, [waiting])
        assert list(written) == [("other-window", 1)] and refused == {}
    finally:
        worker.db.close()
