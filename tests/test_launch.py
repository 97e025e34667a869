"""The `facilitator` command loads with collection paused and always hands collection back."""

import gc

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
