"""The numbered schema changes, applied in order; never edit one that has shipped, and run schema_snapshot after adding one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from .schema import MIGRATION_SET

MIGRATIONS = Migrations(MIGRATION_SET)


@MIGRATIONS(name="0001_reviews_people_timeline")
def _reviews_people_timeline(db: Database) -> None:
    db.table("reviews").create(
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
    db.table("people").create(
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
    db.table("people").create_index(["review_id"])
    db.table("timeline_entries").create(
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
    db.table("timeline_entries").create_index(["review_id", "at_utc"])
    db.table("timeline_entries").create_index(["review_id", "source_key"], unique=True)
    db.table("entry_questions").create(
        {"id": int, "entry_id": int, "text": str},
        pk="id",
        foreign_keys=[("entry_id", "timeline_entries", "id")],
        not_null={"entry_id", "text"},
    )
    db.table("entry_questions").create_index(["entry_id"])


@MIGRATIONS(name="0002_meeting_notes_parking_lot")
def _meeting_notes_parking_lot(db: Database) -> None:
    reviews = [("review_id", "reviews", "id")]
    db.table("reviews").add_column("opening_text", str)
    db.table("reviews").add_column("pulse_learned", int)
    db.table("reviews").add_column("pulse_would_return", int)
    db.table("meeting_events").create(
        {"id": int, "review_id": int, "at_utc": str, "kind": str, "phase": str},
        pk="id",
        foreign_keys=reviews,
        not_null={"review_id", "at_utc", "kind"},
    )
    db.table("meeting_events").create_index(["review_id", "at_utc"])
    db.table("phase_budgets").create(
        {"review_id": int, "phase": str, "minutes": int},
        pk=("review_id", "phase"),
        foreign_keys=reviews,
        not_null={"minutes"},
    )
    db.table("key_questions").create(
        {"review_id": int, "key": str, "covered": int, "answer": str},
        pk=("review_id", "key"),
        foreign_keys=reviews,
        defaults={"covered": 0, "answer": ""},
    )
    db.table("notes").create(
        {
            "id": int,
            "review_id": int,
            "entry_id": int,
            "phase": str,
            "key_question": str,
            "text": str,
            "speaker": str,
            "tag": str,
            "private": int,
            "wall_utc": str,
            "meeting_seconds": int,
        },
        pk="id",
        foreign_keys=reviews,
        not_null={"review_id", "text", "tag", "wall_utc"},
        defaults={"speaker": "", "private": 0, "meeting_seconds": 0},
    )
    db.table("notes").create_index(["review_id", "entry_id"])
    db.table("note_drafts").create(
        {"review_id": int, "text": str, "updated_utc": str},
        pk="review_id",
        foreign_keys=reviews,
    )
    db.table("parked_items").create(
        {
            "id": int,
            "review_id": int,
            "text": str,
            "category": str,
            "raised_by": str,
            "entry_id": int,
            "phase": str,
            "created_utc": str,
            "fate": str,
            "fate_reason": str,
        },
        pk="id",
        foreign_keys=reviews,
        not_null={"review_id", "text", "category", "created_utc"},
        defaults={"raised_by": "", "fate": "", "fate_reason": ""},
    )
    db.table("parked_items").create_index(["review_id"])


@MIGRATIONS(name="0003_current_key_question")
def _current_key_question(db: Database) -> None:
    db.table("reviews").add_column("current_key_question", str)


@MIGRATIONS(name="0005_actions_comments")
def _actions_comments(db: Database) -> None:
    reviews = [("review_id", "reviews", "id")]
    db.table("actions").create(
        {
            "id": int,
            "review_id": int,
            "title": str,
            "owner": str,
            "due": str,
            "priority": str,
            "isms_impact": int,
            "tracker_ref": str,
            "description": str,
            "parked_item_id": int,
            "rank": int,
        },
        pk="id",
        foreign_keys=reviews,
        not_null={"review_id", "title", "owner", "priority"},
        defaults={"isms_impact": 0, "tracker_ref": "", "description": "", "rank": 0},
    )
    db.table("actions").create_index(["review_id"])
    db.table("comments").create(
        {
            "id": int,
            "review_id": int,
            "text": str,
            "author": str,
            "received_on": str,
            "via": str,
            "entry_id": int,
            "shown": int,
        },
        pk="id",
        foreign_keys=reviews,
        not_null={"review_id", "text"},
        defaults={"via": "", "shown": 0},
    )
    db.table("comments").create_index(["review_id"])


@MIGRATIONS(name="0004_recording_link_and_record_exports")
def _recording_link_and_record_exports(db: Database) -> None:
    """Where the recording is, and each record file written with the hash of what was written."""
    db.table("reviews").add_column("recording", str)
    db.table("record_exports").create(
        {"review_id": int, "path": str, "sha256": str, "written_utc": str},
        pk=("review_id", "path"),
        foreign_keys=[("review_id", "reviews", "id")],
        not_null={"sha256", "written_utc"},
    )


TIMELINE_TABLES = ("timeline_entries", "entry_questions")


@MIGRATIONS(name="0006_change_counters")
def _change_counters(db: Database) -> None:
    """A counter the timeline's triggers move on every change, so a window can skip re-reading an unchanged timeline."""
    db.table("change_counters").create({"name": str, "version": int}, pk="name", not_null={"version"})
    db.table("change_counters").insert({"name": "timeline", "version": 0})
    for table in TIMELINE_TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_counts AFTER {event} ON {table} "
                "BEGIN UPDATE change_counters SET version = version + 1 WHERE name = 'timeline'; END"
            )


@MIGRATIONS(name="0007_review_state_from_clock")
def _review_state_from_clock(db: Database) -> None:
    """Reviews kept 'preparing' whatever their clock said: set each from its meeting events, as the app now keeps it."""
    db.execute(
        "UPDATE reviews SET state = CASE"
        " WHEN NOT EXISTS (SELECT 1 FROM meeting_events e WHERE e.review_id = reviews.id AND e.kind = 'start') THEN 'preparing'"
        " WHEN (SELECT e.phase FROM meeting_events e WHERE e.review_id = reviews.id AND e.kind = 'phase'"
        " ORDER BY e.at_utc DESC, e.id DESC LIMIT 1) = 'close' THEN 'held'"
        " ELSE 'in meeting' END"
    )


@MIGRATIONS(name="0008_entry_time_precision")
def _entry_time_precision(db: Database) -> None:
    """How closely each entry's time is known: exact, approximate ('about 17:20') or its day only."""
    db.table("timeline_entries").add_column("precision", str, not_null_default="exact")


@MIGRATIONS(name="0009_summary_impact_meeting_place")
def _summary_impact_meeting_place(db: Database) -> None:
    """The incident's summary and impact, and when and where the review meeting is (for the pre-read)."""
    for column in ("summary", "impact", "meeting_date", "meeting_time", "meeting_place", "meeting_link"):
        db.table("reviews").add_column(column, str)


@MIGRATIONS(name="0011_export_folders")
def _export_folders(db: Database) -> None:
    """Every folder an export was written into, so what a crash left half-written there is removed at the next start."""
    db.table("export_folders").create({"folder": str, "first_written_utc": str}, pk="folder", not_null={"first_written_utc"})


@MIGRATIONS(name="0012_write_queues")
def _write_queues(db: Database) -> None:
    """How far each window's queue of waiting writes has been written, in the same transaction as the writes,
    so that replaying a queue after a crash writes nothing twice."""
    db.table("write_queues").create({"name": str, "written": int}, pk="name", not_null={"written"})
