"""YAML front matter whose every value is also JSON, so any YAML or JSON reader takes it in one line each.

Text values are double-quoted with the characters that could turn into markup escaped, so a renderer
that does not know front matter shows a rule, a plain paragraph and a rule, never live HTML or a link.
The blank line before the closing '---' keeps such a renderer from reading the block as a heading, and
two spaces end each line (a line break to Markdown, nothing to YAML), so such a renderer (plain CommonMark,
Python-Markdown) shows one field a line rather than running them together in one paragraph; GitHub shows
front matter as a table and GitLab as a code block, whatever ends its lines. A fenced block or an HTML
comment would read well everywhere too, but would no longer be front matter to the tools that file records.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

Value = str | int | bool | None | list[str]
LINE_BREAK = "  "

_MARKUP_OR_UNPRINTABLE = re.compile(
    r"&(?=#?[0-9A-Za-z]+;|#[0-9xX])|[<`*_~\[\]\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
"""What could become markup to a renderer that does not know front matter ('<' opening a tag or a link, '&'
a character reference, emphasis, code), or that YAML refuses; a plain '>' or '&' stays as typed."""


def front_matter(fields: Sequence[tuple[str, Value]]) -> str:
    return "\n".join(["---", *(f"{key}: {_value(value)}{LINE_BREAK}" for key, value in fields), "", "---"])


def _value(value: Value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_text(item) for item in value) + "]"
    if isinstance(value, str):
        return _text(value)
    return json.dumps(value)


def _text(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    return _MARKUP_OR_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
