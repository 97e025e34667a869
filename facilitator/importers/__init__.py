"""Pure functions from files and bytes to domain objects; formats.read_timeline and read_pasted are the way in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple


class ImportProblem(ValueError):
    """Input that cannot be read, said with where and what (e.g. 'line 14: no time found in "..."')."""


@dataclass(frozen=True)
class Skipped:
    """A part of the input left out of the timeline, with where it is and why ('line 12', 'no time found')."""

    where: str
    reason: str


class ImportContext(NamedTuple):
    """What an importer needs to place times that the file leaves incomplete, and where it reports what it skips."""

    incident_date: dt.date
    timezone: str
    skipped: list[Skipped] | None = None
    """Filled by the readers with every part they leave out; None when nobody asked."""

    def skip(self, where: str, reason: str) -> None:
        """Report a part of the input that is not imported, so nothing is dropped silently."""
        if self.skipped is not None:
            self.skipped.append(Skipped(where, reason))
