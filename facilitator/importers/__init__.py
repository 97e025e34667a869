"""Pure functions from files and bytes to domain objects; formats.read_timeline and read_pasted are the way in."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..domain.record import record


class ImportProblem(ValueError):
    """Input that cannot be read, said with where and what (e.g. 'line 14: no time found in "..."')."""


class AmbiguousZone(ImportProblem):
    """A zone abbreviation that names several zones (CST, IST) and that the review's own zone does not settle.

    The window asks which one is meant and imports again with the answer in ImportContext.zone_answers;
    the command line refuses the file with this message."""

    def __init__(self, message: str, abbreviation: str, candidates: tuple[str, ...]):
        super().__init__(message)
        self.abbreviation = abbreviation
        self.candidates = candidates


@record
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
    zone_answers: tuple[tuple[str, str], ...] = ()
    """The user's answers to AmbiguousZone: (abbreviation, IANA zone name) pairs."""
    today: dt.date | None = None
    """The day the import is done, for the 'Today' and 'Yesterday' of a chat copy; None: the computer's date."""

    def skip(self, where: str, reason: str) -> None:
        """Report a part of the input that is not imported, so nothing is dropped silently."""
        if self.skipped is not None:
            self.skipped.append(Skipped(where, reason))
