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
_HEADER = "incident report for "
"""The line under a Statuspage incident's title ('Incident Report for Acme')."""


def posted_stamp(body: str) -> str | None:
    """The time of a line that only says when an update was posted ('Posted Jan 04, 2021 - 19:16 PST'), or None."""
    posted = _POSTED.match(body)
    found = leading_time(body[posted.end() :]) if posted else None
    if found is None or found[1].strip(" ."):
        return None
    return found[0]


def update_words(lines: list[tuple[str, str, bool]]) -> tuple[str, str, set[str]]:
    """The words and detail of the update above a 'Posted' line, and where its lines were.

    `lines` are (where, words, starts a paragraph). The update starts at its status word ('Resolved: This incident
    has been resolved.'), else after the page's 'Incident Report for ...' line: the lines before are the title.
    Its first paragraph is its words, the others its detail."""
    starts = [number for number, (_, line, _) in enumerate(lines) if line.strip(" .:").lower() in STATUS_WORDS]
    headers = [number for number, (_, line, _) in enumerate(lines) if line.lower().startswith(_HEADER)]
    used = lines[starts[-1] :] if starts else lines[headers[-1] + 1 :] if headers else lines
    status = used[0][1].strip(" .:") if starts else ""
    paragraphs: list[list[str]] = []
    for number, (_, line, new) in enumerate(used[1:] if status else used):
        if new or number == 0:
            paragraphs.append([])
        paragraphs[-1].append(line)
    words = [" ".join(paragraph) for paragraph in paragraphs]
    text = f"{status}: {words[0]}" if status and words else status or (words[0] if words else "")
    return text, "\n".join(words[1:]), {where for where, _, _ in used}
