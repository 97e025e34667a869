"""A date outside its range, said in the texts' language (for the forms, the command line and restore alike)."""

from __future__ import annotations

from .content import texts
from .domain.plausible_dates import DateKind, DateOutOfRange


def out_of_range(problem: DateOutOfRange) -> str:
    words = texts("dates")["out_of_range"]
    template = words["incident"] if problem.kind is DateKind.INCIDENT else words["due"]
    return template.format(
        day=problem.day.isoformat(), earliest=problem.earliest.isoformat(), latest=problem.latest.isoformat()
    )
