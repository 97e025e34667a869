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
        },
        pk="id",
        foreign_keys=[("review_id", "reviews", "id")],
        not_null={"review_id", "at_utc", "text"},
    )
    db["timeline_entries"].create_index(["review_id", "at_utc"])
