"""A review database on a PostgreSQL server: made on first use, the same tables as a file, and every bad address or
database refused in one sentence with nothing written (a real server, started by tests/conftest.py)."""

import datetime as dt
import sqlite3

import psycopg
import pytest

from facilitator.domain.review import Review
from facilitator.storage import server_database
from facilitator.storage.database import open_database
from facilitator.storage.errors import NewerDatabaseError, NoDatabaseYet, NotADatabaseError, StorageError
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.schema import MIGRATIONS_TABLE, known_migrations
from facilitator.storage.server_migrations import SERVER_MIGRATIONS
from facilitator.storage.server_url import ServerAddressError, without_password
from tests.helpers.postgres_server import PASSWORD_ROLE


@pytest.fixture
def empty_database(postgres_server):
    """The address of a new database holding nothing at all (no schema yet)."""
    name = postgres_server.fresh_database(with_schema=False)
    yield postgres_server.url(name)
    postgres_server.drop(name)


def _tables(url: str) -> dict[str, list[str]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def _sqlite_tables(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'PRAGMA table_info("{n}")').fetchall() for n in names}
    finally:
        conn.close()


def _server_columns(url: str) -> dict[str, list[tuple]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name, data_type, is_nullable, column_default IS NOT NULL "
            "FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ).fetchall()
    tables: dict[str, list[tuple]] = {}
    for table, *column in rows:
        tables.setdefault(table, []).append(tuple(column))
    return tables


def test_every_migration_has_its_server_sql_in_the_same_order():
    assert list(SERVER_MIGRATIONS) == known_migrations()


def test_the_first_connection_to_an_empty_database_makes_the_same_tables_and_columns_as_a_file(empty_database, tmp_path):
    open_database(empty_database).close()
    file = tmp_path / "reviews.sqlite3"
    open_database(file).close()
    on_file, on_server = _sqlite_tables(file), _server_columns(empty_database)
    assert set(on_server) == set(on_file)
    kinds = {"INTEGER": "bigint", "TEXT": "text"}
    for table, columns in on_file.items():
        expected = [
            # (name, type, nullable, has a default): a primary key's columns are never null on a server
            (name, kinds[kind], "NO" if notnull or pk else "YES", default is not None)
            for _cid, name, kind, notnull, default, pk in columns
        ]
        assert on_server[table] == expected, table


def test_a_new_database_records_every_migration_once(server_database):
    with psycopg.connect(server_database) as conn:
        names = [n for (n,) in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY id")]
    assert names == known_migrations()


def test_reopening_applies_nothing_and_keeps_the_data(server_database):
    store = ReviewStore(open_database(server_database))
    review = store.create(Review(incident_ref="INC-1", title="Pool", incident_date=dt.date(2026, 1, 2)))
    store.db.close()
    again = ReviewStore(open_database(server_database))
    try:
        assert again.get(review.id).title == "Pool"
        assert again.db.count(MIGRATIONS_TABLE) == len(known_migrations())
    finally:
        again.db.close()


def test_a_database_missing_its_last_migrations_gets_them_and_keeps_its_reviews(empty_database, monkeypatch):
    older = known_migrations()[:-2]
    monkeypatch.setattr(server_database, "known_migrations", lambda: older)
    open_database(empty_database).close()
    assert "write_queues" not in _tables(empty_database)
    monkeypatch.undo()
    open_database(empty_database).close()
    assert "write_queues" in _tables(empty_database)
    with psycopg.connect(empty_database) as conn:
        assert [n for (n,) in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY id")] == known_migrations()


def test_a_database_written_by_a_newer_version_is_refused_untouched(server_database):
    with psycopg.connect(server_database, autocommit=True) as conn:
        conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name) VALUES ('facilitator', '0099_future')")
    before = _tables(server_database)
    with pytest.raises(NewerDatabaseError, match=r"newer version of Facilitator.*left untouched"):
        open_database(server_database)
    assert _tables(server_database) == before


def test_another_programs_database_is_refused_untouched(empty_database):
    with psycopg.connect(empty_database, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int, amount int)")
    with pytest.raises(NotADatabaseError, match=r"another program's database.*left untouched"):
        open_database(empty_database)
    assert _tables(empty_database) == {"invoices": ["id", "amount"]}


def test_a_reading_command_on_an_empty_database_creates_nothing(empty_database):
    with pytest.raises(NoDatabaseYet, match="no reviews"):
        open_database(empty_database, must_exist=True)
    assert _tables(empty_database) == {}


def test_a_server_older_than_we_support_is_refused_before_anything_is_written(empty_database, monkeypatch):
    monkeypatch.setattr(server_database, "MINIMUM_SERVER", 990000)
    with pytest.raises(StorageError, match=r"runs PostgreSQL \d+\.\d+, older than the 99 Facilitator needs; nothing"):
        open_database(empty_database)
    assert _tables(empty_database) == {}


def test_an_address_holding_a_password_is_refused_and_the_password_never_shown(postgres_server):
    url = postgres_server.tcp_url("postgres").replace("@", ":hunter2secret@")
    with pytest.raises(ServerAddressError) as refused:
        open_database(url)
    assert "hunter2secret" not in str(refused.value)
    assert "PGPASSWORD" in str(refused.value)
    with pytest.raises(ServerAddressError) as refused:
        open_database(postgres_server.tcp_url("postgres") + "?password=hunter2secret")
    assert "hunter2secret" not in str(refused.value)


def test_a_password_is_taken_out_of_any_address_shown():
    assert without_password("postgresql://ann:s3cret@db.example:5432/reviews?sslmode=verify-full") == (
        "postgresql://ann@db.example:5432/reviews?sslmode=verify-full"
    )
    assert without_password("postgres://db/reviews?password=s3cret&sslmode=require") == (
        "postgres://db/reviews?sslmode=require"
    )


def test_the_wrong_password_is_one_sentence_naming_where_to_set_it(postgres_server, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "wrong-password")
    with pytest.raises(StorageError, match=r"refused the password.*PGPASSWORD, ~/.pgpass or a service file") as refused:
        open_database(postgres_server.tcp_url("postgres", user=PASSWORD_ROLE))
    assert "wrong-password" not in str(refused.value)
    assert "\n" not in str(refused.value)


def test_the_right_password_from_pgpassword_is_used(postgres_server, server_database, monkeypatch):
    name = server_database.split("@/", 1)[1].split("?")[0]
    with psycopg.connect(server_database, autocommit=True) as conn:
        conn.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}")
        conn.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {PASSWORD_ROLE}")
    monkeypatch.setenv("PGPASSWORD", "right-password")
    db = open_database(postgres_server.tcp_url(name, user=PASSWORD_ROLE))
    try:
        assert db.count("reviews") == 0
    finally:
        db.close()


def test_an_unreachable_server_is_one_sentence(postgres_server):
    closed_port = postgres_server.tcp_url("reviews").replace(f":{postgres_server.port}/", ":1/")
    with pytest.raises(StorageError, match=r"^cannot reach the database server at postgresql://\S+:1/reviews \(.+\); nothing was written$"):
        open_database(closed_port)


def test_a_database_that_does_not_exist_is_named(postgres_server):
    with pytest.raises(StorageError, match=r'database "no_such_reviews" does not exist; nothing was written'):
        open_database(postgres_server.url("no_such_reviews"))


def test_two_first_connections_at_once_make_the_schema_once(empty_database):
    import threading

    errors: list[BaseException] = []

    def open_and_close():
        try:
            open_database(empty_database).close()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=open_and_close) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with psycopg.connect(empty_database) as conn:
        assert conn.execute(f"SELECT count(*) FROM {MIGRATIONS_TABLE}").fetchone()[0] == len(known_migrations())


def test_an_address_made_into_a_file_path_creates_no_file(tmp_path, monkeypatch):
    """Path('postgresql://ann@db/reviews') is 'postgresql:/ann@db/reviews': never a folder tree of that name."""
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    with pytest.raises(NotADatabaseError, match="lost its '//'"):
        open_database(Path("postgresql://ann@db/reviews"))
    assert list(tmp_path.iterdir()) == []
