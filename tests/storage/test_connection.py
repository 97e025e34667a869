"""The thin sqlite3 layer: dict rows, missing rows said so, and transactions that nest."""

import sqlite3

import pytest

from facilitator.storage.connection import Connection, RowMissing


@pytest.fixture
def db():
    db = Connection(":memory:")
    db.execute('CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "key" TEXT DEFAULT \'\')')
    yield db
    db.close()


def _names(db: Connection) -> list[str]:
    return [r["name"] for r in db.rows("things", order_by="id")]


def test_rows_come_back_as_dicts_in_the_order_asked(db):
    """Inserted rows read back as dicts, filtered, ordered and counted."""
    first = db.insert("things", {"name": "b", "key": "x"})
    db.insert_all("things", [{"name": "a"}, {"name": "c"}])
    assert db.row("things", first) == {"id": first, "name": "b", "key": "x"}
    assert [r["name"] for r in db.rows("things", "name != ?", ["c"], order_by="name")] == ["a", "b"]
    assert db.rows("things", select="name", order_by="id DESC") == [{"name": "c"}, {"name": "a"}, {"name": "b"}]
    assert db.query("SELECT count(*) AS n FROM things") == [{"n": 3}]
    assert (db.count("things"), db.count("things", "key = ?", [""])) == (3, 2)


def test_a_missing_row_is_said_so_naming_table_and_id(db):
    """Reading, changing or deleting a row that is not there raises RowMissing, a LookupError."""
    for attempt in (lambda: db.row("things", 7), lambda: db.update("things", 7, {"name": "x"}), lambda: db.delete("things", 7)):
        with pytest.raises(RowMissing, match="7.*things") as raised:
            attempt()
        assert isinstance(raised.value, LookupError)


def test_update_changes_only_the_given_columns_and_delete_where_keeps_the_rest(db):
    """update() leaves other columns alone; delete_where() removes only what matches."""
    kept = db.insert("things", {"name": "a", "key": "k"})
    gone = db.insert("things", {"name": "b"})
    db.update("things", kept, {"name": "A"})
    assert db.row("things", kept) == {"id": kept, "name": "A", "key": "k"}
    db.delete_where("things", "id = ?", [gone])
    assert _names(db) == ["A"]


def test_rows_inserted_together_must_share_their_columns(db):
    """insert_all() refuses rows with different columns and writes none of them."""
    with pytest.raises(ValueError, match="same columns"):
        db.insert_all("things", [{"name": "a"}, {"name": "b", "key": "k"}])
    assert db.count("things") == 0


def test_insert_all_is_all_or_nothing(db):
    """A row that fails leaves none of its batch behind."""
    with pytest.raises(sqlite3.IntegrityError):
        db.insert_all("things", [{"name": "a"}, {"name": None}])
    assert db.count("things") == 0


def test_each_statement_commits_alone_outside_atomic(db):
    """In driver autocommit nothing waits for a commit between statements."""
    db.insert("things", {"name": "a"})
    assert not db.conn.in_transaction


def test_an_inner_failure_undoes_only_the_inner_block(db):
    """A nested atomic() that fails rolls back to its savepoint; the outer block still commits."""
    with db.atomic():
        db.insert("things", {"name": "outer"})
        with pytest.raises(RuntimeError):
            with db.atomic():
                db.insert("things", {"name": "inner"})
                raise RuntimeError("inner fails")
        db.insert("things", {"name": "after"})
    assert _names(db) == ["outer", "after"]
    assert not db.conn.in_transaction


def test_an_outer_failure_undoes_everything_inner_blocks_did(db):
    """When the outer block fails, the inner blocks that succeeded are rolled back too."""
    with pytest.raises(RuntimeError):
        with db.atomic():
            db.insert("things", {"name": "outer"})
            with db.atomic():
                db.insert("things", {"name": "inner"})
            raise RuntimeError("outer fails")
    assert _names(db) == []
    assert not db.conn.in_transaction


def test_a_transaction_ended_by_the_error_itself_is_not_cleaned_up_twice(db):
    """A trigger's RAISE(ROLLBACK) ends the transaction: the original error comes through, not 'no such savepoint'."""
    db.execute("CREATE TRIGGER refuse BEFORE INSERT ON things WHEN NEW.name = 'bad' BEGIN SELECT RAISE(ROLLBACK, 'refused'); END")
    with pytest.raises(sqlite3.IntegrityError, match="refused"):
        with db.atomic():
            db.insert("things", {"name": "good"})
            with db.atomic():
                db.insert("things", {"name": "bad"})
    assert _names(db) == []
    assert not db.conn.in_transaction


def test_table_names_lists_the_tables(db):
    """The tables in the file, by name."""
    assert db.table_names() == ["things"]


def test_the_process_knows_which_database_files_it_has_open(tmp_path):
    """Counted up on open and down on close (twice is once), or when a connection is dropped without closing."""
    import gc

    from facilitator.storage.connection import open_here

    path = tmp_path / "x.sqlite3"
    first, second = Connection(path), Connection(path)
    assert open_here(path)
    first.close()
    first.close()
    assert open_here(path)
    del second
    gc.collect()
    assert not open_here(path)
