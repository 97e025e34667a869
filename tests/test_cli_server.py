"""The command line pointed at a PostgreSQL server (--db URL or FACILITATOR_DB), and what it says when it cannot
use one: one line `error: ...`, exit 1, nothing written, never a password."""

import stat

import psycopg
import pytest

from facilitator import cli
from facilitator.app.demo import Demo
from facilitator.app.hub import Hub
from facilitator.cli import main
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
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


TIMELINE_CSV = (
    "time,actor,text\n18:40,Priya,CheckoutLatencyHigh fired\n18:44,Priya,Looking into it\n19:02,Kwame,Scaling up\n"
)


def test_a_timeline_file_is_imported_into_a_review_on_a_server(server_database, capsys, tmp_path):
    """`import` adds a file's entries to a review on the server and says how many; again, it adds none."""
    new = ["new", "--incident", "INC-9", "--title", "DNS outage", "--date", "2026-10-14"]
    assert main(["--db", server_database, *new]) == 0
    review_id = int(capsys.readouterr().out)
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV)
    assert main(["--db", server_database, "import", str(review_id), str(timeline)]) == 0
    assert capsys.readouterr().out == "added 3 entries (0 already there)\n"
    assert main(["--db", server_database, "import", str(review_id), str(timeline)]) == 0
    assert capsys.readouterr().out == "added 0 entries (3 already there)\n"
    with psycopg.connect(server_database) as conn:
        texts = conn.execute("SELECT text FROM timeline_entries WHERE review_id = %s ORDER BY at_utc", [review_id])
        assert [text for (text,) in texts] == ["CheckoutLatencyHigh fired", "Looking into it", "Scaling up"]


def test_the_record_of_a_review_on_a_server_is_exported_and_its_archive_restored_there(
    server_database, capsys, tmp_path
):
    """The demo review on the server: `export` writes its record here, owner-only; the JSON archive `restore`d into
    the same server is a new review whose record is byte for byte the same."""
    store = ReviewStore(open_database(server_database))
    try:
        review_id = Demo(store, Hub()).seed().review_id
    finally:
        store.db.close()
    record = tmp_path / "record.md"
    assert main(["--db", server_database, "export", str(review_id), "--out", str(record)]) == 0
    assert capsys.readouterr().out == f"{record}\n"
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    text = record.read_text()
    for heading in ("## Timeline", "## Parking lot", "## Actions", "## Comments raised outside the meeting"):
        assert heading in text
    assert "*Dissent* — Kwame Mensah" in text and "Follow up with Adaeze" not in text

    archive = tmp_path / "review.json"
    assert main(["--db", server_database, "export", str(review_id), "--format", "json", "--out", str(archive)]) == 0
    capsys.readouterr()
    assert main(["--db", server_database, "restore", str(archive)]) == 0
    restored = int(capsys.readouterr().out)
    assert restored != review_id
    again = tmp_path / "again.md"
    assert main(["--db", server_database, "export", str(restored), "--out", str(again)]) == 0
    assert again.read_bytes() == record.read_bytes()
