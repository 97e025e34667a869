"""An error in the running app: the typing is kept, a report lands in the log folder, and a dialog says where."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from facilitator.ui.common.crash import CrashHandler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notes_helpers import meeting_in_timeline, open_notes


@pytest.fixture
def crash_handler(tmp_path):
    handler = CrashHandler(folder=tmp_path / "log").install()
    yield handler
    handler.uninstall()
    for box in list(handler.dialogs):
        assert box.close()  # Esc or the close button dismisses it: it must not refuse


def _crash_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_keeps_the_draft_writes_a_report_and_says_where(
        qtbot, windows, store, review, timeline, crash_handler, tmp_path):
    meeting_in_timeline(store, review, timeline[1])
    window = open_notes(qtbot, windows, review)
    qtbot.keyClicks(window.input, "The rollback took four minutes")
    assert store.notes.draft(review.id) == ""  # typed, not yet saved: the pause has not come

    def broken_slot():
        raise RuntimeError("Ada's private words about the rollback")

    button = QPushButton("Something that breaks", window)
    button.clicked.connect(broken_slot)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(_crash_boxes()) == 1)
    assert store.notes.draft(review.id) == "The rollback took four minutes"
    (report,) = (tmp_path / "log").glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "broken_slot" in text and "RuntimeError" in text
    assert oct(report.stat().st_mode & 0o777) == "0o600"
    (box,) = _crash_boxes()
    assert str(report) in box.informativeText()
    assert window.isVisible()  # the app goes on


@pytest.mark.qt_no_exception_capture
def test_an_error_on_another_thread_reaches_the_dialog_on_the_gui_thread(qtbot, qapp, crash_handler, tmp_path):
    import threading

    def work():
        raise ValueError("on a worker")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(crash_handler.reports) == 1 and len(_crash_boxes()) == 1)
    assert "ValueError: on a worker" in crash_handler.reports[0].read_text(encoding="utf-8")


def test_the_log_says_where_an_error_happened_but_never_its_words(tmp_path):
    from facilitator import app_log

    log_file = app_log.start_log(tmp_path / "log")
    try:
        try:
            raise KeyError("INC-100 Harbour & Lane checkout")
        except KeyError:
            report = app_log.write_crash_report(*sys.exc_info(), folder=tmp_path / "log")
        for handler in app_log.log.handlers:
            handler.flush()
        logged = log_file.read_text(encoding="utf-8")
        assert "error KeyError at test_crash.py" in logged and report.name in logged
        assert "Harbour" not in logged
        assert "Harbour & Lane" in report.read_text(encoding="utf-8")
    finally:
        app_log.stop_log()


def test_the_log_rotates_into_a_few_owner_only_files(tmp_path):
    from facilitator import app_log

    log_file = app_log.start_log(tmp_path / "log")
    try:
        (handler,) = [h for h in app_log.log.handlers if isinstance(h, app_log.PrivateRotatingFileHandler)]
        assert (handler.maxBytes, handler.backupCount) == (1_000_000, 3)
        handler.maxBytes = 300  # small, so a few lines rotate it
        for number in range(40):
            app_log.log.info("start-up line %d", number)
        files = sorted(log_file.parent.glob("facilitator.log*"))
        assert [f.name for f in files] == ["facilitator.log", "facilitator.log.1", "facilitator.log.2", "facilitator.log.3"]
        assert {oct(f.stat().st_mode & 0o777) for f in files} == {"0o600"}
        assert oct(log_file.parent.stat().st_mode & 0o777) == "0o700"
    finally:
        app_log.stop_log()



@pytest.mark.qt_no_exception_capture
def test_a_team_server_gone_mid_action_shows_no_crash_dialog(qtbot, windows, crash_handler, tmp_path):
    """An action that needed the server while it is unreachable: no dialog, no report, the windows say offline."""
    from facilitator.storage.errors import ServerLost

    library = windows.show_library()

    def needs_the_server():
        raise ServerLost("the database server at postgresql://db/reviews cannot be reached now")

    button = QPushButton("Needs the server", library)
    button.clicked.connect(needs_the_server)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _crash_boxes() == []
    assert not list((tmp_path / "log").glob("crash-*.txt"))
