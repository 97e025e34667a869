"""The demo's first window is painted before the modules it does not need are imported (start-up speed: make bench)."""

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOT_BEFORE_FIRST_PAINT = (
    "importlib.metadata",  # the version is read from our dist-info; the licence only when About opens
    "secrets",  # a temporary file's random name: only when a file is written
    "subprocess",  # icacls, on Windows, when a file is made private
    "logging.handlers",  # the log's rotating file: the log starts once the window has painted
    "platform",  # the log's first line names the platform
    "markdown",
    "nh3",
    "sqlite_utils",
    "facilitator.export",
    "facilitator.review_files",
    "facilitator.ui.prep.setup_panel",
    "facilitator.ui.prep.timeline_panel",
    "facilitator.ui.prep.comments_panel",
    "facilitator.ui.common.about_dialog",  # Help → About: its dialog only when it opens
    "facilitator.ui.common.keys_help",  # Help → Keys (F1)
    "facilitator.ui.meeting.presenter",  # the screens' set-up: only when a window for you only opens
    "facilitator.ui.meeting.screen_plan",
    "facilitator.storage.server",  # a team server's modules: only when the database is on one
    "facilitator.storage.server_offline",
    "facilitator.storage.dialect",
    "facilitator.app.server_link",
    "facilitator.ui.common.server_watch",
)


def imported_before_first_paint(tmp_path, *args: str) -> list[str]:
    """Every module `python -X importtime -m facilitator ARGS` (--demo unless told) imported before its window's first
    paint."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_QUIT_AFTER_FIRST_PAINT": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "facilitator", *(args or ("--demo",))],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, painted, _after = done.stderr.partition("\nfirst-paint ")
    assert painted, "the window never reported its first paint"
    return re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", before, re.MULTILINE)


def test_the_first_window_paints_before_what_it_does_not_need_is_imported(tmp_path):
    modules = imported_before_first_paint(tmp_path)
    assert "facilitator.ui.review_window" in modules  # the window itself was built, so the list is the real one
    early = [m for m in modules if any(m == name or m.startswith(f"{name}.") for name in NOT_BEFORE_FIRST_PAINT)]
    assert early == []


def test_a_review_that_exists_opens_without_the_librarys_server_dialog(tmp_path):
    """`facilitator open` asks which team server the library chose, not for the dialog that chooses one."""
    kept = str(tmp_path / "reviews.sqlite3")
    imported_before_first_paint(tmp_path, "--db", kept, "--demo")  # the demo review, kept in a file
    modules = imported_before_first_paint(tmp_path, "--db", kept, "open", "1")
    assert "facilitator.ui.review_window" in modules and "facilitator.ui.library.chosen_server" in modules
    early = [m for m in modules if any(m == name or m.startswith(f"{name}.") for name in NOT_BEFORE_FIRST_PAINT)]
    assert early == [] and "facilitator.ui.library.team_server" not in modules


def test_the_log_still_says_when_the_app_started_and_stopped(tmp_path):
    """The log file is opened after the first paint now, with the same lines as before."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_QUIT_AFTER_FIRST_PAINT": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run([sys.executable, "-m", "facilitator", "--demo"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    (log_file,) = (tmp_path / "state").rglob("facilitator.log")
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert " INFO facilitator: facilitator " in lines[0] and " started (review) on Python " in lines[0]
    assert lines[1].endswith(" INFO facilitator: stopped")
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"
