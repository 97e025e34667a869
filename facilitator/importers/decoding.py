"""The text (or JSON) of an imported file, in whichever encoding the program that saved it chose."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable

import msgspec

from . import ImportProblem

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SURROGATE = re.compile("[\ud800-\udfff]")


def decoded(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or plainly so without), else Windows-1252."""
    if data.startswith(_UTF16_BOMS):
        encodings: tuple[str, ...] = ("utf-16",)
    elif _looks_like_utf16(data):
        encodings = ("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue
    raise ImportProblem(f"cannot read the file as text: it is not {' or '.join(encodings)}")


def _looks_like_utf16(data: bytes) -> bool:
    """Mostly-ASCII UTF-16 without a BOM: every other byte of the start is a NUL."""
    head = data[: min(len(data), 200) // 2 * 2]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) == len(even) or odd.count(0) == len(odd)


def where_json_stops(error: json.JSONDecodeError) -> str:
    """What the JSON reader found wrong and where: 'Unterminated string starting at line 2, column 5'.

    Some of its messages already end in 'at' ('... starting at'); the place follows without repeating it."""
    said = error.msg.removesuffix(" at")
    return f"{said} at line {error.lineno}, column {error.colno}"


def parsed_json(data: bytes) -> object:
    """The JSON value the bytes hold, in any of the encodings decoded() knows."""
    return json_value(decoded(data))


_msgspec_decode = msgspec.json.Decoder().decode

_SURROGATE_ESCAPE = re.compile(r"\\u[dD]([89abAB]|[c-fC-F])[0-9a-fA-F]{2}")
"""An escaped half of a UTF-16 pair: high (d800-dbff) when the group is 8-b, low (dc00-dfff) otherwise."""


def _has_lone_surrogate_escape(text: str) -> bool:
    """Whether the text escapes half of a UTF-16 pair without its other half right beside it: only then is the value
    walked to find it, so an export whose emoji are escaped as whole pairs ('\\ud83d\\ude00') is read at full speed.
    (An escaped backslash before 'ud800' may look like one too; the walk then finds nothing.)"""
    low_expected_at = -1
    for found in _SURROGATE_ESCAPE.finditer(text):
        if found.group(1) in "89abAB":
            if low_expected_at != -1:
                return True
            low_expected_at = found.end()
        elif found.start() != low_expected_at:
            return True
        else:
            low_expected_at = -1
    return low_expected_at != -1


def _decoded_fast(text: str) -> object:
    """msgspec's decoder, about twice as fast as the standard library's and giving the same values; whatever it
    refuses (NaN, a number too long or too large, a lone half of a UTF-16 pair, a mistake) the standard library
    reads again, so what is accepted, and every error's words, are exactly json.loads's."""
    try:
        return _msgspec_decode(text)
    except (msgspec.DecodeError, RecursionError):
        return json.loads(text)


def json_value(text: str, whole: bool = True) -> object:
    """The JSON value the text holds, as an ImportProblem when it is not JSON or holds what no file can:
    nesting too deep to read, a number of thousands of digits, a lone half of a UTF-16 pair ("\\ud800").

    whole=False leaves the last to the caller, which keeps only a little of a large value (a Slack day file's
    messages become a few words each) and checks what it keeps with no_lone_halves."""
    try:
        value = _decoded_fast(text)
    except json.JSONDecodeError as error:
        raise ImportProblem(f"not JSON: {where_json_stops(error)}") from error
    except RecursionError as error:
        raise ImportProblem("not readable JSON: nested too deeply") from error
    except ValueError as error:
        raise ImportProblem("not readable JSON: it holds a number too long to read") from error
    if whole and _has_lone_surrogate_escape(text):
        _no_lone_surrogates(value)
    return value


def no_lone_halves(texts: Iterable[str]) -> None:
    """An ImportProblem when a text holds half of a UTF-16 pair; texts of plain ASCII are passed at next to no cost."""
    joined = "".join(texts)
    if joined.isascii():
        return
    try:
        joined.encode("utf-8")  # refuses a half of a pair, and is the fastest way to look for one
    except UnicodeEncodeError as error:
        half = ord(joined[error.start])
        raise ImportProblem(f"not readable JSON: it holds \\u{half:04x}, half of a character with no other half") from None


def _no_lone_surrogates(value: object) -> None:
    """An ImportProblem when some text in the value holds half of a UTF-16 pair, which no text file can store."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str) and not item.isascii() and (half := _SURROGATE.search(item)):
            found = half.group()
            raise ImportProblem(f"not readable JSON: it holds \\u{ord(found):04x}, half of a character with no other half")
