"""User text made safe to place in Markdown: it reads as typed and never changes the document's structure.

Safe for CommonMark and GitHub Flavored Markdown (tables, strikethrough, math), and still
readable as plain text: only characters that could start or end some Markdown are escaped.
One thing is left as GitHub does it: a bare web or mail address typed in a note ('www.example.com',
'ops@example.com') is shown there as a link to itself, its text unchanged; no escape stops that for a
mail address, and one that stopped it for a web address ('www\\.') would no longer read as typed.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
"""Control characters that are not whitespace: dropped, as no renderer shows them."""
_ALWAYS = {
    "`": "\\`",
    "*": "\\*",
    "[": "\\[",
    "]": "\\]",
    "~": "&#126;",
    "|": "\\|",
    "$": "&#36;",
    "<": "&lt;",
    "\\": "\\\\",
}
_SPECIAL = re.compile(r"[\\`*\[\]~|$<_&]")
_ENTITY_AFTER = re.compile(r"#?[0-9A-Za-z]+;|#[0-9xX]")
"""After '&', what reads as a character reference ('&amp;', and '&#38' with no ';' to Python-Markdown)."""
_TAG_START = re.compile(r"[A-Za-z/!?]")
_TAG_END = re.compile(r"[\s>]")
"""After '<', what could open HTML (a letter, '/', '!' or '?') or make an autolink ('<0day@example.com>': a '>'
before any space); '<' before anything else ('p95 < 2s') is plain. The '>' is looked for once per stretch of
text, not once per '<', so a run of '<' costs no more than any other text."""
_LINK_AFTER = re.compile(r"\s?[(\[:]")
"""After ']', what could make a link, an image, a reference or its definition; '[FIRING] alert' stays plain."""
_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
"""After a backslash, what it would escape: 'C:\\temp' keeps its backslash as it is."""
_BLOCK_START = re.compile(r"[#>]|[+=-](?=$|[\s+=*_:-])|:(?=-)|\d+[.)](?=$|\s)")
"""A line start that opens a block: a heading or quote, a list item or rule ('- x', '---', '==='), a table's
delimiter row ('-:', ':-'), an ordered item ('1. x'); '-5%', '+1' and '2.5%' open nothing."""
_CLOSING_HASHES = re.compile(r"(?<= )#+$")


_NOT_AT_LINE_START = {"=": "&#61;", ":": "&#58;"}
"""Marks that open a block, escaped as a character reference where Python-Markdown keeps a backslash before them."""


def _may_close(line: str, at: int, strict: bool) -> bool:
    """Whether a '~' (strikethrough) or '$' (math) could close a span: one that cannot is left as typed, as
    no opener pairs with it. '~' closes after a letter, or after punctuation when followed by a space or
    punctuation; GitHub's math '$' after anything but a space. At the start of a piece, what comes before
    is the document's, so it counts as punctuation."""
    before = line[at - 1] if at else "!"
    if before.isspace():
        return False
    if strict or before.isalnum():
        return True
    after = line[at + 1] if at + 1 < len(line) else " "
    return after.isspace() or not after.isalnum()


def inline(text: str) -> str:
    """One line of Markdown showing the text; newlines and runs of spaces become one space."""
    return _escaped_line(" ".join(_CONTROL.sub("", text).split()))


def lines(text: str) -> list[str]:
    """The text's non-blank lines, each escaped like inline(), for joining with hard line breaks."""
    return [line for line in map(inline, text.splitlines()) if line]


def _escaped_line(line: str) -> str:
    """Each piece of text is escaped whole, whatever comes before or after it in the document: a mark
    that needs a partner ('*', '`', '~', '$', '|') is always escaped, as its partner may be in the next piece."""
    tag_ends = _TagEnds(line)
    escaped = _SPECIAL.sub(lambda m: _escape(line, m.start(), tag_ends), line)
    start = _BLOCK_START.match(escaped)
    if start:
        last = escaped[start.end() - 1]
        escaped = escaped[: start.end() - 1] + _NOT_AT_LINE_START.get(last, "\\" + last) + escaped[start.end() :]
    return _python_markdown_extra(_CLOSING_HASHES.sub(lambda m: "\\" + m.group(), escaped))


def _python_markdown_extra(escaped: str) -> str:
    """What only Python-Markdown reads as markup: '{...}' ending a heading or a block's last line (the attribute
    lists of 'extra': the words vanish), ': ' starting a line (a definition), and a heading's closing '#'s even
    with no space before them ('C#'). A '{' with a '}' after it is escaped, in one pass; such a colon becomes a
    character reference; the closing '#'s are escaped."""
    last = escaped.rfind("}")
    if last > 0:
        escaped = escaped[:last].replace("{", "\\{") + escaped[last:]
    if escaped.startswith(":") and escaped[1:2] in ("", " "):
        escaped = "&#58;" + escaped[1:]
    hashes = len(escaped) - len(escaped.rstrip("#"))
    if hashes and escaped[-hashes - 1 : -hashes] not in ("", " ", "\\"):
        escaped = escaped[:-hashes] + "\\" + escaped[-hashes:]
    return escaped


class _TagEnds:
    """Where the first space or '>' at or after a place in the line is, remembered between places taken in order."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.searched_from = len(line) + 1
        self.found: int | None = None

    def closes(self, at: int) -> bool:
        """Whether a '>' comes at or after `at` with no whitespace before it."""
        if self.searched_from > at or (self.found is not None and self.found < at):
            stop = _TAG_END.search(self.line, at)
            self.searched_from, self.found = at, stop.start() if stop else None
        return self.found is not None and self.line[self.found] == ">"


def _escape(line: str, at: int, tag_ends: _TagEnds) -> str:
    char = line[at]
    after = at + 1
    if char in "~$" and not _may_close(line, at, strict=char == "$"):
        return char
    if char == "_":
        intraword = 0 < at < len(line) - 1 and line[at - 1].isalnum() and line[at + 1].isalnum()
        return "_" if intraword else "\\_"
    if char == "&":
        return "&amp;" if _ENTITY_AFTER.match(line, after) else "&"
    if char == "<" and after < len(line) and not (_TAG_START.match(line, after) or tag_ends.closes(after)):
        return "<"
    if char == "]" and after < len(line) and not _LINK_AFTER.match(line, after):
        return "]"
    if char == "[" and at > 0:
        return "["
    if char == "\\" and after < len(line) and not _PUNCTUATION.match(line, after):
        return "\\"
    return _ALWAYS[char]
