"""Findings from the attendance guidance: who should be in the room, and who should not run it."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

from .people import Person, Role, facilitator, note_taker
from .record import record
from .review import Review

LARGE_AUDIENCE = 12


class Level(enum.IntEnum):
    """How much a finding matters; findings advise and never block."""

    NOTE = 1
    WARNING = 2


@record
class Finding:
    code: str
    level: Level
    names: tuple[str, ...] = ()

    def sentence(self, texts: Mapping[str, str]) -> str:
        """The finding in our own words, from the editable text templates."""
        template = texts.get(self.code, self.code)
        return template.format(names=_joined(self.names), count=len(self.names))


def _joined(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def findings(review: Review, people: Sequence[Person]) -> list[Finding]:
    """Every finding for this set-up, warnings first, in a stable order."""
    found = [
        *_facilitation(facilitator(people), note_taker(people)),
        *_responders_left_out(people),
        *_senior_presence(review, people),
        *_client_presence(review, people),
        *_audience(people),
    ]
    return sorted(found, key=lambda f: -f.level)


def _facilitation(host: Person | None, scribe: Person | None) -> list[Finding]:
    found = []
    if host is None:
        found.append(Finding("no_facilitator", Level.WARNING))
    elif host.involved:
        found.append(Finding("facilitator_involved", Level.WARNING, (host.name,)))
    if scribe is None:
        found.append(Finding("no_note_taker", Level.WARNING))
    elif scribe.facilitates:
        found.append(Finding("note_taker_is_facilitator", Level.WARNING, (scribe.name,)))
    return found


def _responders_left_out(people: Sequence[Person]) -> list[Finding]:
    left_out = tuple(p.name for p in people if p.involved and not p.attendance.asked_to_come)
    return [Finding("involved_not_invited", Level.WARNING, left_out)] if left_out else []


def _senior_presence(review: Review, people: Sequence[Person]) -> list[Finding]:
    if not review.major:
        return []
    if any(
        p.role is Role.SENIOR_STAFF and not p.involved and p.attendance.expected for p in people
    ):
        return []
    return [Finding("major_without_senior", Level.WARNING)]


def _client_presence(review: Review, people: Sequence[Person]) -> list[Finding]:
    if not review.client:
        return []
    if any(p.role is Role.CLIENT_CONTACT and p.attendance.asked_to_come for p in people):
        return []
    return [Finding("client_without_contact", Level.WARNING, (review.client,))]


def _audience(people: Sequence[Person]) -> list[Finding]:
    coming = [p for p in people if p.attendance.expected]
    outside = tuple(p.name for p in coming if p.role is Role.CLIENT_CONTACT)
    found = []
    if len(coming) > LARGE_AUDIENCE:
        found.append(Finding("large_audience", Level.NOTE, tuple(p.name for p in coming)))
    if outside:
        found.append(Finding("outside_parties", Level.NOTE, outside))
    return found

