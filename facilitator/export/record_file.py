"""Writing a record file without ever overwriting someone's edits to the one written before.

A file is replaced only when it is not there, holds exactly what we last wrote to it (its SHA-256 is the
one remembered), or already holds the new text. Otherwise the text goes to the first numbered name
beside it (`…-review-2.md`, `…-review-3.md`, …) that is free or ours in the same sense.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..domain.record import record
from .files import write_private


@record
class Written:
    path: Path
    sha256: str
    instead_of: Path | None = None
    """The file asked for, left alone because someone changed it since our last export."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_record(path: Path, text: str, written_before: Mapping[str, str]) -> Written:
    """Write text to path or, if someone changed the file there, to the first numbered name that is safe.

    `written_before` maps absolute paths to the SHA-256 of what was last written there; the caller
    remembers the returned path and hash for next time. Raises OSError as write_private does."""
    path = Path(os.path.abspath(path))
    data = text.encode("utf-8")
    digest = sha256(data)
    target = next(name for name in _names(path) if _safe_to_replace(name, data, written_before.get(str(name))))
    write_private(target, text)
    return Written(target, digest, None if target == path else path)


def _names(path: Path) -> Iterator[Path]:
    yield path
    for number in itertools.count(2):
        yield path.with_name(f"{path.stem}-{number}{path.suffix}")


def _safe_to_replace(path: Path, data: bytes, remembered: str | None) -> bool:
    if not os.path.lexists(path):
        return True
    if not path.is_file() or path.is_symlink():
        return False
    try:
        current = path.read_bytes()
    except OSError:
        return False
    return current == data or sha256(current) == remembered
