"""The command line as an outside attacker drives it: --out pointed at what an export must never replace.

Run as real processes, as a user would, each checked for one `error:` line, exit 1 and nothing replaced."""

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from facilitator.cli import main

WAYS_OUT = {
    "record": ["export"],
    "archive": ["export", "--format", "json"],
    "pre-read": ["preread"],
    "follow-ups": ["follow-ups"],
    "follow-ups json": ["follow-ups", "--format", "json"],
}


def _cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *map(str, args)],
        capture_output=True, text=True, timeout=120, cwd=cwd, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _refused(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert done.stdout == ""
    return lines[0]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "reviews.sqlite3"
    assert main(["--db", str(path), "new", "--incident", "INC-1", "--title", "Checkout errors"]) == 0
    return path


REPLACING = ["pre-read", "follow-ups", "follow-ups json"]
"""The ways out that replace the file at --out; the record and the archive keep a file changed since their last
export and write beside it instead (as test_review_files shows), which leaves these files as they were too."""


def _refused_or_beside(done: subprocess.CompletedProcess, way: str) -> None:
    if way in REPLACING:
        _refused(done)
    else:
        assert done.returncode == 0 and "was left alone" in done.stderr, done.stderr


@pytest.mark.parametrize("way", WAYS_OUT)
def test_an_export_never_replaces_the_review_database_itself(db, way):
    """`--out` naming the database (a slip of the tab key) is refused and every review is still there (the
    pre-read and the follow-ups replaced the database with Markdown or CSV: all reviews were lost)."""
    done = _cli("--db", db, *WAYS_OUT[way], "--out", db, 1)
    _refused_or_beside(done, way)
    if way in REPLACING:
        assert "database" in done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (1,)
    assert _cli("--db", db, "list").stdout.startswith("1\tINC-1\t")


@pytest.mark.parametrize("way", REPLACING)
def test_an_export_never_replaces_another_programs_database_or_its_logs(db, tmp_path, way):
    """Another program's database, a write-ahead log copied aside and a database's shared-memory file are left."""
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE kept (x)")
    wal = tmp_path / "saved-log"
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    shm = tmp_path / "other.sqlite-shm"
    shm.write_bytes(bytes(64))
    for target in (other, wal, shm):
        before = target.read_bytes()
        _refused(_cli("--db", db, *WAYS_OUT[way], "--out", target, 1))
        assert target.read_bytes() == before


def _special_files(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    yield fifo, stat.S_ISFIFO
    if os.geteuid() == 0:  # root may make a device node, and old code replaced /dev/null itself this way
        device = tmp_path / "null"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        yield device, stat.S_ISCHR


@pytest.mark.parametrize("way", WAYS_OUT)
def test_an_export_to_a_device_or_a_pipe_is_refused_and_leaves_it_as_it_was(db, tmp_path, way):
    """A pipe or device as `--out` is said in one line and stays what it was (it was swapped for a regular file:
    as root, `--out /dev/null` turned the system's /dev/null into a file of Markdown)."""
    for special, kind in _special_files(tmp_path):
        done = _cli("--db", db, *WAYS_OUT[way], "--out", special, 1)
        _refused_or_beside(done, way)
        assert way not in REPLACING or "device, pipe or socket" in done.stderr
        assert kind(os.lstat(special).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


_A_YEAR_AHEAD = (dt.date.today() + dt.timedelta(days=400)).isoformat()


@pytest.mark.parametrize("date", ["0001-01-01", "1969-12-31", "1989-12-31", _A_YEAR_AHEAD, "3000-01-01", "9999-12-31"])
def test_an_incident_date_no_one_can_mean_is_bad_usage(tmp_path, date):
    """`new --date` takes an incident date as the set-up form does (1990 to a year after today): a review made on
    year 1 refused every later import of bare clock times ("in the year 1, which cannot be right")."""
    db = tmp_path / "reviews.sqlite3"
    done = _cli("--db", db, "new", "--incident", "INC-1", "--title", "t", "--date", date)
    assert done.returncode == 2 and f"error: argument --date: The incident date {date} cannot be right" in done.stderr
    assert "from 1990-01-01 to" in done.stderr
    assert "Traceback" not in done.stderr and not db.exists()


def test_an_incident_date_from_1990_is_taken(tmp_path):
    done = _cli("--db", tmp_path / "reviews.sqlite3", "new", "--incident", "INC-1", "--title", "t", "--date", "1990-01-01")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("way", WAYS_OUT)
def test_an_export_refused_for_its_place_changes_nothing_in_the_database(db, tmp_path, way):
    """A folder that is not there (and, for the pre-read and follow-ups, a pipe) is refused before the database
    notes the folder: exit 1 and the database as it was (the folder was remembered, then the export failed)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    targets = [tmp_path / "not-there" / "out.md"] + ([fifo] if way in REPLACING else [])
    for target in targets:
        with sqlite3.connect(db) as conn:
            before = conn.execute("SELECT count(*) FROM export_folders").fetchone()
        _refused(_cli("--db", db, *WAYS_OUT[way], "--out", target, 1))
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM export_folders").fetchone() == before
