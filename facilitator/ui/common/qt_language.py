"""Qt's own words (key names such as Strg+Umschalt+H, its standard buttons) in the language of our texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_installed: list[QTranslator] = []


def speak_qt(language: str) -> bool:
    """Qt's translation for language (de_AT finds de), in place of any before; English needs none. True if found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    if not language or language.split("_")[0] == "en":
        return False
    from PySide6.QtCore import QLibraryInfo, QTranslator  # set up only for a language Qt has to be taught

    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(QLocale(language), "qtbase", "_", folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
