"""The demo review's JSON (resources/demo/review.json) read into domain objects."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..domain.people import Attendance, Person, Role
from ..domain.review import Review, checked
from ..domain.timeline import MomentKind, TimelineEntry
from . import ImportProblem

DEMO_FORMAT = "facilitator-demo"


class ReviewBundle(NamedTuple):
    """A review with everything that comes with it, ready to store."""

    review: Review
    people: tuple[Person, ...]
    entries: tuple[TimelineEntry, ...]


def read_demo(data: dict) -> ReviewBundle:
    if data.get("format") != DEMO_FORMAT or data.get("version") != 1:
        raise ImportProblem("not a version 1 demo review file")
    r = data["review"]
    review = checked(
        Review(
            incident_ref=r["incident_ref"],
            title=r["title"],
            incident_date=dt.date.fromisoformat(r["incident_date"]),
            severity=r.get("severity", ""),
            major=bool(r.get("major", False)),
            client=r.get("client", ""),
            folder=r.get("folder", ""),
            slot_minutes=int(r.get("slot_minutes", 90)),
            timezone=r.get("timezone", "UTC"),
            summary=r.get("summary", ""),
            impact=r.get("impact", ""),
            meeting_date=dt.date.fromisoformat(r["meeting_date"]) if r.get("meeting_date") else None,
            meeting_time=dt.time.fromisoformat(r["meeting_time"]) if r.get("meeting_time") else None,
            meeting_place=r.get("meeting_place", ""),
            meeting_link=r.get("meeting_link", ""),
        )
    )
    people = tuple(
        Person(
            name=p["name"],
            role=Role(p["role"].replace("_", " ")),
            involved=bool(p["involved"]),
            attendance=Attendance(p["attendance"].replace("_", " ")),
            facilitates=bool(p.get("facilitates", False)),
            takes_notes=bool(p.get("takes_notes", False)),
        )
        for p in data["people"]
    )
    entries = tuple(
        TimelineEntry(
            at=dt.datetime.fromisoformat(e["at"]),
            actor=e.get("actor", ""),
            text=e["text"],
            detail=e.get("detail", ""),
            moment=MomentKind(e["moment"]) if e.get("moment") else None,
            prep_note=e.get("prep_note", ""),
        )
        for e in data["timeline"]
    )
    return ReviewBundle(review, people, entries)
