"""The numbered schema changes, applied in order; never edit one that has shipped."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("facilitator")


@MIGRATIONS(name="0001_reviews_people_timeline")
def _reviews_people_timeline(db: Database) -> None:
    db["reviews"].create(
        {
            "id": int,
            "incident_ref": str,
            "title": str,
            "incident_date": str,
            "severity": str,
            "major": int,
            "client": str,
            "folder": str,
            "slot_minutes": int,
            "timezone": str,
            "state": str,
            "current_entry_id": int,
            "created_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"incident_ref", "title", "incident_date", "slot_minutes", "timezone", "state"},
    )
    db["people"].create(
        {
            "id": int,
            "review_id": int,
            "name": str,
            "role": str,
            "involved": int,
            "attendance": str,
            "facilitates": int,
            "takes_notes": int,
        },
        pk="id",
        foreign_keys=[("review_id", "reviews", "id")],
        not_null={"review_id", "name", "role", "attendance"},
    )
    db["people"].create_index(["review_id"])
    db["timeline_entries"].create(
        {
            "id": int,
            "review_id": int,
            "at_utc": str,
            "actor": str,
            "text": str,
            "detail": str,
            "moment": str,
            "prep_note": str,
            "source_key": str,
            "discussed": int,
            "seconds_on_screen": int,
        },
        pk="id",
        foreign_keys=[("review_id", "reviews", "id")],
        not_null={"review_id", "at_utc", "text"},
        defaults={"discussed": 0, "seconds_on_screen": 0, "actor": "", "detail": "", "prep_note": ""},
    )
    db["timeline_entries"].create_index(["review_id", "at_utc"])
    db["timeline_entries"].create_index(["review_id", "source_key"], unique=True)
    db["entry_questions"].create(
        {"id": int, "entry_id": int, "text": str},
        pk="id",
        foreign_keys=[("entry_id", "timeline_entries", "id")],
        not_null={"entry_id", "text"},
    )
    db["entry_questions"].create_index(["entry_id"])
