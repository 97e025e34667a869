"""A date outside its range, said in the texts' language (for the forms, the command line and restore alike)."""

from __future__ import annotations

from .domain.plausible_dates import DateOutOfRange
from .refusal_words import sentence_for


def out_of_range(problem: DateOutOfRange) -> str:
    """[out_of_range] of dates.toml, for the problem's kind of date and its range."""
    return sentence_for(problem)
