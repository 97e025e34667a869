"""The command line pointed at a PostgreSQL server (--db URL or FACILITATOR_DB), and what it says when it cannot
use one: one line `error: ...`, exit 1, nothing written, never a password."""

import psycopg
import pytest

from facilitator import cli
from facilitator.cli import main
from tests.helpers.postgres_server import PASSWORD_ROLE


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    def refuse(store, review_id, **_):
        raise AssertionError(f"the GUI was started for review {review_id}")

    monkeypatch.setattr(cli.windows, "gui", refuse)
    monkeypatch.setattr(cli.windows, "error_window", lambda text: None)


def _error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: ")
    assert captured.out == ""
    return lines[0]


def test_new_and_list_on_a_server(server_database, capsys):
    assert main(["--db", server_database, "new", "--incident", "INC-9", "--title", "DNS outage"]) == 0
    review_id = int(capsys.readouterr().out)
    assert main(["--db", server_database, "list"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{review_id}\tINC-9\tDNS outage\n"
    assert "created a new review database" not in captured.err


def test_the_environment_names_the_server_when_db_is_not_given(server_database, capsys, monkeypatch):
    monkeypatch.setenv("FACILITATOR_DB", server_database)
    assert main(["new", "--incident", "INC-10", "--title", "Disk full"]) == 0
    capsys.readouterr()
    with psycopg.connect(server_database) as conn:
        assert conn.execute("SELECT title FROM reviews").fetchall() == [("Disk full",)]


def test_db_given_wins_over_the_environment(server_database, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "elsewhere.sqlite3"))
    assert main(["--db", server_database, "list"]) == 0
    assert not (tmp_path / "elsewhere.sqlite3").exists()


def test_an_unreachable_server_is_one_error_line(postgres_server, capsys):
    url = f"postgresql://{PASSWORD_ROLE}@127.0.0.1:1/reviews"
    assert main(["--db", url, "list"]) == 1
    assert "cannot reach the database server at postgresql://" in _error_line(capsys)


def test_an_address_with_a_password_is_refused_without_showing_it(postgres_server, capsys):
    url = postgres_server.tcp_url("postgres").replace("@", ":Tr0ub4dor@")
    assert main(["--db", url, "new", "--incident", "INC-1", "--title", "x"]) == 1
    line = _error_line(capsys)
    assert "Tr0ub4dor" not in line
    assert "PGPASSWORD" in line


def test_a_wrong_password_is_one_error_line_without_it(postgres_server, capsys, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    assert main(["--db", postgres_server.tcp_url("postgres", user=PASSWORD_ROLE), "list"]) == 1
    line = _error_line(capsys)
    assert "refused the password" in line
    assert "not-the-password" not in line


def test_another_programs_database_is_one_error_line_and_left_as_it_was(postgres_server, capsys):
    name = postgres_server.fresh_database(with_schema=False)
    url = postgres_server.url(name)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id int)")
    try:
        assert main(["--db", url, "new", "--incident", "INC-1", "--title", "x"]) == 1
        assert "another program's database" in _error_line(capsys)
        with psycopg.connect(url) as conn:
            tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        assert tables == [("customers",)]
    finally:
        postgres_server.drop(name)


def test_listing_an_empty_server_database_creates_nothing(postgres_server, capsys):
    name = postgres_server.fresh_database(with_schema=False)
    url = postgres_server.url(name)
    try:
        assert main(["--db", url, "list"]) == 1
        assert "no reviews" in _error_line(capsys)
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
    finally:
        postgres_server.drop(name)
