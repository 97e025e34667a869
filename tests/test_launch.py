"""The `facilitator` command loads with collection paused and always hands collection back."""

import gc
import subprocess
import sys

import pytest

from facilitator import launch


@pytest.fixture(autouse=True)
def collecting_afterwards():
    yield
    gc.unfreeze()
    gc.enable()


def test_a_command_runs_and_collection_is_back_on_afterwards(tmp_path, capsys):
    db = tmp_path / "reviews.sqlite3"
    assert launch.main(["--db", str(db), "new", "--incident", "INC-3", "--title", "Slow search"]) == 0
    assert launch.main(["--db", str(db), "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("\tINC-3\tSlow search")
    assert gc.isenabled()


def test_collection_is_back_on_after_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        launch.main(["--db", str(tmp_path / "r.sqlite3"), "no-such-command"])
    assert exit_.value.code == 2
    assert gc.isenabled()


def test_the_command_line_is_a_console_command_and_the_app_a_gui_launcher():
    """On Windows a GUI script has no console: `facilitator list` would print nothing."""
    from importlib.metadata import entry_points

    console = {e.name: e.value for e in entry_points(group="console_scripts")}
    gui = {e.name: e.value for e in entry_points(group="gui_scripts")}
    assert console.get("facilitator") == "facilitator.launch:main"
    assert gui.get("facilitator-app") == "facilitator.launch:app"
    assert "facilitator" not in gui


def test_the_installed_console_command_prints_its_help():
    import subprocess
    import sys
    from pathlib import Path

    command = Path(sys.executable).parent / ("facilitator.exe" if sys.platform == "win32" else "facilitator")
    shown = subprocess.run([str(command), "--help"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0
    assert shown.stdout.startswith("usage: facilitator")
    assert "follow-ups" in shown.stdout


def test_the_launcher_writes_safely_where_pythonw_gives_no_streams(monkeypatch, tmp_path):
    """A usage message from the desktop launcher on Windows must not crash on sys.stderr being None."""
    from facilitator.storage.database import open_database

    open_database(tmp_path / "r.sqlite3").close()
    monkeypatch.setattr("sys.stdout", None)
    monkeypatch.setattr("sys.stderr", None)
    monkeypatch.setattr("sys.argv", ["facilitator-app", "--db", str(tmp_path / "r.sqlite3"), "list"])
    assert launch.app() == 0


def test_the_version_comes_from_the_installed_metadata(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_:
        launch.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"facilitator {version('facilitator')}\n"


def test_the_version_is_read_when_asked_not_as_the_package_loads():
    """Reading it lists folders on the path: a start-up does not wait for it (make bench)."""
    from importlib.metadata import version

    script = (
        "import facilitator, sys; before = '__version__' in vars(facilitator); "
        "print(before, facilitator.__version__, '__version__' in vars(facilitator))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["False", version("facilitator"), "True"]
