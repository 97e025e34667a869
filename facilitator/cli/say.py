"""What the command line prints: one line per thing, shown as a terminal would show it, never acted on."""

from __future__ import annotations

import re
import sys
from typing import TextIO


class UsageError(Exception):
    """Input a command cannot act on; printed as one `error:` line, exit 1."""


ERROR_LENGTH = 300
"""The most characters an error line shows of its message; a longer one ends in an ellipsis."""
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What a terminal would act on rather than show (escape sequences, newlines, bidirectional overrides),
and halves of characters no terminal can show (from file names that are not UTF-8)."""
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: str, limit: int | None = None) -> str:
    """Text from a file, a title or a message as one line a terminal shows as it is: control characters
    written as escapes ('\\x1b', '\\n'), and, with a limit, cut to that many characters with an ellipsis."""
    line = _UNPRINTABLE.sub(_escaped, text)
    if limit is not None and len(line) > limit:
        line = line[: limit - 1] + "…"
    return line


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED_ESCAPES.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def say(text: str, file: TextIO | None = None) -> None:
    """Print one line of output, whatever the text holds."""
    print(shown(text), file=file or sys.stdout)


def error_line(problem: BaseException) -> str:
    """The problem as the one line after `error: ` (a domain error in the texts' language)."""
    from ..refusal_words import sentence_for

    return shown(sentence_for(problem), ERROR_LENGTH)
