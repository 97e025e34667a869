"""Pure functions from files and bytes to domain objects; formats.read_timeline and read_pasted are the way in."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class ImportProblem(ValueError):
    """Input that cannot be read, said with where and what (e.g. 'line 14: no time found in "..."')."""


class ImportContext(NamedTuple):
    """What an importer needs to place times that the file leaves incomplete."""

    incident_date: dt.date
    timezone: str
