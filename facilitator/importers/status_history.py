"""Status histories copied as text, as Instatus pages show them: an incident's title, the line under it giving its
status and when ('Resolved May 28 at 01:00am BST'), then the words of its last update."""

from __future__ import annotations

import re

from .posted_updates import STATUS_WORDS
from .times import leading_time

_BETWEEN = " \t·:-–—"
"""What parts a status word from its time: a space, a middle dot or a dash."""
_STATUS = re.compile(rf"(?:{'|'.join(sorted(STATUS_WORDS, key=len, reverse=True))})(?=[{re.escape(_BETWEEN)}])", re.IGNORECASE)


def status_stamp(body: str) -> tuple[str, str] | None:
    """The status and the time of a line that gives only them ('Resolved May 28 at 01:00am BST'), or None."""
    status = _STATUS.match(body)
    found = leading_time(body[status.end() :].lstrip(_BETWEEN)) if status else None
    if status is None or found is None or found[1].strip(" ."):
        return None
    return status.group(), found[0]
