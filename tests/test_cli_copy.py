"""`facilitator copy ID --from DB --to DB`: a whole review between a file and a team server, the new ID printed;
one error line, exit 1, and nothing written when it cannot be done."""

import json

import pytest

from facilitator import cli
from facilitator.cli import main


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    monkeypatch.setattr(cli.windows, "error_window", lambda text: None)


def _archive(db, review_id, tmp_path, capsys) -> dict:
    """The review's JSON archive, without what differs between two copies (IDs, when it was made)."""
    out = tmp_path / f"archive-{review_id}-{abs(hash(str(db)))}.json"
    assert main(["--db", str(db), "export", str(review_id), "--format", "json", "--out", str(out)]) == 0
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if key not in ("exported_at", "review_id", "id")}


def test_a_review_goes_to_the_server_and_back_to_another_file_unchanged(tmp_path, server_database, capsys):
    """Prepared in a file, copied to the server and from there to a new file: the new IDs printed, the archive
    (notes, people, timeline...) the same each time."""
    local = tmp_path / "train.sqlite3"
    assert main(["--db", str(local), "new", "--incident", "INC-42", "--title", "Pager storm", "--summary", "Noise"]) == 0
    review_id = int(capsys.readouterr().out)
    assert main(["copy", str(review_id), "--from", str(local), "--to", server_database]) == 0
    captured = capsys.readouterr()
    on_server = int(captured.out)
    assert captured.err == ""
    back = tmp_path / "back.sqlite3"
    assert main(["copy", str(on_server), "--from", server_database, "--to", str(back)]) == 0
    again = int(capsys.readouterr().out.splitlines()[0])
    original = _archive(local, review_id, tmp_path, capsys)
    assert _archive(server_database, on_server, tmp_path, capsys) == original
    assert _archive(back, again, tmp_path, capsys) == original


def test_a_review_that_is_not_there_is_one_error_line_and_no_file_is_made(tmp_path, server_database, capsys):
    target = tmp_path / "never.sqlite3"
    assert main(["copy", "7", "--from", server_database, "--to", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("error: there is no review with ID 7 to copy")
    assert not target.exists()


def test_an_address_with_a_password_is_refused_in_one_line_without_showing_it(tmp_path, postgres_server, capsys):
    url = postgres_server.tcp_url("postgres").replace("@", ":Tr0ub4dor@")
    assert main(["copy", "1", "--from", url, "--to", str(tmp_path / "a.sqlite3")]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and captured.err.startswith("error: the server address postgresql://")
    assert "Tr0ub4dor" not in captured.err
    assert not (tmp_path / "a.sqlite3").exists()


def test_copy_without_its_target_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["copy", "1", "--from", "a.sqlite3"])
    assert stopped.value.code == 2
