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
    monkeypatch.setattr(cli.windows, "gui", lambda store, review_id, **_: 0)


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


def _archive(db, capsys, tmp_path, change) -> bytes:
    """The archive of review 1 with one change made to its parsed document."""
    _run(capsys, "--db", db, "export", "1", "--format", "json", "--out", tmp_path / "sound.json")
    document = json.loads((tmp_path / "sound.json").read_text())
    (tmp_path / "sound.json").unlink()
    document["timeline"] = [
        {"number": 1, "at": "2026-10-14T17:40:00+00:00", "actor": "Ada", "text": "Paged", "detail": "", "moment": None,
         "prep_note": "", "discussed": False, "seconds_on_screen": 0, "questions": [], "source_key": None, "precision": "exact"}
    ]
    document["meeting"]["events"] = [{"at": "2026-10-21T13:00:00+00:00", "kind": "start", "phase": None}]
    change(document)
    return json.dumps(document).encode()


IMPORTS = {
    "lone surrogate in JSON": ("timeline.json", b'[{"time": "18:42", "text": "\\ud800"}]'),
    "lone surrogate in PagerDuty": ("log.json", b'{"log_entries": [{"type": "trigger_log_entry", "created_at": "2026-10-14T10:00:00Z", "summary": "\\udfff"}]}'),
    "lone surrogate in a Slack day file": ("2026-10-14.json", b'[{"ts": "1792000020", "type": "message", "text": "\\ud800"}]'),
    "surrogate bytes in a Slack day file": ("2026-10-14.json", b'[{"ts": "1792000020", "type": "message", "text": "\xed\xa0\x80"}]'),
    "5,000-digit integer": ("timeline.json", b'[{"time": ' + b"9" * 5000 + b', "text": "x"}]'),
    "5,000-digit Slack ts": ("2026-10-14.json", b'[{"ts": ' + b"9" * 5000 + b', "type": "message", "text": "x"}]'),
    "integer past 2^63": ("timeline.json", b'[{"time": 9223372036854775808, "text": "x"}]'),
    "nested 100,000 deep": ("timeline.json", b"[" * 100_000 + b"]" * 100_000),
    "year 1 with an offset": ("timeline.csv", b"Time,What\n0001-01-01 00:00+05:00,x\n"),
    "year 9999 with an offset": ("timeline.json", b'[{"time": "9999-12-31T23:59:00-05:00", "text": "x"}]'),
    "PagerDuty in year 9999": ("log.json", b'{"log_entries": [{"type": "trigger_log_entry", "created_at": "9999-12-31T23:59:00-05:00"}]}'),
    "escape sequences in a heading": ("timeline.csv", b"\x1b]0;owned\x07\x1b[2J,What\n18:42,x\n"),
}


@pytest.mark.parametrize("name", sorted(IMPORTS))
def test_hostile_files_are_refused_by_import_in_one_line_with_nothing_written(db, capsys, tmp_path, name):
    _new(db, capsys)
    file_name, data = IMPORTS[name]
    (tmp_path / file_name).write_bytes(data)
    before = sorted(tmp_path.iterdir())
    _one_clean_error(*_run(capsys, "--db", db, "import", "1", tmp_path / file_name))
    assert _entries(db) == 0
    assert sorted(tmp_path.iterdir()) == before


RESTORES = {
    "lone surrogate in a title": lambda archive: archive.replace(b'"Checkout errors"', b'"\\ud800"'),
    "5,000-digit number": lambda archive: archive.replace(b'"slot_minutes": 90', b'"slot_minutes": ' + b"9" * 5000),
    "number past 2^63": lambda archive: archive.replace(b'"seconds_on_screen": 0', b'"seconds_on_screen": 9223372036854775808'),
    "year 1 with an offset": lambda archive: archive.replace(b"2026-10-21T13:00:00+00:00", b"0001-01-01T00:00:00+05:00"),
    "year 9999 with an offset": lambda archive: archive.replace(b"2026-10-14T17:40:00+00:00", b"9999-12-31T23:59:00-05:00"),
    "nested 100,000 deep": lambda archive: b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("name", sorted(RESTORES))
def test_hostile_archives_are_refused_by_restore_in_one_line_with_nothing_stored(db, capsys, tmp_path, name):
    _new(db, capsys)
    archive = _archive(db, capsys, tmp_path, lambda document: None)
    hostile = RESTORES[name](archive)
    assert hostile != archive
    (tmp_path / "hostile.json").write_bytes(hostile)
    _one_clean_error(*_run(capsys, "--db", db, "restore", tmp_path / "hostile.json"))
    assert len(ReviewStore(open_database(db)).all()) == 1


def test_an_archive_saved_with_a_byte_order_mark_restores(db, capsys, tmp_path):
    _new(db, capsys)
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + _archive(db, capsys, tmp_path, lambda document: None))
    assert _run(capsys, "--db", db, "restore", tmp_path / "bom.json") == (0, "2\n", "")


@pytest.mark.parametrize("review_id", ["9223372036854775808", "9" * 5000, "١٢"])
def test_a_review_id_no_database_can_hold_is_bad_usage(db, capsys, review_id):
    """A review ID past 2^63 (or in other digits) is refused as usage, not a traceback from the database."""
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(db), "export", review_id])
    assert exited.value.code == 2
    assert "a review ID is a number" in capsys.readouterr().err
