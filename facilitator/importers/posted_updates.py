"""Status-page updates copied as text, where each update's time comes after its words: 'Posted Jan 04, 2021 - 19:16 PST'."""

from __future__ import annotations

import re

from .times import leading_time

_POSTED = re.compile(r"posted\s(?:[\w ]{1,30}?\sago[.,]?\s)?\s*", re.IGNORECASE)
"""'Posted ', perhaps with how long ago ('Posted 3 days ago. Jan 04, 2021 - 19:16 PST')."""
STATUS_WORDS = frozenset(
    ("investigating", "identified", "update", "monitoring", "resolved", "scheduled", "in progress", "verifying",
     "completed", "postmortem")
)
"""The words a status page heads each update with; the update's words start at the last of them."""


def posted_stamp(body: str) -> str | None:
    """The time of a line that only says when an update was posted ('Posted Jan 04, 2021 - 19:16 PST'), or None."""
    posted = _POSTED.match(body)
    found = leading_time(body[posted.end() :]) if posted else None
    if found is None or found[1].strip(" ."):
        return None
    return found[0]


def update_words(lines: list[tuple[str, str]]) -> tuple[str, set[str]]:
    """The words of the update above a 'Posted' line, from its status word ('Resolved: This incident has been
    resolved.'), and where its lines were; the lines before the status word (a title) are not the update's."""
    starts = [number for number, (_, line) in enumerate(lines) if line.strip(" .:").lower() in STATUS_WORDS]
    used = lines[starts[-1] :] if starts else lines
    if not used:
        return "", set()
    head, *rest = (line for _, line in used)
    words = f"{head.strip(' .:')}: {' '.join(rest)}" if starts and rest else " ".join([head, *rest])
    return words, {where for where, _ in used}
