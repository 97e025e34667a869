"""The people around a review: their role, whether they responded, and whether they come."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import field

from .record import record


class Role(enum.StrEnum):
    RESPONDER = "responder"
    CLIENT_CONTACT = "client contact"
    TECH_TEAM = "tech team"
    SENIOR_STAFF = "senior staff"
    OTHER = "other"


class Attendance(enum.StrEnum):
    NOT_INVITED = "not invited"
    INVITED = "invited"
    PRESENT = "present"
    APOLOGIES = "apologies"

    @property
    def asked_to_come(self) -> bool:
        """Invited, whether or not they could make it."""
        return self is not Attendance.NOT_INVITED

    @property
    def expected(self) -> bool:
        """Will be (or is) in the room."""
        return self in (Attendance.INVITED, Attendance.PRESENT)


@record
class Person:
    name: str
    role: Role = Role.OTHER
    involved: bool = False
    attendance: Attendance = Attendance.INVITED
    facilitates: bool = False
    takes_notes: bool = False
    id: int | None = field(default=None, compare=False)


def facilitator(people: Sequence[Person]) -> Person | None:
    return next((p for p in people if p.facilitates), None)


def note_taker(people: Sequence[Person]) -> Person | None:
    return next((p for p in people if p.takes_notes), None)
