"""What a line of a Markdown document is (a heading, a bullet, a table's header), and whether a text reads as a
Markdown timeline at all."""

from __future__ import annotations

import re

from .markdown_leads import OPENERS, date_lead, time_lead
from .posted_updates import posted_stamp
from .prose_times import says_a_moment
from .status_history import status_stamp
from .times import leading_time

HEADING = re.compile(r" {0,3}(?P<level>#{1,6})\s+(?P<title>.*)")
BULLET = re.compile(r"(?P<indent>[ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?P<body>.*)")
_TABLE_RULE = re.compile(r"\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?")


def starts_table(line: str, following: str) -> bool:
    """Whether the line is a table's header: it has a cell border and the line after it is the rule."""
    return "|" in line and "|" in following and _TABLE_RULE.fullmatch(following) is not None


def looks_like_markdown(text: str) -> bool:
    """Whether the text has a timeline bullet or line (one that starts with a time) or a table."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        if line.isspace() or not line:
            continue  # a blank line starts nothing; passed over at once, so a file of blank lines reads fast
        if starts_table(line, following):
            return True
        heading = HEADING.fullmatch(line)
        if heading is not None and time_lead(heading.group("title").strip()) is not None:
            return True
        bullet = BULLET.fullmatch(line)
        body = (bullet.group("body") if bullet else line).strip()
        opener = next((mark for mark in OPENERS if body.startswith(mark)), "")
        if leading_time(body[len(opener) :]) is not None or time_lead(body) is not None:
            return True
        if (bullet is not None and date_lead(body) is not None) or posted_stamp(body) is not None:
            return True
        if status_stamp(body) is not None:
            return True
    return says_a_moment(lines)
