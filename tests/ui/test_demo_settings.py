"""The throwaway demo keeps its tabs and window sizes out of the user's own settings file."""

import tempfile

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator import cli
from facilitator.demo_folder import PREFIX
from facilitator.ui import settings
from facilitator.ui.review_window import ReviewWindow


def test_the_demo_starts_from_the_users_settings_but_writes_none_of_its_own_into_them(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    settings.set_value("appearance/palette", "dark")
    seen = {}

    def in_the_demo():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWindow) and w.isVisible())
        seen["palette"] = settings.value("appearance/palette")
        seen["file"] = settings.settings().fileName()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        seen["tab"] = settings.value(f"review/{window.review_id}/tab")
        window.close()

    QTimer.singleShot(0, in_the_demo)
    assert cli.main(["--demo"]) == 0

    assert seen["palette"] == "dark"  # the user's own choice came along
    assert seen["file"].startswith(str(tmp_path / PREFIX))
    assert seen["tab"].isdigit()  # the demo did remember its tab, in its own file
    users = settings.settings()
    assert users.fileName() != seen["file"]
    assert [key for key in users.allKeys() if key.startswith(("review/", "geometry/", "state/", "splitter/"))] == []
    assert list(tmp_path.glob(f"{PREFIX}*")) == []
