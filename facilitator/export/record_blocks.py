"""The small Markdown pieces the record is built of: filled sentences, durations, tables, notes, quotes.

Every piece is valid CommonMark and GitHub Flavored Markdown and also reads the same through
Python-Markdown (the preview, or plain `python -m markdown`): nested content is indented four spaces, line
breaks are two spaces before the newline (a backslash there is CommonMark's alone: Python-Markdown shows it),
and user text always passes through inline() or lines() first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from ..domain.notes import Note, NoteTag
from .markdown_text import inline, lines

BREAK = "  \n"
INDENT = "    "
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, **values: str) -> str:
    """The template with each {name} given replaced, in one pass; other braces are left as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)


def duration(span: dt.timedelta, units: Mapping[str, str]) -> str:
    """'1 h 5 min', '2 h', '12 min', '6 min 20 s' or '45 s', in the words of record.toml's [units]."""
    seconds = max(0, round(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return fill(units["hours"] if minutes else units["whole_hours"], hours=str(hours), minutes=str(minutes))
    if minutes and secs:
        return fill(units["minutes_seconds"], minutes=str(minutes), seconds=str(secs))
    if minutes:
        return fill(units["minutes"], minutes=str(minutes))
    return fill(units["seconds"], seconds=str(secs))


def heading(level: int, text: str) -> str:
    return "#" * level + " " + text


def facts(pairs: Sequence[tuple[str, str]]) -> str:
    """A list of '**label:** value' lines, leaving out those without a value."""
    return "\n".join(f"- **{label}:** {value}" for label, value in pairs if value)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """A pipe table; cells must already be inline Markdown (inline() escapes any '|')."""
    rule = ["---:" if column in right else "---" for column in range(len(headers))]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in (headers, rule, *rows))


def text_lines(text: str, indent: str) -> str:
    """Typed text as escaped lines joined by line breaks, each continuation line indented."""
    return (BREAK + indent).join(lines(text))


def quote(paragraphs: Sequence[str]) -> str:
    """Typed paragraphs as one block quote (a '>' line between paragraphs)."""
    escaped = [lines(paragraph) for paragraph in paragraphs]
    return "\n>\n".join("> " + (BREAK + "> ").join(found) for found in escaped if found)


def note_item(note: Note, tags: Mapping[str, str], indent: str = "", tagged: bool = True) -> str:
    """One note as a list item: its tag when it is not plain discussion, who said it, and what."""
    inner = indent + INDENT
    plain = note.tag is NoteTag.DISCUSSION or not tagged
    head = "" if plain else f"*{inline(tags.get(note.tag.value, note.tag.value))}* — "
    speaker = f"{inline(note.speaker)}: " if inline(note.speaker) else ""
    return f"{indent}- {head}{speaker}{text_lines(note.text, inner)}"


def note_list(notes: Sequence[Note], tags: Mapping[str, str], indent: str = "") -> str:
    return "\n".join(note_item(note, tags, indent) for note in notes)
