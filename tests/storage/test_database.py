"""Opening the review database: privacy, WAL, migrations, backups and refusing wrong files."""

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys

import pytest
from sqlite_utils import Database, Migrations

from facilitator.domain.review import Review
from facilitator.domain.timeline import TimelineEntry
from facilitator.storage.connection import Connection, quoted
from facilitator.storage.database import SQLITE_HEADER, open_database
from facilitator.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError
from facilitator.storage.migrations import MIGRATIONS
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.schema import known_migrations

pytestmark = pytest.mark.sqlite_only  # about the database file itself (a server: tests/storage/test_server_*.py)

ALL_MIGRATIONS = [m.name for m in MIGRATIONS.pending(Database(memory=True))]
ENTRY = TimelineEntry(at=dt.datetime(2026, 10, 14, 9, 30, tzinfo=dt.UTC), actor="Ana", text="Alert fired")


@pytest.fixture
def open_umask():
    """Let every new file be world-readable unless the code itself says otherwise."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _applied(db: Connection) -> list[tuple[str, str]]:
    return [(m.name, m.applied_at) for m in MIGRATIONS.applied(Database(db.conn, execute_plugins=False))]


def _add_review(db: Connection, ref="INC-1") -> None:
    ReviewStore(db).create(Review(incident_ref=ref, title="Checkout errors", incident_date=dt.date(2026, 10, 14)))


def test_new_database_and_its_new_folder_are_private(tmp_path, open_umask):
    """A database created in a new folder is readable by its owner only, and so is the folder."""
    path = tmp_path / "new" / "db.sqlite3"
    db = open_database(path)
    try:
        assert _mode(path) == 0o600
        assert _mode(path.parent) == 0o700
    finally:
        db.close()


def test_existing_folder_keeps_its_permissions(tmp_path):
    """Putting the database in a folder the user already has does not change that folder."""
    os.chmod(tmp_path, 0o755)
    db = open_database(tmp_path / "db.sqlite3")
    db.close()
    assert _mode(tmp_path) == 0o755


def test_database_uses_write_ahead_logging(db_path):
    """The database is in WAL mode, so a second window can read while the first writes."""
    db = open_database(db_path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()
    with sqlite3.connect(db_path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()


def test_a_new_database_waits_for_the_disk_as_any_other_once_it_is_made(db_path):
    """Made without a disk sync at each step (nothing typed is in it yet), then synchronous=NORMAL like the rest."""
    normal = 1
    for _ in ("new", "again"):
        db = open_database(db_path)
        try:
            assert db.execute("PRAGMA synchronous").fetchone()[0] == normal
            assert db.table_names()
        finally:
            db.close()


def test_write_ahead_log_files_are_private(db_path, open_umask):
    """The WAL and shared-memory files beside the database are owner-only too."""
    db = open_database(db_path)
    try:
        _add_review(db)
        wal = db_path.with_name(db_path.name + "-wal")
        shm = db_path.with_name(db_path.name + "-shm")
        assert wal.exists()
        assert _mode(wal) == 0o600
        if shm.exists():
            assert _mode(shm) == 0o600
    finally:
        db.close()


def test_new_database_gets_every_migration_once(db_path):
    """A new database has the current schema, with each migration recorded once."""
    db = open_database(db_path)
    try:
        assert [name for name, _ in _applied(db)] == ALL_MIGRATIONS
        assert {"reviews", "people", "timeline_entries"} <= set(db.table_names())
    finally:
        db.close()


def test_reopening_applies_nothing_and_keeps_the_data(db_path):
    """Opening a current database again changes neither its schema record nor its reviews."""
    db = open_database(db_path)
    _add_review(db)
    first = _applied(db)
    db.close()

    db = open_database(db_path)
    try:
        assert _applied(db) == first
        assert [r.incident_ref for r in ReviewStore(db).all()] == ["INC-1"]
    finally:
        db.close()
    assert list(db_path.parent.glob("*.before-*")) == []


def _files_beside(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_database_from_a_newer_version_is_refused_untouched(db_path):
    """A database written by a newer Facilitator is refused with a sentence, and its bytes are kept."""
    db = open_database(db_path)
    _add_review(db)
    db.insert("_sqlite_migrations", {"migration_set": "facilitator", "name": "9999_from_the_future", "applied_at": "2099-01-01"})
    db.close()
    before = db_path.read_bytes()
    files = _files_beside(db_path)

    with pytest.raises(NewerDatabaseError, match="newer version") as caught:
        open_database(db_path)

    assert str(db_path) in str(caught.value)
    assert db_path.read_bytes() == before
    assert _files_beside(db_path) == files


def test_migrations_of_another_set_do_not_count_as_newer(db_path):
    """Migrations recorded by some other tool in the same file do not make the database look newer."""
    db = open_database(db_path)
    db.insert("_sqlite_migrations", {"migration_set": "someone-else", "name": "0001_theirs", "applied_at": "2099-01-01"})
    db.close()
    open_database(db_path).close()


def _damaged_sqlite() -> bytes:
    garbage = bytes((i * 37 + 11) % 251 for i in range(4096 - len(SQLITE_HEADER)))
    return SQLITE_HEADER + garbage


@pytest.mark.parametrize(
    "content",
    [
        "Shopping list\n- milk\n- eggs\n".encode(),
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        _damaged_sqlite(),
        SQLITE_HEADER + b"\xff" * (4096 - len(SQLITE_HEADER)),
    ],
    ids=["text", "png", "damaged sqlite", "sqlite header then 0xff"],
)
def test_file_that_is_not_a_review_database_is_refused_untouched(tmp_path, content):
    """Pointing the app at some other file says so, naming it, and leaves it exactly as it was."""
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)

    with pytest.raises(NotADatabaseError) as caught:
        open_database(path)

    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert _files_beside(path) == ["notes.sqlite3"]


def test_folder_is_refused(tmp_path):
    """Pointing the app at a folder says it is a folder rather than crashing."""
    folder = tmp_path / "incidents"
    folder.mkdir()
    with pytest.raises(StorageError, match="folder") as caught:
        open_database(folder)
    assert str(folder) in str(caught.value)
    assert list(folder.iterdir()) == []


def _extended_migrations() -> Migrations:
    migrations = Migrations("facilitator")
    for migration in MIGRATIONS.pending(Database(memory=True)):
        migrations(name=migration.name)(migration.fn)

    @migrations(name="9999_test_extra")
    def _extra(db: Database) -> None:
        db["test_extra"].create({"id": int, "note": str}, pk="id")

    return migrations


def test_existing_database_is_backed_up_before_a_migration(db_path, open_umask):
    """Before a newer version changes the schema, a private copy of the old database is kept beside it."""
    db = open_database(db_path)
    _add_review(db, "INC-OLD")
    db.close()

    db = open_database(db_path, migrations=_extended_migrations())
    try:
        assert "test_extra" in db.table_names()
        assert [r.incident_ref for r in ReviewStore(db).all()] == ["INC-OLD"]
    finally:
        db.close()

    backups = list(db_path.parent.glob("*.before-9999_test_extra.*.sqlite3"))
    assert len(backups) == 1
    backup = backups[0]
    assert backup.name.startswith(db_path.stem + ".")
    assert _mode(backup) == 0o600
    copy = sqlite3.connect(backup)
    try:
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "test_extra" not in tables
        assert "reviews" in tables
        assert copy.execute("SELECT incident_ref FROM reviews").fetchall() == [("INC-OLD",)]
    finally:
        copy.close()


def test_brand_new_database_is_not_backed_up(tmp_path):
    """Creating a new database makes no backup copy, since there is nothing to lose."""
    path = tmp_path / "reviews.sqlite3"
    open_database(path, migrations=_extended_migrations()).close()
    assert _files_beside(path) == ["reviews.sqlite3"]


def test_empty_existing_file_becomes_a_new_database(tmp_path):
    """An empty file (as a file manager's "new file" makes) is taken as a new database."""
    path = tmp_path / "reviews.sqlite3"
    path.touch()
    db = open_database(path)
    try:
        assert [name for name, _ in _applied(db)] == ALL_MIGRATIONS
    finally:
        db.close()


def _contents(conn: sqlite3.Connection) -> dict:
    """The schema and every table's rows, without the times migrations were applied."""
    tables = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info({quoted(table)})") if c[1] != "applied_at"]
        select = ", ".join(quoted(c) for c in columns)
        tables[table] = conn.execute(f"SELECT {select} FROM {quoted(table)} ORDER BY rowid").fetchall()
    master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    return {"sqlite_master": master, "tables": tables}


SNAPSHOT_STALE = "schema.json is not what the migrations make: run python -m facilitator.storage.schema_snapshot"


def test_the_schema_snapshot_is_exactly_what_the_migrations_make(db_path):
    """A new database, loaded from schema.json, has the schema and rows that running every migration gives."""
    migrated = Database(memory=True, execute_plugins=False)
    MIGRATIONS.apply(migrated)
    db = open_database(db_path)
    try:
        assert known_migrations() == ALL_MIGRATIONS, SNAPSHOT_STALE
        assert _contents(db.conn) == _contents(migrated.conn), SNAPSHOT_STALE
    finally:
        db.close()
        migrated.close()


def test_an_older_database_is_migrated_to_what_a_new_one_is_made_from(tmp_path, db_path):
    """A file from before the last migration is backed up and migrated to the same schema as a new file."""
    older = Database(db_path, execute_plugins=False)
    MIGRATIONS.apply(older, stop_before=ALL_MIGRATIONS[-1])
    older.close()
    new = open_database(tmp_path / "new.sqlite3")
    db = open_database(db_path)
    try:
        assert _contents(db.conn) == _contents(new.conn), SNAPSHOT_STALE
    finally:
        db.close()
        new.close()
    assert len(list(tmp_path.glob(f"*.before-{ALL_MIGRATIONS[-1]}.*.sqlite3"))) == 1


def test_a_database_made_from_the_snapshot_takes_a_later_migration(db_path):
    """A database created from the snapshot is migrated by sqlite-utils like any other, its reviews kept."""
    db = open_database(db_path)
    _add_review(db, "INC-SNAP")
    db.close()

    db = open_database(db_path, migrations=_extended_migrations())
    try:
        assert [name for name, _ in _applied(db)] == [*ALL_MIGRATIONS, "9999_test_extra"]
        assert "test_extra" in db.table_names()
        store = ReviewStore(db)
        assert [r.incident_ref for r in store.all()] == ["INC-SNAP"]
        before = store.timeline.version()
        entry = store.timeline.add_one(store.all()[0].id, ENTRY)
        store.timeline.add_question(entry.id, "What did we see?")
        assert store.timeline.version() == before + 2
    finally:
        db.close()


NO_SQLITE_UTILS = """
import datetime as dt, sys
from pathlib import Path
from facilitator.content import demo_review
from facilitator.importers.demo import read_demo
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.whole_review import load_whole, store_whole

path = Path(sys.argv[1])
store = ReviewStore(open_database(path))
bundle = read_demo(demo_review())
review_id = store.create(bundle.review, bundle.people, bundle.entries).id
store.meeting.set_covered(review_id, "what_happened", True)
store_whole(store, load_whole(store, review_id), dt.datetime.now(dt.UTC))
store.db.close()
store = ReviewStore(open_database(path))
assert len(store.all()) == 2, store.all()
store.delete(review_id)
store.purge_deleted()
store.db.close()
print("sqlite_utils" in sys.modules)
"""


def test_opening_new_and_existing_databases_never_imports_sqlite_utils(db_path):
    """sqlite-utils (about 100 ms of imports) stays unloaded at start-up unless an older file needs migrating."""
    done = subprocess.run(
        [sys.executable, "-c", NO_SQLITE_UTILS, str(db_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False", done.stderr


def test_reviews_from_before_the_state_followed_the_clock_get_their_state(tmp_path, db_path):
    """A file whose reviews all said 'preparing' is migrated to what each clock says: held, in meeting, preparing."""
    older = Database(db_path, execute_plugins=False)
    MIGRATIONS.apply(older, stop_before="0007_review_state_from_clock")
    for ref, events in (
        ("INC-HELD", [("2026-11-02T14:00:00+00:00", "start", None), ("2026-11-02T15:20:00+00:00", "phase", "close")]),
        ("INC-ON", [("2026-11-02T14:00:00+00:00", "start", None), ("2026-11-02T14:06:00+00:00", "phase", "timeline")]),
        ("INC-NOT", []),
    ):
        review_id = older["reviews"].insert(
            {"incident_ref": ref, "title": "t", "incident_date": "2026-11-01", "slot_minutes": 90, "timezone": "UTC",
             "state": "preparing", "major": 0}
        ).last_pk
        for at, kind, phase in events:
            older["meeting_events"].insert({"review_id": review_id, "at_utc": at, "kind": kind, "phase": phase})
    older.close()
    db = open_database(db_path)
    try:
        states = {r.incident_ref: r.state.value for r in ReviewStore(db).all()}
    finally:
        db.close()
    assert states == {"INC-HELD": "held", "INC-ON": "in meeting", "INC-NOT": "preparing"}


OPEN_AND_CLOSE = """
import sys
from facilitator.storage.database import open_database
db = open_database(sys.argv[1])
db.execute("SELECT count(*) FROM sqlite_master").fetchone()
db.close()
"""

READ_WORDS = """
import sqlite3, sys
print(",".join(word for (word,) in sqlite3.connect(sys.argv[1]).execute("SELECT word FROM said ORDER BY rowid")))
"""


def test_a_second_connection_in_the_same_process_keeps_the_first_ones_writes_safe(db_path):
    """The window keeps a connection while an import or export job opens and closes its own; another process
    then opening and closing the file must not take the write-ahead log away: later writes still reach the file."""
    window = open_database(db_path)
    try:
        window.execute("CREATE TABLE said (word TEXT)")
        window.execute("INSERT INTO said VALUES ('before')")
        open_database(db_path).close()
        subprocess.run([sys.executable, "-c", OPEN_AND_CLOSE, str(db_path)], check=True, timeout=60)
        window.execute("INSERT INTO said VALUES ('after')")
        seen = subprocess.run(
            [sys.executable, "-c", READ_WORDS, str(db_path)], capture_output=True, text=True, check=True, timeout=60
        )
        assert seen.stdout.strip() == "before,after"
    finally:
        window.close()


def test_every_folder_created_for_a_new_database_is_private_whatever_the_umask(tmp_path, open_umask):
    """`--db` into folders that do not exist yet makes each of them owner-only, not only the last (under umask
    000 the parents were 0777)."""
    path = tmp_path / "a" / "b" / "c" / "db.sqlite3"
    open_database(path).close()
    assert [_mode(folder) for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c")] == [0o700] * 3
    assert _mode(path) == 0o600


def test_a_read_only_command_finds_no_database_and_creates_nothing(tmp_path):
    """Asked to open only an existing database, a missing one is said and no folder or file is made."""
    path = tmp_path / "typo" / "reviews.sqlite3"
    with pytest.raises(StorageError, match="no review database") as caught:
        open_database(path, must_exist=True)
    assert str(path) in str(caught.value)
    assert list(tmp_path.iterdir()) == []
