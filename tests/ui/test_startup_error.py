"""A window that cannot start says why in a dialog, not only on a terminal nobody may be looking at."""

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import cli
from facilitator.storage.database import open_database


def _newer(path) -> None:
    db = open_database(path)
    db.insert("_sqlite_migrations", {"migration_set": "facilitator", "name": "9999_from_the_future", "applied_at": "2099-01-01"})
    db.close()


def _damaged(path) -> None:
    open_database(path).close()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reviews'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def _answer_the_dialog(seen: list[str]) -> None:
    """Read the message box once it is up, and press OK as a user would."""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    if not boxes:
        QTimer.singleShot(20, lambda: _answer_the_dialog(seen))
        return
    seen.append(boxes[0].text())
    boxes[0].button(QMessageBox.StandardButton.Ok).click()


@pytest.mark.parametrize(
    ("make", "command", "said"),
    [(_newer, [], "newer version"), (_newer, ["open", "1"], "newer version"), (_damaged, ["notes", "1"], "damaged")],
    ids=["library on a newer database", "review window on a newer database", "note-taker on a damaged one"],
)
def test_a_window_that_cannot_start_shows_why_in_a_dialog(qapp, tmp_path, capsys, make, command, said):
    """Starting the library or a review's window on a database it cannot use shows the error sentence in a
    dialog, as well as on stderr, and exits 1 once the user has read it."""
    path = tmp_path / "reviews.sqlite3"
    make(path)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_the_dialog(seen))

    assert cli.main(["--db", str(path), *command]) == 1

    error = capsys.readouterr().err
    assert said in error and error.startswith("error: ")
    assert len(seen) == 1 and said in seen[0] and str(path) in seen[0]
    assert seen[0] == error.strip().removeprefix("error: ")
