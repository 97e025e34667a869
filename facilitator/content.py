"""Editable content shipped in resources/: texts, the demo review, styles."""

from __future__ import annotations

import functools
import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .parsed_texts import parsed_toml
from .text_language import chosen_language, language_folders
from .text_table import TextTable, as_table

if TYPE_CHECKING:
    from .text_checks import Problem
    from .text_types import Texts

RESOURCES = Path(cast(str, importlib.import_module(".resources", __package__).__file__)).parent
"""resources/, mapped into the package (pyproject.toml)."""


def resource(*parts: str) -> Path:
    """A file under resources/, wherever the app is installed (a folder on disk: the app is never run from a zip).

    The package's own location rather than importlib.resources, whose import costs a tenth of start-up."""
    return RESOURCES.joinpath(*parts)


def _texts(name: str) -> TextTable:
    """The texts of resources/text/<name>.toml, in the chosen language, with the team's own wording laid over them.

    Read and checked once per name; a key the file lacks raises TextMissing naming the file and the key."""
    return _layered(name, language())[0]


texts = cast("Texts", _texts)  # typed by file name from the shipped files: facilitator/text_types.py


_language: list[str] = []


def language() -> str:
    """The language of the texts: use_language's, else FACILITATOR_LANGUAGE or the locale (see text_language)."""
    if not _language:
        _language.append(chosen_language())
    return _language[0]


def use_language(wanted: str) -> None:
    """Show the texts in this language from now on (the windows pass the setting or QLocale's choice)."""
    if _language != [wanted]:
        _language[:] = [wanted]
        forget_texts()


def forget_texts() -> None:
    """Read the files again on the next look-up (after a change of language, or of the files in a test)."""
    _layered.cache_clear()
    own_wording_folder.cache_clear()
    _shipped.cache_clear()


@functools.cache
def own_wording_folder() -> Path:
    """Where a team's own wording lives: text/ in the user's config folder, out of reach of an upgrade (asked of
    platformdirs once per run, or again after forget_texts)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("facilitator", appauthor=False)) / "text"


@functools.cache
def _shipped(name: str, language: str) -> dict:
    """The shipped English file with the shipped translation laid over it, and the translation's problems.

    A shipped English file that does not parse raises: a bug that tests/test_content.py catches."""
    english = parsed_toml(resource("text", f"{name}.toml"))
    merged, problems = english, []
    for folder in language_folders(language):
        path = resource("text", folder, f"{name}.toml")
        if path.exists():
            merged, found = _laid_over(name, english, merged, path, f"resources/text/{folder}/{name}.toml")
            problems += found
    return {"english": english, "merged": merged, "problems": problems}


@functools.cache
def _layered(name: str, language: str) -> tuple[TextTable, tuple[Problem, ...]]:
    shipped = _shipped(name, language)
    merged, problems = shipped["merged"], list(shipped["problems"])
    own = own_wording_folder() / f"{name}.toml"
    if own.is_file():
        merged, found = _laid_over(name, shipped["english"], merged, own, str(own))
        problems += found
    return as_table(merged, f"resources/text/{name}.toml"), tuple(problems)


def _laid_over(name: str, english: dict, base: dict, path: Path, shown_as: str) -> tuple[dict, list[Problem]]:
    from .text_checks import Layering, read_toml  # only when there is something to lay over: start-up stays light

    own, unreadable = read_toml(path, shown_as)
    if own is None:
        return base, [unreadable] if unreadable else []
    layering = Layering(name, shown_as, english)
    return layering.over(base, own), layering.problems


def text_names() -> list[str]:
    """The names of the shipped files of texts: meeting for resources/text/meeting.toml."""
    return sorted(path.stem for path in resource("text").glob("*.toml"))


def own_wording_problems() -> list[str]:
    """One message per mistake in the team's own wording, for the start-up notice; checks only files that exist."""
    folder = own_wording_folder()
    if not folder.is_dir():
        return []
    from .text_checks import Problem

    shipped = text_names()
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.toml")):
        if path.stem in shipped:
            problems += _layered(path.stem, language())[1]
        else:
            problems.append(Problem("unknown_file", str(path), details={"name": path.stem, "names": ", ".join(shipped)}))
    return [described(problem) for problem in problems]


def described(problem: Problem) -> str:
    """A Problem in the words of own_wording.toml (the shipped words: the team's own cannot break these)."""
    words = _shipped("own_wording", language())["merged"]
    kinds = words["kinds"]
    details = dict(problem.details)
    for kind in ("expected", "found"):
        if kind in details:
            details[kind] = kinds.get(details[kind], details[kind])
    if "known" in details and not details["known"]:
        details["known"] = words["problems"]["nothing"]
    return words["problems"][problem.kind].format(file=problem.file, key=problem.key, **details)


def demo_review() -> dict:
    """The demo review as written in resources/demo/review.json."""
    return json.loads(resource("demo", "review.json").read_text(encoding="utf-8"))


def demo_meeting() -> dict:
    """The demo's meeting in progress, as written in resources/demo/meeting.json."""
    return json.loads(resource("demo", "meeting.json").read_text(encoding="utf-8"))


def demo_notes(name: str = "notes.json") -> dict:
    """The demo meeting's notes so far, as written in resources/demo/notes.json (or, for the screenshots only,
    screenshot_notes.json)."""
    return json.loads(resource("demo", name).read_text(encoding="utf-8"))


def demo_parking() -> dict:
    """The demo's parking lot, actions and outside comments, as written in resources/demo/parking.json."""
    return json.loads(resource("demo", "parking.json").read_text(encoding="utf-8"))
