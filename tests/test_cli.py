"""The command line, as scripts and people at a terminal use it."""

import datetime as dt
import os
import stat
import subprocess
import sys

import pytest

from facilitator import cli
from facilitator.app.demo import demo_review_id
from facilitator.cli import main
from facilitator.domain.people import Person, Role
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore


@pytest.fixture
def db(tmp_path):
    return tmp_path / "reviews.sqlite3"


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    """Fail instead of opening a window, should a command get that far by mistake; error dialogs are kept in a list."""

    def refuse(store, review_id, **_):
        raise AssertionError(f"the GUI was started for review {review_id}")

    monkeypatch.setattr(cli.windows, "gui", refuse)
    shown: list[str] = []
    monkeypatch.setattr(cli.windows, "error_window", shown.append)
    return shown


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
    open_database(db).close()
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
        "--summary", "Payments failed for an hour.",
        "--impact", "Who: card payers\nHow long: 1 h",
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
        summary="Payments failed for an hour.",
        impact="Who: card payers\nHow long: 1 h",
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
    open_database(db).close()
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


def test_demo_opens_part_way_through_the_timeline_phase(tmp_path):
    """The demo's meeting clock is running in the timeline phase, with three moments already discussed."""
    import datetime as dt

    from facilitator.domain.agenda import Phase
    from facilitator.domain.meeting_clock import read_clock

    database = open_database(tmp_path / "reviews.sqlite3")
    try:
        store = ReviewStore(database)
        review_id = demo_review_id(store)
        reading = read_clock(store.meeting.events(review_id), dt.datetime.now(dt.UTC))
        assert reading.started and reading.running
        assert reading.phase is Phase.TIMELINE
        assert dt.timedelta(minutes=31) <= reading.elapsed <= dt.timedelta(minutes=33)
        moments = [e for e in store.timeline.entries(review_id) if e.marked]
        assert [e.discussed for e in moments[:4]] == [True, True, True, False]
        assert store.current_entry_id(review_id) == moments[3].id
    finally:
        database.close()


TIMELINE_CSV = "time,actor,text\n18:40,Priya,CheckoutLatencyHigh fired\n18:44,Priya,Looking into it\n19:02,Kwame,Scaling up\n"


def _timeline_count(db, review_id: int) -> int:
    database = open_database(db)
    try:
        return ReviewStore(database).timeline.count(review_id)
    finally:
        database.close()


def _review_with_timeline(db, capsys, *extra: str) -> int:
    return _new(db, capsys, "--date", "2026-10-14", "--timezone", "Europe/London", *extra)


def test_import_adds_the_entries_and_says_how_many(db, capsys, tmp_path):
    """`import` stores every entry of the file and prints how many were added."""
    review_id = _review_with_timeline(db, capsys)
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV)
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 0
    assert capsys.readouterr().out == "added 3 entries (0 already there)\n"
    assert _timeline_count(db, review_id) == 3


def test_import_says_what_it_skipped_and_where(db, capsys, tmp_path):
    """Rows left out are counted, grouped by reason, with their line numbers, after what was added."""
    review_id = _review_with_timeline(db, capsys)
    timeline = tmp_path / "timeline.csv"
    timeline.write_text("Checkout outage,,\n" + TIMELINE_CSV + ",,Day two\n19:40,Kwame,\n,Priya,Back\n")
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 0
    assert capsys.readouterr().out == (
        "added 3 entries (0 already there); skipped 1 line (above the column headings): 1;"
        " 2 lines (no time): 6, 8; 1 line (a time with no words): 7\n"
    )
    assert _timeline_count(db, review_id) == 3


def test_importing_the_same_file_again_adds_nothing(db, capsys, tmp_path):
    """Importing a file a second time adds no duplicates and says the entries were already there."""
    review_id = _review_with_timeline(db, capsys)
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV)
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 0
    timeline.write_text(TIMELINE_CSV + "19:30,Priya,Recovered\n")
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 0
    assert capsys.readouterr().out == "added 1 entry (3 already there)\n"
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 0
    assert capsys.readouterr().out == "added 0 entries (4 already there)\n"
    assert _timeline_count(db, review_id) == 4


def test_import_times_are_placed_in_the_reviews_zone_and_day(db, capsys, tmp_path):
    """Clock times in the file are read as the review's own date and time zone."""
    review_id = _review_with_timeline(db, capsys)
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV)
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 0
    database = open_database(db)
    try:
        first = ReviewStore(database).timeline.entries(review_id)[0]
    finally:
        database.close()
    assert first.at == dt.datetime(2026, 10, 14, 17, 40, tzinfo=dt.UTC)


def test_import_of_a_bad_file_is_an_error_and_adds_nothing(db, capsys, tmp_path):
    """A file with one unreadable row fails with one error line naming the file, and none of its rows are kept."""
    review_id = _review_with_timeline(db, capsys)
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV + "soon-ish,Kwame,Rolled back\n")
    assert main(["--db", str(db), "import", str(review_id), str(timeline)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "timeline.csv" in _single_error_line(captured.err)
    assert _timeline_count(db, review_id) == 0


def test_import_of_a_missing_file_is_an_error(db, capsys, tmp_path):
    """A file that is not there fails with one error line naming it."""
    review_id = _review_with_timeline(db, capsys)
    assert main(["--db", str(db), "import", str(review_id), str(tmp_path / "nowhere.csv")]) == 1
    assert "nowhere.csv" in _single_error_line(capsys.readouterr().err)


def test_import_into_a_missing_review_is_an_error(db, capsys, tmp_path):
    """Importing into a review ID that does not exist says so and stores nothing."""
    open_database(db).close()
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV)
    assert main(["--db", str(db), "import", "99", str(timeline)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "error: There is no review with ID 99.\n"
    assert captured.out == ""
    assert _timeline_count(db, 99) == 0


def test_import_reads_the_file_in_the_format_named(db, capsys, tmp_path):
    """--format overrides the guess: a JSON timeline read as CSV fails, and read as json (or auto) succeeds."""
    review_id = _review_with_timeline(db, capsys)
    timeline = tmp_path / "timeline.json"
    timeline.write_text('[{"time": "18:40", "actor": "Priya", "text": "Alert fired"}]')
    assert main(["--db", str(db), "import", str(review_id), str(timeline), "--format", "csv"]) == 1
    _single_error_line(capsys.readouterr().err)
    assert _timeline_count(db, review_id) == 0
    assert main(["--db", str(db), "import", str(review_id), str(timeline), "--format", "json"]) == 0
    assert capsys.readouterr().out == "added 1 entry (0 already there)\n"
    assert main(["--db", str(db), "import", str(review_id), str(timeline), "--format", "auto"]) == 0
    assert capsys.readouterr().out == "added 0 entries (1 already there)\n"


def test_import_with_an_unknown_format_is_a_usage_error(db, capsys, tmp_path):
    """A --format that is not one of the importers is refused as bad usage, listing the ones there are."""
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV)
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "import", "1", str(timeline), "--format", "excel"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--format" in err and "pagerduty" in err
    assert not db.exists()


def _prepared_review(db, capsys, folder=None) -> int:
    """A review with two people and a marked entry that carries a private prep note and a question."""
    review_id = _review_with_timeline(db, capsys, *(["--folder", str(folder)] if folder else []))
    database = open_database(db)
    try:
        store = ReviewStore(database)
        store.add_person(review_id, Person("Priya Raghunathan", Role.RESPONDER, involved=True))
        store.add_person(review_id, Person("Sam Whitcombe", facilitates=True))
        entry = store.timeline.add_one(
            review_id,
            TimelineEntry(
                at=dt.datetime(2026, 10, 14, 18, 33, tzinfo=dt.UTC),
                actor="Priya",
                text="No rollback for now; scaling to 12 pods.",
                moment=MomentKind.DECISION,
                prep_note="PRIVATE prep: Priya seemed stressed here",
            ),
        )
        store.timeline.add_question(entry.id, "What did the rollback plan look like at that point?")
    finally:
        database.close()
    return review_id


def test_preread_goes_to_the_incident_folder_readable_by_the_owner_only(db, capsys, tmp_path):
    """`preread` writes <date>-<ref>-preread.md in the incident folder, mode 0600, and prints where it went."""
    folder = tmp_path / "INC-2417"
    folder.mkdir()
    review_id = _prepared_review(db, capsys, folder)
    assert main(["--db", str(db), "preread", str(review_id)]) == 0
    written = folder / "2026-10-14-INC-2417-preread.md"
    assert capsys.readouterr().out == f"{written.resolve()}\n"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Pre-read: INC-2417 — Checkout errors\n")
    assert "- **19:33** **⚑ Decision point** — Priya: No rollback for now; scaling to 12 pods." in text
    assert "- Priya Raghunathan — responder" in text
    assert "PRIVATE" not in text and "stressed" not in text
    assert "rollback plan" not in text


def test_preread_without_an_incident_folder_goes_to_the_current_folder(db, capsys, tmp_path, monkeypatch):
    """With no incident folder set, the pre-read is written in the current folder."""
    review_id = _prepared_review(db, capsys)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert main(["--db", str(db), "preread", str(review_id)]) == 0
    assert [p.name for p in here.iterdir()] == ["2026-10-14-INC-2417-preread.md"]
    assert capsys.readouterr().out.strip().endswith("2026-10-14-INC-2417-preread.md")


def test_preread_out_names_the_file_or_the_folder(db, capsys, tmp_path):
    """--out FILE writes that file; --out FOLDER writes the default name inside it."""
    review_id = _prepared_review(db, capsys)
    target = tmp_path / "for-attendees.md"
    assert main(["--db", str(db), "preread", str(review_id), "--out", str(target)]) == 0
    assert capsys.readouterr().out == f"{target}\n"
    assert target.read_text(encoding="utf-8").startswith("# Pre-read: INC-2417")
    folder = tmp_path / "shared"
    folder.mkdir()
    assert main(["--db", str(db), "preread", str(review_id), "--out", str(folder)]) == 0
    assert capsys.readouterr().out == f"{folder / '2026-10-14-INC-2417-preread.md'}\n"
    assert stat.S_IMODE((folder / "2026-10-14-INC-2417-preread.md").stat().st_mode) == 0o600


def test_preread_into_a_missing_folder_is_an_error_and_writes_nothing(db, capsys, tmp_path):
    """An --out path whose folder does not exist fails with one error line naming it, and creates nothing."""
    review_id = _prepared_review(db, capsys)
    target = tmp_path / "no-such-folder" / "pre-read.md"
    assert main(["--db", str(db), "preread", str(review_id), "--out", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(target) in _single_error_line(captured.err)
    assert not target.parent.exists()


def test_preread_of_a_missing_review_is_an_error(db, capsys, tmp_path, monkeypatch):
    """`preread` with an ID that does not exist says so and writes no file."""
    open_database(db).close()
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(db), "preread", "99"]) == 1
    assert capsys.readouterr().err == "error: There is no review with ID 99.\n"
    assert not any(p.suffix == ".md" for p in tmp_path.iterdir())


def test_follow_ups_are_written_owner_only_into_the_incident_folder(db, capsys, tmp_path):
    """`follow-ups ID --format json` writes the ranked actions beside the record and prints the file."""
    import json as json_module
    from pathlib import Path

    from facilitator.domain.actions import Action

    folder = tmp_path / "INC-2417"
    folder.mkdir()
    review_id = _new(db, capsys, "--folder", str(folder), "--date", "2026-10-14")
    database = open_database(db)
    try:
        ReviewStore(database).parking.add_action(review_id, Action("Alert on pool saturation", "Priya"))
    finally:
        database.close()
    assert main(["--db", str(db), "follow-ups", str(review_id), "--format", "json"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written == folder / "2026-10-14-INC-2417-follow-ups.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert json_module.loads(written.read_text())["follow_ups"][0]["assignee"] == "Priya"


def test_follow_ups_for_jira_and_github_come_out_in_their_shapes(db, capsys, tmp_path):
    """`--format jira` writes its importer's CSV (no byte-order mark), `--format github` a gh script; each named for its tool."""
    from pathlib import Path

    from facilitator.domain.actions import Action

    review_id = _new(db, capsys, "--date", "2026-10-14")
    database = open_database(db)
    try:
        ReviewStore(database).parking.add_action(review_id, Action("Alert on pool saturation", "Tomasz Wójcik"))
    finally:
        database.close()
    assert main(["--db", str(db), "follow-ups", str(review_id), "--format", "jira", "--out", str(tmp_path)]) == 0
    jira = Path(capsys.readouterr().out.strip())
    assert jira == tmp_path / "2026-10-14-INC-2417-follow-ups-jira.csv"
    assert jira.read_bytes().startswith(b"Summary,Description,Assignee,Priority,Due date,Labels")
    assert "Tomasz Wójcik" in jira.read_text(encoding="utf-8")
    assert main(["--db", str(db), "follow-ups", str(review_id), "--format", "github", "--out", str(tmp_path)]) == 0
    github = Path(capsys.readouterr().out.strip())
    assert github.name.endswith("-follow-ups-github.sh")
    assert "gh issue create \"$@\" --title 'Alert on pool saturation'" in github.read_text(encoding="utf-8")
    assert main(["--db", str(db), "follow-ups", str(review_id), "--out", str(tmp_path)]) == 0
    spreadsheet = Path(capsys.readouterr().out.strip())
    assert spreadsheet.read_bytes().startswith("\ufefftitle,".encode("utf-8"))


def test_demo_has_a_parking_lot_four_actions_and_outside_comments(tmp_path):
    """Every parking category, some items decided, four actions (so the about-three note shows), an anonymous comment."""
    from facilitator.domain.actions import too_many
    from facilitator.domain.parking import ParkCategory

    database = open_database(tmp_path / "reviews.sqlite3")
    try:
        store = ReviewStore(database)
        review_id = demo_review_id(store)
        items = store.parking.items(review_id)
        assert {i.category for i in items} >= {c for c in ParkCategory if c is not ParkCategory.UNSORTED}
        assert any(i.fate for i in items) and any(i.fate is None for i in items)
        actions = store.parking.actions(review_id)
        assert len(actions) == 4 and too_many(actions)
        assert all(a.owner for a in actions)
        comments = store.comments.comments(review_id)
        assert any(c.anonymous for c in comments) and any(not c.anonymous for c in comments)
    finally:
        database.close()


def test_notes_of_a_missing_review_is_an_error(db, capsys):
    """`notes` with an ID that does not exist says so instead of opening a window."""
    open_database(db).close()
    assert main(["--db", str(db), "notes", "99"]) == 1
    captured = capsys.readouterr()
    assert captured.err == "error: There is no review with ID 99.\n"
    assert captured.out == ""


def test_notes_opens_the_note_takers_window_as_a_process_of_its_own(db, capsys, tmp_path):
    """`python -m facilitator --db FILE notes ID` shows the note-taker's window and exits cleanly."""
    review_id = _new(db, capsys, ref="INC-7", title="Queue backlog")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_QUIT_AFTER_FIRST_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--db", str(db), "notes", str(review_id)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_the_demo_has_notes_from_the_meeting_in_progress(tmp_path):
    """The demo's notes have speakers and tags, a dissent and a private note, each under its moment, timed in the meeting."""
    import datetime as dt

    from facilitator.domain.notes import NoteTag

    database = open_database(tmp_path / "reviews.sqlite3")
    try:
        store = ReviewStore(database)
        review_id = demo_review_id(store)
        notes = store.notes.notes(review_id)
        moments = [e.id for e in store.timeline.entries(review_id) if e.marked]
        assert len(notes) >= 8
        assert {n.tag for n in notes} >= {NoteTag.DISSENT, NoteTag.DISCOVERY, NoteTag.KNEW_THEN, NoteTag.OPEN_QUESTION}
        assert sum(n.private for n in notes) == 1
        assert all(n.speaker for n in notes if not n.private)
        assert {n.place.entry_id for n in notes if n.place.entry_id} <= set(moments[:4])
        assert any(n.place.entry_id == moments[3] for n in notes)
        assert all(n.wall < dt.datetime.now(dt.UTC) for n in notes)
        assert [n.meeting_seconds for n in notes] == sorted(n.meeting_seconds for n in notes)
        assert 0 < notes[0].meeting_seconds < notes[-1].meeting_seconds <= 32 * 60
    finally:
        database.close()


@pytest.mark.parametrize(
    "argv",
    [[], ["--demo"], ["--db", "reviews.sqlite3"], ["--db=reviews.sqlite3", "--demo"], ["--db", "list"], ["--demo", "--db", "x.db"]],
)
def test_a_line_of_global_options_reads_as_the_whole_parser_reads_it(argv):
    """Opening the GUI skips building the commands' parsers; what it reads is the same."""
    from facilitator.cli import build_parser, parse

    assert parse(argv) == build_parser().parse_args(argv)


def test_a_line_with_a_command_is_read_by_the_whole_parser():
    from facilitator.cli import parse

    args = parse(["--db", "r.sqlite3", "open", "7"])
    assert (args.command, args.review_id) == ("open", 7)


@pytest.mark.parametrize(
    "command",
    [["list"], ["export", "1"], ["import", "1", "timeline.csv"], ["preread", "1"], ["follow-ups", "1"], ["open", "1"], ["notes", "1"]],
    ids=lambda command: command[0],
)
def test_a_command_that_reads_says_there_is_no_database_and_creates_nothing(tmp_path, capsys, monkeypatch, command, no_gui):
    """A mistyped --db made a folder and an empty database without a word, then said the review was missing:
    a command that needs reviews says there is no database there, and creates nothing."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "timeline.csv").write_text(TIMELINE_CSV)
    missing = tmp_path / "typo" / "reviews.sqlite3"
    assert main(["--db", str(missing), *command]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    line = _single_error_line(captured.err)
    assert "no review database" in line and str(missing) in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.csv"]
    assert no_gui == ([line.removeprefix("error: ")] if command[0] in ("open", "notes") else [])


def test_new_in_a_new_folder_creates_the_database_and_says_where(tmp_path, capsys):
    """A first `new` creates the folders and the database (a first run needs that) and says so once on stderr."""
    path = tmp_path / "new-home" / "reviews.sqlite3"
    assert main(["--db", str(path), "new", "--incident", "INC-1", "--title", "First"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().isdigit()
    assert captured.err == f"note: created a new review database at {path}\n"
    assert main(["--db", str(path), "new", "--incident", "INC-2", "--title", "Second"]) == 0
    assert capsys.readouterr().err == ""
