"""The time a table or spreadsheet cell gives, read the same way in a Markdown table and a CSV column.

A cell may give the time roughly ('~15:00', '~15:00 UTC', '15:00-ish'), as a range ('15:20–15:45') or with its
date after it ('22:52 UTC, 21st Oct'): the entry is at the time a reader takes from it, as precise as written,
and a range is kept as written in the entry's detail.
"""

from __future__ import annotations

from typing import NamedTuple

from ..domain.timeline import TimePrecision
from .markdown_leads import time_lead


class CellTime(NamedTuple):
    """The time a cell gives, as the placer reads it, how precisely, and the range it starts as written (or '')."""

    stamp: str
    precision: TimePrecision
    span: str


def cell_time(cell: str) -> CellTime:
    """The time of a time cell: its rough time or range read as a reader takes it, else the cell as it is."""
    lead = time_lead(cell) if cell else None
    if lead is None or lead.rest.strip(" .,;:"):
        return CellTime(cell, TimePrecision.EXACT, "")
    return CellTime(lead.stamp, lead.precision, lead.span)
