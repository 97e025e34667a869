"""User text made safe to place in Markdown: it reads as typed and never changes the document's structure.

Safe for CommonMark and GitHub Flavored Markdown (tables, strikethrough, math), and still
readable as plain text: only characters that could start or end some Markdown are escaped.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
"""Control characters that are not whitespace: dropped, as no renderer shows them."""
_ALWAYS = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "[": "\\[",
    "]": "\\]",
    "~": "\\~",
    "|": "\\|",
    "$": "\\$",
    "<": "&lt;",
}
_SPECIAL = re.compile(r"[\\`*\[\]~|$<_&]")
_ENTITY_AFTER = re.compile(r"#?[0-9A-Za-z]+;")
_BLOCK_START = re.compile(r"[#>+=-]")
_ORDERED_START = re.compile(r"(\d+)([.)])")
_CLOSING_HASHES = re.compile(r"(?<= )#+$")


def inline(text: str) -> str:
    """One line of Markdown showing the text; newlines and runs of spaces become one space."""
    return _escaped_line(" ".join(_CONTROL.sub("", text).split()))


def lines(text: str) -> list[str]:
    """The text's non-blank lines, each escaped like inline(), for joining with hard line breaks."""
    return [line for line in map(inline, text.splitlines()) if line]


def _escaped_line(line: str) -> str:
    escaped = _SPECIAL.sub(lambda m: _escape(line, m.start()), line)
    if _BLOCK_START.match(escaped):
        escaped = "\\" + escaped
    escaped = _ORDERED_START.sub(r"\1\\\2", escaped, count=1) if _ORDERED_START.match(escaped) else escaped
    return _CLOSING_HASHES.sub(lambda m: "\\" + m.group(), escaped)


def _escape(line: str, at: int) -> str:
    char = line[at]
    if char == "_":
        intraword = 0 < at < len(line) - 1 and line[at - 1].isalnum() and line[at + 1].isalnum()
        return "_" if intraword else "\\_"
    if char == "&":
        return "&amp;" if _ENTITY_AFTER.match(line, at + 1) else "&"
    return _ALWAYS[char]
