"""Writes schema.json from the migrations: run `python -m facilitator.storage.schema_snapshot` after adding one."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from .connection import quoted
from .migrations import MIGRATIONS
from .schema import MIGRATIONS_TABLE

TARGET = Path(__file__).with_name("schema.json")


def take_snapshot() -> dict:
    """Every migration's name, and the statements that rebuild a freshly migrated database, in sqlite_master order."""
    db = Database(memory=True, execute_plugins=False)
    MIGRATIONS.apply(db)
    statements = []
    objects = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    for kind, name, sql in objects:
        statements.append(sql)
        if kind == "table" and name != MIGRATIONS_TABLE:
            statements.extend(_inserts(db, name))
    return {"migrations": [m.name for m in MIGRATIONS.applied(db)], "statements": statements}


def _inserts(db: Database, table: str) -> list[str]:
    """The rows the migrations put in a table, as INSERTs placed right after its CREATE, before any trigger exists."""
    columns = [column for _, column, *_ in db.execute(f"PRAGMA table_info({quoted(table)})")]
    names = ", ".join(quoted(column) for column in columns)
    literals = ", ".join(f"quote({quoted(column)})" for column in columns)
    return [
        f"INSERT INTO {quoted(table)} ({names}) VALUES ({', '.join(values)})"
        for values in db.execute(f"SELECT {literals} FROM {quoted(table)} ORDER BY rowid")
    ]


def main() -> None:
    TARGET.write_text(json.dumps(take_snapshot(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
