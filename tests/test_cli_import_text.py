"""`import` of text timelines: a zone abbreviation the review cannot settle is one error line saying how to answer."""

import pytest

from facilitator import cli
from facilitator.cli import main
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    def refuse(store, review_id):
        raise AssertionError(f"the GUI was started for review {review_id}")

    monkeypatch.setattr(cli.windows, "gui", refuse)


def _review(db, capsys, zone: str) -> int:
    argv = ["--db", str(db), "new", "--incident", "INC-7", "--title", "Login", "--date", "2026-10-14", "--timezone", zone]
    assert main(argv) == 0
    return int(capsys.readouterr().out)


def _count(db, review_id: int) -> int:
    database = open_database(db)
    try:
        return ReviewStore(database).timeline.count(review_id)
    finally:
        database.close()


def test_an_abbreviation_with_several_meanings_is_one_error_line_and_nothing_is_added(tmp_path, capsys):
    """'18:05 CST' in a UTC review: exit 1, one line naming CST and how to say which zone, no entries."""
    db = tmp_path / "reviews.sqlite3"
    review_id = _review(db, capsys, "UTC")
    timeline = tmp_path / "timeline.md"
    timeline.write_text("## Timeline\n\n- 18:00 UTC alert\n- 18:05 CST Chicago office joins\n", encoding="utf-8")
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith('error: timeline.md: line 4: "CST" names several time zones (America/Chicago, Asia/Shanghai)')
    assert "--timezone" in err and "offset" in err
    assert _count(db, review_id) == 0


def test_the_same_file_imports_in_a_review_whose_zone_settles_it(tmp_path, capsys):
    """In a Chicago review CST is Central Standard Time, and both entries are added."""
    db = tmp_path / "reviews.sqlite3"
    review_id = _review(db, capsys, "America/Chicago")
    timeline = tmp_path / "timeline.md"
    timeline.write_text("## Timeline\n\n- 18:00 UTC alert\n- 18:05 CST Chicago office joins\n", encoding="utf-8")
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 0
    assert _count(db, review_id) == 2
