"""--demo leaves nothing behind: its folder goes at exit, or as the next demo run ends when it was killed; its settings stay apart."""

import os
import signal
import subprocess
import sys
import tempfile

import pytest

from facilitator.demo_folder import MARKER, PREFIX, process_running, remove_stale_demo_folders

START_S = 60
"""Time allowed for a child to import Qt and set up the demo; not a bound under test."""


def _demo_folders(root):
    return sorted(root.glob(f"{PREFIX}*"))


def _environment(tmp_path, **extra):
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("FACILITATOR_QUIT_AFTER_FIRST_PAINT", None)
    env.update(extra)
    return env


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; on Windows TerminateProcess plays the same part")
def test_a_killed_demo_leaves_its_folder_and_the_next_run_removes_it(qtbot, tmp_path):
    someone_running = tmp_path / f"{PREFIX}still-running"
    someone_running.mkdir()
    (someone_running / MARKER).write_text(str(os.getpid()))  # this test's own process: alive

    demo = subprocess.Popen([sys.executable, "-m", "facilitator", "--demo"], env=_environment(tmp_path),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: any((f / "demo.sqlite3").exists() for f in _demo_folders(tmp_path) if f != someone_running),
                        timeout=START_S * 1000)
    finally:
        demo.send_signal(signal.SIGKILL)
        demo.wait(START_S)
    left = [f for f in _demo_folders(tmp_path) if f != someone_running]
    assert len(left) == 1 and (left[0] / MARKER).read_text() == str(demo.pid)

    again = subprocess.run([sys.executable, "-m", "facilitator", "--demo"], capture_output=True, text=True,
                           env=_environment(tmp_path, FACILITATOR_QUIT_AFTER_FIRST_PAINT="1"), timeout=START_S)
    assert again.returncode == 0, again.stderr
    assert _demo_folders(tmp_path) == [someone_running]  # the killed one and its own are gone; a live one is left


def test_a_folder_without_a_marker_is_not_ours_to_remove(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    unknown = tmp_path / f"{PREFIX}abc"
    unknown.mkdir()
    assert remove_stale_demo_folders() == []
    assert unknown.is_dir()


def test_a_process_that_ended_is_not_running():
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    assert ended.wait(START_S) == 0
    assert not process_running(ended.pid)
    assert process_running(os.getpid())


def test_the_demo_writes_none_of_its_tabs_or_sizes_into_the_users_settings(tmp_path):
    """The demo opens, paints and quits; the user's settings file is as it was (the old demo wrote its tab and sizes there)."""
    import configparser

    config = tmp_path / "config"
    users = config / "facilitator" / "facilitator.ini"
    users.parent.mkdir(parents=True)
    users.write_text("[appearance]\npalette=dark\n", encoding="utf-8")
    env = _environment(tmp_path, XDG_CONFIG_HOME=str(config), FACILITATOR_QUIT_AFTER_FIRST_PAINT="1")
    ran = subprocess.run([sys.executable, "-m", "facilitator", "--demo"], capture_output=True, text=True, env=env,
                         timeout=START_S)
    assert ran.returncode == 0, ran.stderr
    assert "first-paint" in ran.stderr
    kept = configparser.ConfigParser(interpolation=None)
    kept.read(users, encoding="utf-8")
    assert kept.sections() == ["appearance"] and kept["appearance"]["palette"] == "dark"
    assert _demo_folders(tmp_path) == []
