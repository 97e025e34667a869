"""Comments sent outside the meeting, from a CSV sheet or a Markdown list; a comment without a name is anonymous."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from ..domain.comments import Comment, CommentError, names_a_sender, says_anonymous
from . import ImportProblem
from .decoding import decoded

TEXT_HEADINGS = ("comment", "comments", "text", "message", "what")
AUTHOR_HEADINGS = ("from", "author", "name", "who", "sender")
DATE_HEADINGS = ("date", "received", "when", "received on")
VIA_HEADINGS = ("via", "channel", "source")
ANONYMOUS_WORDS = (("anon",), ("private", "confidential"))
"""Headings with a word starting so are the anonymity column ('Anonymous?', 'Submit anonymously'); the first
kind wins over the second ('Keep my name private?'), so a 'Private follow-up?' column never hides 'Anonymous?'."""
NO = {"no", "n", "false", "0"}
MOMENT_HEADINGS = ("moment", "time", "about")

_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?P<rest>.+)$")
_NOT_WORDS = re.compile(r"^\s*(?:#|\||>|[-*_=\s]+$)")
"""A heading, a table, a quote or a rule: never the rest of a comment."""
_NAMED = re.compile(
    r"^(?:\*\*)?(?P<name>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,4})"
    r"(?:\s*\((?P<note>[^()]{1,40})\))?(?:\*\*)?:(?:\*\*)?\s+(?P<text>.+)$"
)
"""'Name: text' or 'Name (note): text' — a name of up to five words of letters, perhaps a short note in
brackets, then a colon and a space (so '19:25' or 'https:' is no name)."""


def read_comments(data: bytes, name: str) -> list[tuple[Comment, str]]:
    """(comment, moment time text) pairs; the time (e.g. '19:25') lets the caller attach it to a moment."""
    text = decoded(data)
    if name.lower().endswith((".md", ".markdown", ".txt")) and not _looks_like_csv(text):
        return _from_markdown(text)
    return _from_csv(text)


def _looks_like_csv(text: str) -> bool:
    first = text.lstrip("\ufeff").splitlines()[0].lower() if text.strip() else ""
    if first.lstrip().startswith(("#", "-", "*", "+")):
        return False
    return any(h in first for h in TEXT_HEADINGS) and ("," in first or ";" in first or "\t" in first)


def _words(heading: str) -> list[str]:
    return re.sub(r"[^\w ]+", " ", heading.lower()).split()


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    cleaned = [" ".join(_words(h)) for h in header]
    return next((i for i, h in enumerate(cleaned) if h in names), None)


def _anonymous_column(header: list[str]) -> int | None:
    for starts in ANONYMOUS_WORDS:
        found = next((i for i, h in enumerate(header) if any(w.startswith(starts) for w in _words(h))), None)
        if found is not None:
            return found
    return None


def _asks_anonymity(answer: str) -> bool:
    """Any answer but an empty one or a plain no ('No', 'No thanks') asks for no name: 'Yes please', 'x', '✓',
    'Private', 'Oui'; a no that still names anonymity or privacy ('No - keep me anonymous') asks for it too."""
    if not answer.strip():
        return False
    words = _words(answer)
    if not words or words[0] not in NO:
        return True
    return any(word.startswith(starts) for word in words for starts in ANONYMOUS_WORDS)


def _from_csv(text: str) -> list[tuple[Comment, str]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), dialect))
    except csv.Error as e:
        raise ImportProblem(f"not a readable sheet: {e}") from None
    if not rows:
        raise ImportProblem("the file is empty")
    header = rows[0]
    text_at = _column(header, TEXT_HEADINGS)
    if text_at is None:
        raise ImportProblem(f"line 1: no comment column (expected one of: {', '.join(TEXT_HEADINGS)})")
    columns = {
        "author": _column(header, AUTHOR_HEADINGS),
        "date": _column(header, DATE_HEADINGS),
        "via": _column(header, VIA_HEADINGS),
        "anonymous": _anonymous_column(header),
        "moment": _column(header, MOMENT_HEADINGS),
    }
    found = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(key: str, row: list[str] = row) -> str:
            at = columns[key]
            return row[at].strip() if at is not None and at < len(row) else ""

        words = row[text_at].strip() if text_at < len(row) else ""
        if not words:
            raise ImportProblem(f"line {number}: no comment text")
        author = None if _asks_anonymity(cell("anonymous")) or says_anonymous(cell("author")) else cell("author")
        via = "" if author is None and names_a_sender(cell("via")) else cell("via")
        found.append((_comment(words, author, _date(cell("date"), number), via, number), cell("moment")))
    return found


def _from_markdown(text: str) -> list[tuple[Comment, str]]:
    found = []
    for number, first, rest in _items(text):
        named = _NAMED.match(first)
        author, words = (_author(named), named.group("text").strip()) if named else (None, first)
        found.append((_comment(words + rest, author, None, "", number), ""))
    if not found:
        raise ImportProblem("no comments found: write one per bullet, e.g. '- Name: comment' or '- anonymous: comment'")
    return found


def _items(text: str) -> list[tuple[int, str, str]]:
    """Each bullet or numbered item: its line, its first line's words, and the lines it was wrapped onto (a line
    right under it, or an indented paragraph after a blank line), as they follow the first."""
    items: list[tuple[int, str, list[str]]] = []
    open_item = after_blank = False
    for number, line in enumerate(text.splitlines(), start=1):
        bullet = _BULLET.match(line)
        if bullet:
            items.append((number, bullet.group("rest").strip(), []))
            open_item, after_blank = True, False
        elif not line.strip():
            after_blank = True
        elif open_item and not _NOT_WORDS.match(line) and (line[:1].isspace() or not after_blank):
            items[-1][2].extend(("\n\n" if after_blank else " ", line.strip()))
            after_blank = False
        else:
            open_item = False
    return [(number, first, "".join(rest)) for number, first, rest in items]


def _author(named: re.Match) -> str | None:
    """The name before the colon with its note in brackets, or None when either says anonymous."""
    name, note = named.group("name").strip(), (named.group("note") or "").strip()
    if says_anonymous(name) or (says_anonymous(note) and note):
        return None
    return f"{name} ({note})" if note else name


def _comment(words: str, author: str | None, received: dt.date | None, via: str, number: int) -> Comment:
    try:
        return Comment(text=words, author=author, received_on=received, via=via)
    except CommentError as e:
        raise ImportProblem(f"line {number}: {e}") from None


def _date(text: str, number: int) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ImportProblem(f'line {number}: not a date (use YYYY-MM-DD): "{text}"') from None
