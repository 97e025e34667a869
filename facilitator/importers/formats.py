"""The one way in for an imported timeline: a file, a folder or pasted text, in any format we read."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ..content import texts
from ..domain.timeline import TimelineEntry, sorted_entries
from . import AmbiguousZone, ImportContext, ImportProblem, Skipped
from .chat_copy import looks_like_chat_copy, read_chat_copy
from .csv_timeline import header_columns, read_csv, read_csv_text
from .decoding import decoded, parsed_json
from .input_file import read_input
from .json_timeline import read_json
from .markdown_timeline import looks_like_markdown, read_markdown
from .pagerduty import looks_like_pagerduty, read_pagerduty
from .slack import read_slack
from .statuspage import looks_like_statuspage, read_statuspage

FORMATS: tuple[str, ...] = ("csv", "markdown", "json", "slack", "pagerduty", "statuspage")
AUTO = "auto"

_MARKDOWN_SUFFIXES = (".md", ".markdown")
_SPREADSHEET_SUFFIXES = (".csv", ".tsv")
_ZIP_MAGIC = b"PK\x03\x04"
_ANY_TIME = re.compile(
    r"\d{1,2}[:h]\d{2}|(?<![\w.])\d{1,2}\.\d{2}(?![\w.])|\b(?:1[89]|2\d)\d{2}\b|(?<![\w.])\d{1,2}[./-]\d{1,2}[./-]\d{2}"
    r"|\d{1,2}\s?[ap]\.?m\b|T\+\d|\d{9,}",
    re.IGNORECASE,
)
"""Anything that may be a time or a date ('18:42', '9.05', '2025', '03/04/25', '6pm', 'T+5', an epoch): a paste
with none of these is refused as having no times, whatever else it holds."""
_SLACK_DAY_PROBE = 20
"""How many items of a JSON list are looked at to tell Slack messages from a plain timeline."""

_READERS: dict[str, Callable[[bytes, ImportContext], list[TimelineEntry]]] = {
    "csv": read_csv,
    "markdown": lambda data, context: read_markdown(decoded(data), context),
    "json": read_json,
    "pagerduty": read_pagerduty,
    "statuspage": read_statuspage,
    "chat": lambda data, context: read_chat_copy(decoded(data), context),
}
"""How each format is read; 'chat' (a chat app's messages copied as text) is only ever guessed, never asked for."""


class Parsed(NamedTuple):
    """What an import found: the entries, sorted by time, and the parts of the input it left out and why."""

    entries: list[TimelineEntry]
    skipped: list[Skipped]


def parse_file(path: Path, context: ImportContext, format: str | None = None) -> Parsed:
    """The entries of the file (as read_timeline reads them) and everything it skipped."""
    skipped: list[Skipped] = []
    return Parsed(read_timeline(path, context._replace(skipped=skipped), format), skipped)


def parse_pasted(text: str, context: ImportContext) -> Parsed:
    """The entries of pasted text (as read_pasted reads them) and everything it skipped."""
    skipped: list[Skipped] = []
    return Parsed(read_pasted(text, context._replace(skipped=skipped)), skipped)


def read_timeline(path: Path, context: ImportContext, format: str | None = None) -> list[TimelineEntry]:
    """Every entry of the file or Slack export folder, sorted by time; the format is guessed when not given.

    Raises ImportProblem, naming the file, for anything unreadable; nothing is returned unless all of it reads.
    """
    chosen = _format_named(format)
    path = Path(path)
    shown = path.name or str(path)
    try:
        return sorted_entries(_read(path, context, chosen))
    except OSError as error:
        raise ImportProblem(f"{shown}: cannot read it ({error.strerror or error})") from error
    except ImportProblem as problem:
        if str(problem).startswith(f"{shown}:"):
            raise
        if isinstance(problem, AmbiguousZone):
            raise AmbiguousZone(f"{shown}: {problem}", problem.abbreviation, problem.candidates) from None
        raise ImportProblem(f"{shown}: {problem}") from None


def _read(path: Path, context: ImportContext, chosen: str | None) -> list[TimelineEntry]:
    if path.is_dir() or chosen == "slack" or (chosen is None and path.suffix.lower() == ".zip"):
        return read_slack(path, context)
    data = read_input(path)
    chosen = chosen or guessed_format(path.suffix, data)
    return read_slack(path, context) if chosen == "slack" else _READERS[chosen](data, context)


def read_pasted(text: str, context: ImportContext) -> list[TimelineEntry]:
    """Entries from clipboard text: a chat app's messages, Markdown when it has timeline bullets or a table, else CSV
    or TSV cells."""
    chosen = text_format(text)
    if chosen == "chat":
        return sorted_entries(read_chat_copy(text, context))
    try:
        if chosen == "markdown":
            return sorted_entries(read_markdown(text, context))
        return sorted_entries(read_csv_text(text, context))
    except ImportProblem:
        if _ANY_TIME.search(text) is None:
            raise ImportProblem(texts("importing")["pasted"]["no_times"]) from None
        raise


def guessed_format(suffix: str, data: bytes) -> str:
    """The format of a file's bytes, from its name's suffix and, where that says too little, its content."""
    suffix = suffix.lower()
    if data.startswith(_ZIP_MAGIC):
        return "slack"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in _SPREADSHEET_SUFFIXES:
        return "csv"
    if suffix == ".json":
        return json_format(parsed_json(data))
    text = decoded(data)
    if text.lstrip()[:1] in ("[", "{"):
        try:
            return json_format(parsed_json(data))
        except ImportProblem:
            pass
    return text_format(text)


def json_format(value: object) -> str:
    """Which JSON format a parsed file is: PagerDuty log entries, status page incidents, a Slack day file,
    or a plain timeline list."""
    if looks_like_statuspage(value):
        return "statuspage"
    if looks_like_pagerduty(value):
        return "pagerduty"
    if isinstance(value, list) and any(
        isinstance(item, dict) and "ts" in item and ("type" in item or "subtype" in item)
        for item in value[:_SLACK_DAY_PROBE]
    ):
        return "slack"
    return "json"


def text_format(text: str) -> str:
    """'chat' for messages copied from a chat app, 'csv' for text whose first rows hold a spreadsheet header, else
    'markdown' if it looks like it, else 'csv'."""
    if looks_like_chat_copy(text):
        return "chat"
    if header_columns(text) is None and looks_like_markdown(text):
        return "markdown"
    return "csv"


def _format_named(format: str | None) -> str | None:
    """The format asked for, None for a guess, or an ImportProblem naming the formats there are."""
    if format is None or format == AUTO:
        return None
    if format in FORMATS:
        return format
    raise ImportProblem(f'unknown import format "{format}": expected {AUTO} or one of {", ".join(FORMATS)}')
