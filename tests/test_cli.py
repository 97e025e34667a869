"""The command line, as scripts and people at a terminal use it."""

import datetime as dt
import os
import subprocess
import sys

import pytest

from facilitator import cli
from facilitator.cli import demo_review_id, main
from facilitator.domain.review import Review
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore


@pytest.fixture
def db(tmp_path):
    return tmp_path / "reviews.sqlite3"


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    """Fail instead of opening a window, should a command get that far by mistake."""

    def refuse(store, review_id):
        raise AssertionError(f"the GUI was started for review {review_id}")

    monkeypatch.setattr(cli, "_gui", refuse)


def _stored(db) -> list[Review]:
    if not db.exists():
        return []
    database = open_database(db)
    try:
        return ReviewStore(database).all()
    finally:
        database.close()


def _new(db, capsys, *extra: str, ref="INC-2417", title="Checkout errors") -> int:
    assert main(["--db", str(db), "new", "--incident", ref, "--title", title, *extra]) == 0
    out = capsys.readouterr().out
    assert out.strip().isdigit(), out
    return int(out)


def _single_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    return lines[0]


def test_new_prints_the_id_and_list_shows_it(db, capsys):
    """`new` prints just the new review's ID, and `list` shows it as ID, reference and title."""
    review_id = _new(db, capsys, ref="INC-2417", title="Checkout errors")
    assert main(["--db", str(db), "list"]) == 0
    assert capsys.readouterr().out == f"{review_id}\tINC-2417\tCheckout errors\n"


def test_list_shows_one_line_per_review(db, capsys):
    """Each review gets its own tab-separated line."""
    first = _new(db, capsys, "--date", "2026-01-01", ref="INC-1", title="First")
    second = _new(db, capsys, "--date", "2026-02-01", ref="INC-2", title="Second")
    assert main(["--db", str(db), "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{second}\tINC-2\tSecond", f"{first}\tINC-1\tFirst"]


def test_list_of_an_empty_database_prints_nothing(db, capsys):
    """Listing a database with no reviews prints nothing and succeeds."""
    assert main(["--db", str(db), "list"]) == 0
    assert capsys.readouterr().out == ""


def test_new_stores_every_option_given(db, capsys, tmp_path):
    """Every option given to `new` ends up on the stored review."""
    folder = tmp_path / "INC-7"
    folder.mkdir()
    review_id = _new(
        db,
        capsys,
        "--major",
        "--slot", "45",
        "--folder", str(folder),
        "--timezone", "Europe/London",
        "--date", "2026-10-14",
        "--severity", "SEV2",
        "--client", "Harbour & Lane",
        ref="INC-7",
        title="Payments outage",
    )
    [review] = _stored(db)
    assert review.id == review_id
    assert review == Review(
        incident_ref="INC-7",
        title="Payments outage",
        incident_date=dt.date(2026, 10, 14),
        severity="SEV2",
        major=True,
        client="Harbour & Lane",
        folder=str(folder.resolve()),
        slot_minutes=45,
        timezone="Europe/London",
    )


@pytest.mark.parametrize("slot", ["29", "241", "ninety"])
def test_slot_out_of_range_is_a_usage_error(db, capsys, slot):
    """A meeting slot outside 30 to 240 minutes is refused as bad usage, before anything is written."""
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "new", "--incident", "INC-1", "--title", "T", "--slot", slot])
    assert exit_.value.code == 2
    assert "--slot" in capsys.readouterr().err
    assert not db.exists()


def test_missing_title_is_a_usage_error(db, capsys):
    """`new` without --title is refused as bad usage, naming the missing option."""
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "new", "--incident", "INC-1"])
    assert exit_.value.code == 2
    assert "--title" in capsys.readouterr().err
    assert not db.exists()


def test_missing_incident_folder_is_an_error_and_writes_nothing(db, capsys, tmp_path):
    """Naming an incident folder that does not exist fails with one error line and stores no review."""
    missing = tmp_path / "no-such-folder"
    code = main(["--db", str(db), "new", "--incident", "INC-1", "--title", "T", "--folder", str(missing)])
    assert code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(missing) in _single_error_line(captured.err)
    assert _stored(db) == []


def test_bad_time_zone_is_an_error_and_writes_nothing(db, capsys):
    """A region name instead of a time zone fails with one error line and stores no review."""
    code = main(["--db", str(db), "new", "--incident", "INC-1", "--title", "T", "--timezone", "Europe"])
    assert code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not a time zone name" in _single_error_line(captured.err)
    assert _stored(db) == []


@pytest.mark.parametrize("command", [["list"], ["new", "--incident", "INC-1", "--title", "T"]])
def test_file_that_is_not_a_database_is_an_error_and_left_alone(tmp_path, capsys, command):
    """Pointing --db at some other file fails with one error line naming it, and the file is unchanged."""
    path = tmp_path / "notes.txt"
    content = b"Meeting notes\nnot a database\n"
    path.write_bytes(content)
    assert main(["--db", str(path), *command]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(path) in _single_error_line(captured.err)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_open_of_a_missing_review_is_an_error(db, capsys):
    """`open` with an ID that does not exist says there is no such review instead of opening a window."""
    assert main(["--db", str(db), "open", "99"]) == 1
    captured = capsys.readouterr()
    assert captured.err == "error: There is no review with ID 99.\n"
    assert captured.out == ""


def test_open_with_a_non_number_is_a_usage_error(db, capsys):
    """`open` with something that is not an ID is refused as bad usage."""
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "open", "INC-1"])
    assert exit_.value.code == 2
    assert "review ID is a number" in capsys.readouterr().err


def test_demo_with_a_command_is_an_error(db, capsys):
    """`--demo` with a command fails with one error line and touches no database."""
    assert main(["--db", str(db), "--demo", "list"]) == 1
    captured = capsys.readouterr()
    assert "--demo" in _single_error_line(captured.err)
    assert captured.out == ""
    assert not db.exists()


def test_python_dash_m_lists_the_reviews(db, capsys, tmp_path):
    """`python -m facilitator --db FILE list` run as its own process lists the reviews made before."""
    first = _new(db, capsys, "--date", "2026-01-01", ref="INC-1", title="First")
    second = _new(db, capsys, "--date", "2026-02-01", ref="INC-2", title="Second")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--db", str(db), "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{second}\tINC-2\tSecond", f"{first}\tINC-1\tFirst"]
    assert result.stderr == ""


def test_demo_review_is_added_once(tmp_path):
    """Opening the demo twice on one database reuses the demo review rather than adding another."""
    database = open_database(tmp_path / "reviews.sqlite3")
    try:
        store = ReviewStore(database)
        first = demo_review_id(store)
        assert demo_review_id(store) == first
        reviews = store.all()
        assert [r.id for r in reviews] == [first]
        assert store.people(first)
        assert store.timeline.count(first) > 0
    finally:
        database.close()
