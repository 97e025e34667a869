"""The throwaway demo keeps its tabs and window sizes out of the user's own settings file."""

import tempfile

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator import cli
from facilitator.demo_folder import PREFIX
from facilitator.ui import settings
from facilitator.ui.review_window import ReviewWindow

GIVE_UP_TRIES = 600
"""Ticks of 50 ms to wait for the demo's window (a slow machine), then end the demo and fail."""


def test_the_demo_starts_from_the_users_settings_but_writes_none_of_its_own_into_them(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    settings.set_value("appearance/palette", "dark")
    seen = {}

    def in_the_demo():
        """Once the demo's window is up: look around, change its tab, close it; then end the demo's event loop."""
        tries.append(1)
        demo = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ReviewWindow) and w.isVisible() and str(w.store.path).startswith(str(tmp_path))]
        if demo and "tab" not in seen:
            window = demo[0]
            seen["palette"] = settings.value("appearance/palette")
            seen["file"] = settings.settings().fileName()
            qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
            seen["tab"] = settings.value(f"review/{window.review_id}/tab")
            window.close()
        if "tab" in seen or len(tries) > GIVE_UP_TRIES:
            QApplication.exit(0)  # again on each tick until the loop runs (an exit before exec() is lost); exit(), as quit() waits on every window

    tries = []
    ticker = QTimer(interval=50)
    ticker.timeout.connect(in_the_demo)
    ticker.start()
    try:
        assert cli.main(["--demo"]) == 0
    finally:
        ticker.stop()

    assert seen["palette"] == "dark"  # the user's own choice came along
    assert seen["file"].startswith(str(tmp_path / PREFIX))
    assert seen["tab"].isdigit()  # the demo did remember its tab, in its own file
    users = settings.settings()
    assert users.fileName() != seen["file"]
    assert [key for key in users.allKeys() if key.startswith(("review/", "geometry/", "state/", "splitter/"))] == []
    assert list(tmp_path.glob(f"{PREFIX}*")) == []
