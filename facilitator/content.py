"""Editable content shipped in resources/: texts, the demo review, styles."""

from __future__ import annotations

import functools
import json
import tomllib
from pathlib import Path

from . import resources


def resource(*parts: str) -> Path:
    """A file under resources/, wherever the app is installed (a folder on disk: the app is never run from a zip).

    The package's own location rather than importlib.resources, whose import costs a tenth of start-up."""
    return Path(resources.__file__).parent.joinpath(*parts)


@functools.cache
def texts(name: str) -> dict[str, str]:
    """A table of sentences from resources/text/<name>.toml."""
    with resource("text", f"{name}.toml").open("rb") as f:
        return tomllib.load(f)


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
