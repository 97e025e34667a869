"""The windows' side of a team's own wording: the language the user asked for, and a notice of any mistakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from ...content import language, own_wording_problems, texts, use_language
from ...text_language import chosen_language
from . import settings
from .qt_language import speak_qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

LANGUAGE_SETTING = "appearance/language"
SHOWN = 5  # mistakes listed in the notice itself; every one under its details


def use_users_language() -> None:
    """FACILITATOR_LANGUAGE, else the language setting, else the system's (QLocale, which Windows and macOS set);
    Qt's own words (key names, standard buttons) follow."""
    use_language(chosen_language(settings.value(LANGUAGE_SETTING), QLocale().name()))
    speak_qt(language())


def notice_problems(window: QWidget) -> QMessageBox | None:
    """A notice beside the first window listing each mistake in the team's own wording; it blocks nothing."""
    problems = own_wording_problems()
    if not problems:
        return None
    from PySide6.QtWidgets import QMessageBox  # set up only when there is something to say

    words = texts("own_wording")["notice"]
    box = QMessageBox(QMessageBox.Icon.Information, words["title"], words["intro"], QMessageBox.StandardButton.Close, window)
    box.setInformativeText("\n\n".join(problems[:SHOWN]))
    if len(problems) > SHOWN:
        box.setInformativeText(box.informativeText() + "\n\n" + words["more"].format(count=len(problems) - SHOWN))
        box.setDetailedText("\n\n".join(problems))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path to copy into a file manager
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
