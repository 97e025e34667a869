"""The command line facing hostile files and titles: one bounded `error:` line a terminal shows as it is,
exit 1, nothing written; and a restored review that never writes where its archive says."""

import json
import os
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.cli import ERROR_LENGTH, main, shown
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

TITLE = "\x1b]0;owned\x07\x1b[2J"


@pytest.fixture
def db(tmp_path):
    return tmp_path / "reviews.sqlite3"


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    monkeypatch.setattr(cli, "_gui", lambda store, review_id: 0)


def _run(capsys, *args) -> tuple[int, str, str]:
    status = main([*map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def _new(db, capsys, title="Checkout errors") -> None:
    status, out, _ = _run(capsys, "--db", db, "new", "--incident", "INC-2417", "--title", title, "--date", "2026-10-14", "--timezone", "UTC")
    assert (status, out) == (0, "1\n")


def _entries(db) -> int:
    database = open_database(db)
    try:
        return ReviewStore(database).timeline.count(1)
    finally:
        database.close()


def _one_clean_error(status: int, out: str, err: str) -> str:
    """The contract for input the command cannot act on: exit 1, nothing on stdout, one short printable line."""
    assert status == 1 and out == ""
    assert err.startswith("error: ") and err.endswith("\n") and err.count("\n") == 1
    line = err[len("error: "):-1]
    assert len(line) <= ERROR_LENGTH
    assert line.isprintable(), line
    return line


def test_shown_escapes_what_a_terminal_would_act_on_and_bounds_the_length():
    assert shown("a\x1b]0;owned\x07\x1b[2Jb\nc\td\r\x7f\x9b\u202e\udcff") == (
        "a\\x1b]0;owned\\x07\\x1b[2Jb\\nc\\td\\r\\x7f\\x9b\\u202e\\udcff"
    )
    assert shown("é ü 中 ✓ 😀") == "é ü 中 ✓ 😀"
    assert shown("x" * 1000, 300) == "x" * 299 + "…"


def test_list_shows_a_hostile_title_escaped_not_acted_on(db, capsys):
    """A title holding terminal escape sequences (set the window title, clear the screen) is listed as text."""
    _new(db, capsys, TITLE)
    status, out, _ = _run(capsys, "--db", db, "list")
    assert status == 0 and out == "1\tINC-2417\t\\x1b]0;owned\\x07\\x1b[2J\n"


def test_a_header_of_a_hundred_thousand_columns_gives_a_short_error(db, capsys, tmp_path):
    """The columns a header names are quoted a few at a time (10^6 columns gave an error line of 10.9 MB)."""
    _new(db, capsys)
    wide = tmp_path / "wide.csv"
    wide.write_text("Time," + ",".join(f"column {n}" for n in range(100_000)) + "\n18:42,x\n")
    line = _one_clean_error(*_run(capsys, "--db", db, "import", "1", wide))
    assert line.startswith("wide.csv: line 1: no text column") and "99,993 more" in line
    assert _entries(db) == 0


def test_a_quoted_newline_or_escape_in_the_file_stays_inside_one_error_line(db, capsys, tmp_path):
    _new(db, capsys)
    bad = tmp_path / "bad.csv"
    bad.write_text('Time,What\n"18:42\n\x1b[2J",y\n')
    line = _one_clean_error(*_run(capsys, "--db", db, "import", "1", bad))
    assert "\\n\\x1b[2J" in line
    assert _entries(db) == 0


@pytest.mark.parametrize("command", ["import", "restore"])
def test_special_files_are_refused_before_they_are_read(db, capsys, tmp_path, command):
    """/dev/zero would be read without end and a FIFO would block: both are refused at once."""
    _new(db, capsys)
    fifo = tmp_path / "timeline.json"
    os.mkfifo(fifo)
    args = ["1"] if command == "import" else []
    for path, kind in ((fifo, "a pipe"), (Path("/dev/zero"), "a device")):
        line = _one_clean_error(*_run(capsys, "--db", db, command, *args, path))
        assert f"it is {kind}" in line
    assert _entries(db) == 0
    assert len(ReviewStore(open_database(db)).all()) == 1


def test_a_restored_review_never_writes_into_the_folder_its_archive_names(db, capsys, tmp_path, monkeypatch):
    """The archive's incident folder is a path from another machine: the restored review has none, so the
    record, pre-read and follow-ups go where the user says (here), never into that folder unasked."""
    elsewhere = tmp_path / "from-another-machine"
    elsewhere.mkdir()
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    _new(db, capsys)
    _run(capsys, "--db", db, "export", "1", "--format", "json", "--out", tmp_path / "archive.json")
    document = json.loads((tmp_path / "archive.json").read_text())
    document["review"]["folder"] = str(elsewhere)
    (tmp_path / "archive.json").write_text(json.dumps(document))
    assert _run(capsys, "--db", db, "restore", tmp_path / "archive.json")[:2] == (0, "2\n")
    assert ReviewStore(open_database(db)).get(2).folder == ""
    for command in ("export", "preread", "follow-ups"):
        status, out, _ = _run(capsys, "--db", db, command, "2")
        assert status == 0 and Path(out.strip()).parent == here
    assert list(elsewhere.iterdir()) == []
