"""The record's opening: what happened and its impact, as the facilitator wrote them in the set-up."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..domain.review import Review
from .markdown_text import inline, lines
from .record_blocks import BREAK, heading

_LABELLED = re.compile(r"([^:]{1,30}):\s+(\S.*)")
"""'Who: online customers': a short label, a colon, then what it says."""


def summary_section(review: Review, words: Mapping) -> list[str]:
    """'Summary' and 'Impact' sections; one sentence saying neither was written when both are empty."""
    if not review.summary and not review.impact:
        return [heading(2, words["heading_both"]), words["none"]]
    return [
        heading(2, words["heading"]),
        summary_text(review.summary) or words["no_summary"],
        heading(2, words["impact_heading"]),
        impact_text(review.impact) or words["no_impact"],
    ]


def summary_text(text: str) -> str:
    """Typed paragraphs (a blank line between them) kept apart, each typed line break kept."""
    found = (BREAK.join(lines(paragraph)) for paragraph in re.split(r"\n\s*\n", text))
    return "\n\n".join(paragraph for paragraph in found if paragraph)


def impact_text(text: str) -> str:
    """Like the summary, a label typed before a colon at the start of a line ('Who: …') in bold, so the
    parts the set-up asks for (who, how long, how much) stand out, one a line."""
    found = (BREAK.join(filter(None, map(_point, paragraph.splitlines()))) for paragraph in re.split(r"\n\s*\n", text))
    return "\n\n".join(paragraph for paragraph in found if paragraph)


def _point(line: str) -> str:
    labelled = _LABELLED.fullmatch(line.strip())
    if labelled and inline(labelled[1]):
        return f"**{inline(labelled[1])}:** {inline(labelled[2])}"
    return inline(line)
