"""Which language the texts are in, and which texts a language has not translated yet.

A translation is a folder beside the English texts, resources/text/<language>/<name>.toml (de, or de_AT for
what Austria says differently), holding the keys it translates; English stands in for the rest.

    python -m facilitator.text_language de      lists the texts German has not translated yet
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .text_table import key_path

LANGUAGE_VARIABLE = "FACILITATOR_LANGUAGE"
ENGLISH = "en"


def chosen_language(setting: str | None = None, locale_name: str = "") -> str:
    """FACILITATOR_LANGUAGE, else the setting, else the given locale (the UI's QLocale), else the environment's.

    Without a setting given (the command line), the one the windows keep is read from their settings file."""
    if os.environ.get(LANGUAGE_VARIABLE):
        return _tidy(os.environ[LANGUAGE_VARIABLE]) or ENGLISH
    for wanted in (settings_language() if setting is None else setting, locale_name, _environment_locale()):
        language = _tidy(wanted)
        if language:
            return language
    return ENGLISH


def settings_language() -> str:
    """language under [appearance] in the windows' settings file (Qt's INI file), read without loading Qt."""
    import configparser

    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(base / "facilitator" / "facilitator.ini", encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return ""
    return parser.get("appearance", "language", fallback="")


def _environment_locale() -> str:
    """The command line's locale, as gettext finds it: LC_ALL, LC_MESSAGES, LANG, then the C library's."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return os.environ[variable]
    import locale

    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def _tidy(name: str) -> str:
    """de_DE.UTF-8@euro -> de_DE; C and POSIX mean no language in particular."""
    name = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    return "" if name in ("", "C", "POSIX") else name


def language_folders(language: str) -> list[str]:
    """The folders to lay over English, general first: de_AT -> de, de_AT."""
    general = language.split("_")[0]
    if general == ENGLISH:
        return [language] if language != general else []
    return [general] if language == general else [general, language]


def untranslated(english: Mapping[str, Any], translated: Mapping[str, Any], path: str = "") -> list[str]:
    """The key paths English has and the translation does not (a list counts as one text)."""
    missing: list[str] = []
    for key, value in english.items():
        where = key_path(path, key)
        if key not in translated:
            missing.append(where)
        elif isinstance(value, dict) and isinstance(translated[key], dict):
            missing += untranslated(value, translated[key], where)
    return missing


def untranslated_in(text_folder: Path, language: str) -> list[str]:
    """Every text of resources/text that <language>/ does not translate, as file: key path."""
    import tomllib  # only for this report: the app reads its texts through content.py

    missing: list[str] = []
    for english_file in sorted(text_folder.glob("*.toml")):
        translation = text_folder / language / english_file.name
        english = tomllib.loads(english_file.read_text(encoding="utf-8"))
        translated = tomllib.loads(translation.read_text(encoding="utf-8")) if translation.exists() else {}
        missing += [f"{language}/{english_file.name}: {key}" for key in untranslated(english, translated)]
    return missing


def shipped_languages(text_folder: Path) -> list[str]:
    return sorted(folder.name for folder in text_folder.iterdir() if folder.is_dir() and not folder.name.startswith("_"))


def main(argv: list[str]) -> int:
    from .content import resource

    if len(argv) != 1:
        print("usage: python -m facilitator.text_language LANGUAGE", file=sys.stderr)
        return 2
    missing = untranslated_in(resource("text"), argv[0])
    print("\n".join(missing))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
