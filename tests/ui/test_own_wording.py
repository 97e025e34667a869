"""The windows and a team's own wording: a notice of its mistakes at start-up, and the language the user asked for."""

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import collector, content
from facilitator.content import forget_texts, texts, use_language
from facilitator.ui.app import run
from facilitator.ui.common import keymap, settings
from facilitator.ui.common.own_wording import LANGUAGE_SETTING, notice_problems, use_users_language
from facilitator.ui.common.qt_language import speak_qt


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    forget_texts()
    yield
    use_language("en")
    speak_qt("en")
    forget_texts()
    gc.unfreeze()
    gc.enable()


def own(name: str, toml: str) -> None:
    folder = content.own_wording_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.toml").write_text(toml, encoding="utf-8")


def test_the_library_opens_with_a_notice_of_each_mistake_that_blocks_nothing(qapp, store):
    own("meeting", '[timer]\nphase_over = "{phse} is over."\n[phases]\nopening = "Welcome"\n')
    seen = {}

    def look_then_close():
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["boxes"] = [(w.windowTitle(), w.informativeText(), w.windowModality()) for w in shown if isinstance(w, QMessageBox)]
        seen["library"] = [w.windowTitle() for w in shown if not isinstance(w, QMessageBox)]
        for window in QApplication.topLevelWidgets():
            window.close()

    collector.pause()
    QTimer.singleShot(300, look_then_close)
    assert run(store, None) == 0
    [(title, text, modality)] = seen["boxes"]
    assert title == "Your own wording" and modality == Qt.WindowModality.NonModal
    assert "meeting.toml" in text and "“timer.phase_over”" in text and "{phse}" in text
    assert seen["library"] == ["Reviews — Facilitator"]
    assert texts("meeting")["phases"]["opening"] == "Welcome"


def test_no_notice_when_the_wording_is_fine(qtbot):
    window = QMessageBox()
    qtbot.addWidget(window)
    assert notice_problems(window) is None
    own("meeting", '[phases]\nopening = "Welcome"\n')
    assert notice_problems(window) is None


def test_the_language_setting_is_followed_unless_the_variable_says_otherwise(qapp, monkeypatch):
    monkeypatch.delenv("FACILITATOR_LANGUAGE")
    settings.set_value(LANGUAGE_SETTING, "de_CH")
    use_users_language()
    assert content.language() == "de_CH"
    assert keymap.shown("private_note") == "Strg+Umschalt+H"  # Qt's own words follow: de_CH finds its German
    monkeypatch.setenv("FACILITATOR_LANGUAGE", "fr")
    use_users_language()
    assert content.language() == "fr"
    monkeypatch.setenv("FACILITATOR_LANGUAGE", "en")
    use_users_language()
    assert keymap.shown("private_note") == "Ctrl+Shift+H"


def test_the_command_line_reads_the_language_setting_the_windows_keep(qapp, monkeypatch):
    from facilitator.text_language import chosen_language

    monkeypatch.delenv("FACILITATOR_LANGUAGE")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    kept_in = Path(settings.settings().fileName())  # Qt's choice: <config>/facilitator/facilitator.ini
    monkeypatch.setenv("XDG_CONFIG_HOME", str(kept_in.parent.parent))
    assert chosen_language() == "en_GB"
    settings.set_value(LANGUAGE_SETTING, "de")
    settings.settings().sync()
    assert chosen_language() == "de"


def test_a_long_list_of_mistakes_keeps_the_rest_under_its_details(qtbot):
    window = QMessageBox()
    qtbot.addWidget(window)
    own("meeting", "[timer]\n" + "".join(f'mistake_{n} = "x"\n' for n in range(7)))
    box = notice_problems(window)
    assert box.informativeText().count("“timer.mistake_") == 5 and "… and 2 more" in box.informativeText()
    assert box.detailedText().count("“timer.mistake_") == 7 and "“timer.mistake_6”" in box.detailedText()
    box.close()
