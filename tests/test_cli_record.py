"""`export` and `restore` on the command line: the record into the incident folder, the archive and back."""

import json
import os
import stat

import pytest

from facilitator import cli
from facilitator.cli import main
from facilitator.export.archive import VERSION
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore


@pytest.fixture
def db(tmp_path):
    return tmp_path / "reviews.sqlite3"


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    """`--demo` would open the GUI: here it returns at once, as if the window was closed."""
    monkeypatch.setattr(cli.windows, "gui", lambda store, review_id, **_: 0)
    monkeypatch.setattr(cli.windows, "error_window", lambda text: None)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "INC-2417"
    path.mkdir()
    return path


def _run(capsys, *args) -> tuple[int, str, str]:
    status = main([*map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def _demo(db, capsys, folder=None) -> None:
    """The demo review as review 1, optionally with an incident folder."""
    assert _run(capsys, "--db", db, "--demo")[0] == 0
    if folder is not None:
        database = open_database(db)
        store = ReviewStore(database)
        store.update(store.get(1).with_changes(folder=str(folder)))
        database.close()


def _review_count(db) -> int:
    database = open_database(db)
    try:
        return len(ReviewStore(database).all())
    finally:
        database.close()


def test_the_demo_left_in_a_database_exports_its_whole_record(db, capsys, tmp_path, monkeypatch):
    """`--db FILE --demo` leaves the demo there; `export 1` then writes its record here, owner-only, and prints where."""
    monkeypatch.chdir(tmp_path)
    _demo(db, capsys)
    status, out, err = _run(capsys, "--db", db, "export", "1")
    written = tmp_path / "2026-10-14-INC-2417-review.md"
    assert (status, out, err) == (0, f"{written}\n", "")
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    record = written.read_text()
    assert record.startswith("---\ntitle: \"Ticket checkout failures after base image refresh\"")
    for heading in ("## Timeline", "## Parking lot", "## Actions", "## Comments raised outside the meeting", "## Time spent"):
        assert heading in record
    assert "*Dissent* — Kwame Mensah" in record
    assert "Follow up with Adaeze" not in record


def test_export_goes_into_the_incident_folder_by_default(db, capsys, folder):
    _demo(db, capsys, folder)
    status, out, _ = _run(capsys, "--db", db, "export", "1")
    assert status == 0 and out == f"{folder / '2026-10-14-INC-2417-review.md'}\n"


def test_export_to_a_named_file_or_folder(db, capsys, tmp_path, folder):
    _demo(db, capsys)
    assert _run(capsys, "--db", db, "export", "1", "--out", tmp_path / "record.md")[1] == f"{tmp_path / 'record.md'}\n"
    assert _run(capsys, "--db", db, "export", "1", "--out", folder)[1] == f"{folder / '2026-10-14-INC-2417-review.md'}\n"


def test_a_record_someone_edited_is_kept_and_the_user_told(db, capsys, folder):
    """An edited record stays as it is; the new one goes beside it, and a note on stderr says why."""
    _demo(db, capsys, folder)
    _run(capsys, "--db", db, "export", "1")
    record = folder / "2026-10-14-INC-2417-review.md"
    record.write_text(record.read_text() + "\nA correction from the incident lead.\n")
    status, out, err = _run(capsys, "--db", db, "export", "1")
    assert status == 0 and out == f"{folder / '2026-10-14-INC-2417-review-2.md'}\n"
    assert err.startswith("note: ") and "was changed since the last export" in err
    assert record.read_text().endswith("A correction from the incident lead.\n")


def test_archive_then_restore_then_export_gives_the_same_record(db, capsys, folder, tmp_path, monkeypatch):
    """The JSON archive, written here and not into the shared incident folder (it holds the private notes),
    brings the review back as a new one whose record is byte for byte the same."""
    monkeypatch.chdir(tmp_path)
    _demo(db, capsys, folder)
    _run(capsys, "--db", db, "export", "1")
    status, out, _ = _run(capsys, "--db", db, "export", "1", "--format", "json")
    archive = tmp_path / "2026-10-14-INC-2417-review.json"
    assert status == 0 and out == f"{archive}\n"
    assert "Follow up with Adaeze" in archive.read_text()
    assert not (folder / archive.name).exists()
    assert stat.S_IMODE(os.stat(archive).st_mode) == 0o600
    other_db = tmp_path / "elsewhere.sqlite3"
    status, out, _ = _run(capsys, "--db", other_db, "restore", archive)
    assert status == 0 and out == "1\n"
    _run(capsys, "--db", other_db, "export", "1", "--out", tmp_path / "again.md")
    assert (tmp_path / "again.md").read_bytes() == (folder / "2026-10-14-INC-2417-review.md").read_bytes()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not json at all", "not JSON"),
        (json.dumps({"format": "facilitator-review-archive", "version": VERSION + 1}).encode(), "newer Facilitator"),
        (json.dumps({"format": "facilitator-review-archive", "version": VERSION, "review": {}}).encode(), "the review has no"),
    ],
)
def test_a_bad_archive_is_refused_in_one_line_and_nothing_is_stored(db, capsys, tmp_path, content, says):
    _demo(db, capsys)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    status, out, err = _run(capsys, "--db", db, "restore", bad)
    assert status == 1 and out == ""
    assert err.startswith("error: ") and says in err and err.count("\n") == 1
    assert _review_count(db) == 1


def test_restoring_a_missing_file_says_so(db, capsys, tmp_path):
    status, _, err = _run(capsys, "--db", db, "restore", tmp_path / "nowhere.json")
    assert status == 1 and err.startswith("error: could not read")


def test_export_into_a_missing_folder_writes_nothing(db, capsys, tmp_path):
    _demo(db, capsys, tmp_path / "gone")
    status, out, err = _run(capsys, "--db", db, "export", "1")
    assert status == 1 and out == "" and err.startswith("error: could not write")
    assert not (tmp_path / "gone").exists()


def test_export_of_an_unknown_review_is_an_error(db, capsys):
    open_database(db).close()
    status, _, err = _run(capsys, "--db", db, "export", "7")
    assert status == 1 and "no review with ID 7" in err


def test_an_unknown_format_is_bad_usage(db, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "export", "1", "--format", "pdf"])
    assert exit_.value.code == 2
