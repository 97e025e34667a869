"""Counting the statements a connection runs, for the tests and benchmarks that hold a key press to its budget."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from .connection import Connection

DATA_STATEMENTS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "REPLACE")
"""What counts as a query: a statement that reads or writes rows. Transaction control (BEGIN, COMMIT, SAVEPOINT) and
PRAGMAs (the change watch's data_version among them) are not counted."""

_WRITTEN_TABLE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+\"?(\w+)\"?", re.I
)


@contextlib.contextmanager
def counted_statements(db: Connection) -> Iterator[list[str]]:
    """Within the block, every query the connection runs is added to the list yielded, as its SQL.

    sqlite3 reports each step of a trigger with the SQL of the statement that fired it: a write to a table with
    triggers is counted once however many times it is reported in a row (the steps its triggers ran)."""
    triggered = {row[0] for row in db.conn.execute("SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger'")}
    seen: list[str] = []

    def heard(sql: str) -> None:
        words = sql.lstrip().split(None, 1)
        if not words or words[0].upper() not in DATA_STATEMENTS:
            return
        written = _WRITTEN_TABLE.match(sql)
        if seen and sql == seen[-1] and written is not None and written.group(1) in triggered:
            return
        seen.append(sql)

    db.conn.set_trace_callback(heard)
    try:
        yield seen
    finally:
        db.conn.set_trace_callback(None)
