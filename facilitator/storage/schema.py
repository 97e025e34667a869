"""The current schema as a snapshot (schema.json), so a brand-new database is created without running the migrations."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

from .connection import Connection, Database, quoted

MIGRATION_SET = "facilitator"
MIGRATIONS_TABLE = "_sqlite_migrations"

REVIEW_TABLES = (
    "people",
    "timeline_entries",
    "meeting_events",
    "phase_budgets",
    "key_questions",
    "notes",
    "note_drafts",
    "parked_items",
    "actions",
    "comments",
    "record_exports",
)
"""Every table whose rows belong to one review through a review_id column (purged with it)."""


@functools.cache
def snapshot() -> dict:
    """The names of every migration, in order, and the statements that recreate what they make."""
    return json.loads(Path(__file__).with_name("schema.json").read_text(encoding="utf-8"))


def known_migrations() -> list[str]:
    return list(snapshot()["migrations"])


def applied_migrations(db: Database, migration_set: str) -> list[str]:
    """The migrations of the set recorded in the database, in the order they were applied."""
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    rows = db.execute(f"SELECT name FROM {quoted(MIGRATIONS_TABLE)} WHERE migration_set = ? ORDER BY id", [migration_set])
    return [name for (name,) in rows]


def load_schema(db: Connection) -> None:
    """Give an empty database the current schema, each migration recorded as applied, in one transaction."""
    applied_at = str(dt.datetime.now(dt.UTC))
    with db.atomic():
        for statement in snapshot()["statements"]:
            db.execute(statement)
        db.insert_all(
            MIGRATIONS_TABLE,
            ({"migration_set": MIGRATION_SET, "name": name, "applied_at": applied_at} for name in known_migrations()),
        )
