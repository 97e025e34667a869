"""The library's "Connect to a team server…" and "Use this computer only": an address is tried before it is kept,
one with a password is refused (and never kept), and the app reopens on the database chosen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator import cli
from facilitator.storage.paths import default_db_path
from facilitator.ui.common import settings
from facilitator.ui.library import chosen_server, team_server


@pytest.fixture
def reopened(monkeypatch):
    """Where the app would reopen, instead of starting it again."""
    calls = []
    monkeypatch.setattr(team_server, "reopen_app", calls.append)
    return calls


def _run_dialog(qtbot, library, steps):
    """Trigger the menu entry; steps(dialog) drives the dialog once it is shown."""
    from PySide6.QtCore import QTimer

    done = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, team_server.ServerDialog) and not done:
            done.append(dialog)
            steps(dialog)

    timer = QTimer(interval=20)
    timer.timeout.connect(drive)
    timer.start()
    try:
        library.server_actions[0].trigger()
    finally:
        timer.stop()
    return done[0]


def test_an_address_with_a_password_is_refused_and_never_kept(qtbot, windows, reopened):
    """Typing an address with a password and Connect: the dialog says to use PGPASSWORD or ~/.pgpass, takes the
    password out of the field, keeps nothing, reopens nothing."""
    library = windows.show_library()
    qtbot.waitExposed(library)
    seen = {}

    def steps(dialog):
        dialog.url.setText("postgresql://ada:S3cret@db.example.org/reviews")
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
        seen["problem"] = dialog.problem.text()
        seen["field"] = dialog.url.text()
        dialog.reject()

    _run_dialog(qtbot, library, steps)
    assert "PGPASSWORD" in seen["problem"] and "~/.pgpass" in seen["problem"]
    assert "S3cret" not in seen["field"] and seen["field"] == "postgresql://ada@db.example.org/reviews"
    assert "S3cret" not in str(settings.value(chosen_server.SERVER_KEY))
    assert chosen_server.remembered_server() == ""
    assert reopened == []


def test_a_reachable_server_is_remembered_and_the_app_reopens_on_it(qtbot, windows, reopened, server_database):
    """Connect with the test server's address: tried, remembered in the settings, the app reopens on it; the
    windows' next start (no --db, no FACILITATOR_DB) opens it."""
    library = windows.show_library()
    qtbot.waitExposed(library)

    def steps(dialog):
        dialog.url.setText(server_database)
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)

    dialog = _run_dialog(qtbot, library, steps)
    assert dialog.chosen == server_database
    assert reopened == [server_database]
    assert chosen_server.remembered_server() == server_database
    assert chosen_server.database_for_windows(None) == server_database


def test_an_unreachable_server_is_said_in_the_dialog_and_not_kept(qtbot, windows, reopened):
    library = windows.show_library()
    qtbot.waitExposed(library)
    seen = {}

    def steps(dialog):
        dialog.url.setText("postgresql://nobody@127.0.0.1:1/reviews")
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.problem.text().startswith("Could not connect: "), timeout=15_000)
        seen["problem"] = dialog.problem.text()
        dialog.reject()

    _run_dialog(qtbot, library, steps)
    assert "cannot reach the database server" in seen["problem"]
    assert chosen_server.remembered_server() == "" and reopened == []


def test_use_this_computer_only_forgets_the_server_and_reopens_on_the_file(qtbot, reopened, server_database):
    """On a server, "Use this computer only" is offered; it forgets the server and reopens on the local file."""
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore
    from facilitator.ui.app import application
    from facilitator.ui.windows import Windows

    chosen_server.remember_server(server_database)
    application()
    store = ReviewStore(open_database(server_database))
    windows = Windows(store)
    try:
        library = windows.show_library()
        qtbot.waitExposed(library)
        _to_server, to_local = library.server_actions
        assert to_local.isEnabled()
        to_local.trigger()
        assert reopened == [default_db_path()]
        assert chosen_server.remembered_server() == ""
    finally:
        windows.library.close()
        windows.events.stop()
        store.db.close()


def test_on_this_computers_file_there_is_nothing_to_go_back_to(qtbot, windows):
    library = windows.show_library()
    qtbot.waitExposed(library)
    assert not library.server_actions[1].isEnabled()


def test_the_environment_still_wins_over_the_remembered_server(monkeypatch, tmp_path):
    chosen_server.remember_server("postgresql://ada@db.example.org/reviews")
    assert chosen_server.database_for_windows(None) == "postgresql://ada@db.example.org/reviews"
    assert chosen_server.database_for_windows(tmp_path / "given.sqlite3") == tmp_path / "given.sqlite3"
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "env.sqlite3"))
    assert chosen_server.database_for_windows(None) is None


def test_the_library_opens_on_the_remembered_server(monkeypatch, server_database):
    """`facilitator` with no --db: the library's window gets a store on the server chosen last time."""
    chosen_server.remember_server(server_database)
    opened = []
    monkeypatch.setattr(cli.windows, "gui", lambda store, review_id, **_: opened.append(store.db.dialect) or 0)
    assert cli.main([]) == 0
    assert opened == ["postgresql"]
