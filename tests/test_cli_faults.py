"""The command line on a database it cannot use: locked, read-only, in a folder it may not write, full or damaged.
Each is one `error:` line, exit 1, nothing written, never a traceback. Run as real processes, without root's
power to ignore permissions."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.storage.database import LOCK_WAIT_ENV, open_database
from facilitator.storage.reviews import ReviewStore

TIMELINE_CSV = "time,actor,text\n18:40,Priya,CheckoutLatencyHigh fired\n18:44,Priya,Looking into it\n"
WITHOUT_ROOT_POWERS = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]


def _cli(*args, unprivileged: bool = False, env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    prefix = []
    if unprivileged and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be made to count")
        prefix = WITHOUT_ROOT_POWERS
    return subprocess.run(
        [*prefix, sys.executable, "-m", "facilitator", *map(str, args)],
        capture_output=True, text=True, timeout=120, cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def _one_error_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert done.stdout == ""
    return lines[0]


def _checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def work(tmp_path):
    """A database with one review (ID 1), its archive, a timeline to import and an empty folder to export into."""
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "reviews.sqlite3"
    assert main(["--db", str(db), "new", "--incident", "INC-1", "--title", "Checkout errors"]) == 0
    archive = tmp_path / "archive.json"
    assert main(["--db", str(db), "export", "1", "--format", "json", "--out", str(archive)]) == 0
    timeline = tmp_path / "timeline.csv"
    timeline.write_text(TIMELINE_CSV)
    out = tmp_path / "out"
    out.mkdir()
    return {"db": db, "archive": archive, "timeline": timeline, "out": out}


def _commands(work) -> dict[str, list]:
    return {
        "list": ["list"],
        "new": ["new", "--incident", "INC-2", "--title", "Second"],
        "import": ["import", 1, work["timeline"]],
        "export": ["export", 1, "--out", work["out"]],
        "archive": ["export", 1, "--format", "json", "--out", work["out"]],
        "preread": ["preread", 1, "--out", work["out"]],
        "follow-ups": ["follow-ups", 1, "--out", work["out"]],
        "restore": ["restore", work["archive"]],
    }


COMMANDS = ["list", "new", "import", "export", "archive", "preread", "follow-ups", "restore"]
WRITING = [c for c in COMMANDS if c != "list"]


def _reviews_and_entries(db: Path) -> tuple[int, int]:
    database = open_database(db)
    try:
        store = ReviewStore(database)
        return len(store.all()), store.timeline.count(1)
    finally:
        database.close()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_database_is_said_and_nothing_is_written(work, command):
    """With the database file read-only, every command says so in one line and writes no file (export wrote the
    record and then failed)."""
    db = work["db"]
    os.chmod(db, 0o400)
    before = _checksum(db)

    line = _one_error_line(_cli("--db", db, *_commands(work)[command], unprivileged=True, cwd=work["out"]))

    assert "read-only" in line and str(db) in line
    assert list(work["out"].iterdir()) == []
    assert _checksum(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["reviews.sqlite3"]


@pytest.mark.parametrize("command", ["list", "export", "new"])
def test_a_database_in_a_folder_that_may_not_be_written_is_said_to_be_so_not_damaged(work, command):
    """SQLite needs to keep its journal beside the file: a folder we may not write in is named as the reason."""
    db = work["db"]
    os.chmod(db.parent, 0o500)
    try:
        line = _one_error_line(_cli("--db", db, *_commands(work)[command], unprivileged=True, cwd=work["out"]))
    finally:
        os.chmod(db.parent, 0o700)
    assert "may not write in the folder" in line and str(db.parent) in line
    assert "damaged" not in line
    assert list(work["out"].iterdir()) == []


def _corrupt_the_reviews_table(db: Path) -> None:
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reviews'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(bytes((i * 37 + 11) % 251 for i in range(page_size)))


@pytest.mark.parametrize("command", ["list", "export", "import", "new", "restore"])
def test_a_damaged_page_is_said_in_one_line(work, command):
    """A database whose reviews table is garbage says it is damaged rather than printing a traceback."""
    _corrupt_the_reviews_table(work["db"])
    line = _one_error_line(_cli("--db", work["db"], *_commands(work)[command], cwd=work["out"]))
    assert "damaged" in line and str(work["db"]) in line
    assert list(work["out"].iterdir()) == []


HOLD_THE_WRITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def holder(work):
    """Another process holding the database's write lock until the test ends."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_WRITE_LOCK, str(work["db"])], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        process.communicate("\n", timeout=60)


@pytest.mark.parametrize("command", WRITING)
def test_a_lock_held_too_long_names_the_process_that_holds_it(work, holder, command):
    """A write that cannot get the lock within the wait says which process holds the file, and writes nothing."""
    line = _one_error_line(_cli("--db", work["db"], *_commands(work)[command], env={LOCK_WAIT_ENV: "0.3"}, cwd=work["out"]))
    assert f"process {holder.pid} (" in line and "HOLD_THE_WRITE_LOCK" not in line
    assert "python" in line
    assert list(work["out"].iterdir()) == []


def test_reading_is_not_held_up_by_a_write_lock(work, holder):
    """`list` reads while another process writes, as the write-ahead log allows."""
    done = _cli("--db", work["db"], "list", env={LOCK_WAIT_ENV: "0.3"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1\tINC-1\t")


def test_nothing_is_stored_by_writes_refused_under_a_lock(work, holder):
    """After the refused writes, the database still holds one review and no timeline."""
    for command in ("new", "import", "restore"):
        _one_error_line(_cli("--db", work["db"], *_commands(work)[command], env={LOCK_WAIT_ENV: "0.3"}))
    holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    assert _reviews_and_entries(work["db"]) == (1, 0)


@pytest.fixture
def small_disk(tmp_path):
    """A 512 KiB file system of its own (a tmpfs, which root may mount), taken away after the test."""
    disk = tmp_path / "small"
    disk.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {mounted.stderr!r}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=True)


def _fill(disk: Path) -> None:
    handle = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(handle, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(handle)


@pytest.mark.parametrize("command", ["new", "import"])
def test_a_full_disk_is_said_in_one_line_and_leaves_no_log_behind(tmp_path, small_disk, command):
    """With no room left, the command says so, stores nothing and leaves no write-ahead log beside the database."""
    db = small_disk / "reviews.sqlite3"
    assert main(["--db", str(db), "new", "--incident", "INC-1", "--title", "Checkout errors"]) == 0
    timeline = tmp_path / "timeline.csv"
    timeline.write_text("time,actor,text\n" + "".join(f"{h:02d}:{m:02d},Priya,{'x' * 400} {h}{m}\n" for h in range(24) for m in range(60)))
    _fill(small_disk)
    args = ["import", 1, timeline] if command == "import" else ["new", "--incident", "INC-2", "--title", "Second"]

    line = _one_error_line(_cli("--db", db, *args))

    assert "no room" in line and str(db) in line
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "reviews.sqlite3"]
    (small_disk / "filler").unlink()
    assert _reviews_and_entries(db) == (1, 0)


KILLED_WHILE_WRITING = """
import os, signal, sys
from facilitator.export import files
files.os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
from facilitator.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("command", ["archive", "export", "preread", "follow-ups"])
def test_what_a_kill_during_an_export_leaves_is_removed_at_the_next_start(work, command):
    """Killed just before its file is renamed into place, an export leaves only a hidden temporary file; the next
    command removes it (a 128 MB partial archive stayed for good)."""
    args = ["--db", work["db"], *_commands(work)[command]]
    killed = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, *map(str, args)], capture_output=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    left = os.listdir(work["out"])
    assert len(left) == 1 and left[0].startswith(".") and left[0].endswith(".tmp"), left

    done = _cli("--db", work["db"], "list")

    assert done.returncode == 0, done.stderr
    assert os.listdir(work["out"]) == []


def test_an_export_the_database_cannot_remember_is_taken_away_again(work, monkeypatch, capsys):
    """A lock taken by another process while the record was being written (here: remembering it fails) ends in
    one error line and no new file, not a record written despite the error."""
    from facilitator.storage.record_exports import RecordExports

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(RecordExports, "remember", locked)
    assert main(["--db", str(work["db"]), "export", "1", "--out", str(work["out"])]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1 and "in use by" in captured.err
    assert list(work["out"].iterdir()) == []


def test_a_long_command_line_holding_the_lock_does_not_cut_off_what_to_do(work):
    """The holder's command line (here a long script) is named last, so the one error line, however it is cut,
    still says that nothing was changed and to try again (the advice was cut off by the command line)."""
    script = HOLD_THE_WRITE_LOCK + "# " + "a long comment in the holder's command line " * 20 + "\n"
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(work["db"])], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "held"
        line = _one_error_line(_cli("--db", work["db"], "new", "--incident", "INC-2", "--title", "Second",
                                    env={LOCK_WAIT_ENV: "0.3"}))
    finally:
        process.communicate("\n", timeout=60)
    assert "nothing was changed, try again when it is done" in line
    assert f"process {process.pid}" in line
