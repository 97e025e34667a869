"""Status histories copied as text, as Instatus pages show them: an incident's title, the line under it giving its
status and when ('Resolved May 28 at 01:00am BST'), then the words of its last update."""

from __future__ import annotations

from .posted_updates import STATUS_WORDS
from .times import leading_time

_BETWEEN = " \t·:-–—"
"""What parts a status word from its time: a space, a middle dot or a dash."""
_MARKS = frozenset(_BETWEEN)
_LONGEST_STATUS = max(len(word) for word in STATUS_WORDS)


def status_stamp(body: str) -> tuple[str, str] | None:
    """The status and the time of a line that gives only them ('Resolved May 28 at 01:00am BST'), or None."""
    head = body[: _LONGEST_STATUS + 1].lower()
    status = next((word for word in STATUS_WORDS if head.startswith(word) and head[len(word) : len(word) + 1] in _MARKS), None)
    if status is None:
        return None
    found = leading_time(body[len(status) :].lstrip(_BETWEEN))
    if found is None or found[1].strip(" ."):
        return None
    return body[: len(status)], found[0]
