"""What an import left out, said in one bounded line: "skipped 3 lines (no time): 12, 40, 41"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import Skipped

MAX_PLACES = 10
"""Places listed per reason; the rest are counted ("and 12 more")."""
MAX_REASONS = 4
"""Reasons listed; the rest are counted."""
MAX_LENGTH = 400
"""The longest summary, whatever the input's names and reasons."""
_PLACE = re.compile(r"(?:(?P<file>.*[,:]) )?(?P<noun>[a-z][a-z ]*?) (?P<number>\d{1,12})")


def skipped_summary(skipped: Sequence[Skipped], lead: str = "skipped ") -> str:
    """'skipped 3 lines (no time): 12, 40, 41; 1 item (a time with no words): 4', or '' when nothing was."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for part in skipped:
        place = _PLACE.fullmatch(part.where)
        noun, file, number = (place["noun"], place["file"] or "", place["number"]) if place else ("", part.where, "")
        groups.setdefault((noun, _short(part.reason, 80)), []).append((file, number))
    said = [_group(noun, reason, places) for (noun, reason), places in list(groups.items())[:MAX_REASONS]]
    if len(groups) > MAX_REASONS:
        said.append(f"and {sum(len(p) for p in list(groups.values())[MAX_REASONS:])} more for other reasons")
    return _short(lead + "; ".join(said), MAX_LENGTH) if said else ""


def _group(noun: str, reason: str, places: list[tuple[str, str]]) -> str:
    count = len(places)
    noun = noun or "part"
    what = f"{count} {noun if count == 1 else _plural(noun)}"
    shown: list[str] = []
    file_before = None
    for file, number in places[:MAX_PLACES]:
        label = number if file == file_before else " ".join(filter(None, (_short(file, 60), number)))
        shown.append(label)
        file_before = file
    more = f" and {count - MAX_PLACES} more" if count > MAX_PLACES else ""
    return f"{what} ({reason}): {', '.join(shown)}{more}"


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _short(text: str, limit: int) -> str:
    """The text on one line, its control characters shown as escapes, cut to the limit with '…'."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[: limit * 2])
    return text if len(text) <= limit else text[: limit - 1] + "…"
