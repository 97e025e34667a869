"""Where PostgreSQL's SQL differs from SQLite's: the one place the stores' SQLite statements are rewritten for a server.

The stores write SQLite's SQL; a server connection (server.py) passes each statement through postgres_sql() first:
placeholders (`?`, `:name`), INSERT OR IGNORE, max() of two values, `IS ?`, BEGIN IMMEDIATE, and the few PRAGMAs
the stores use. Inserts into a table with an id column get RETURNING id, for lastrowid."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

ID_TABLES = frozenset(
    {
        "_sqlite_migrations", "reviews", "people", "timeline_entries", "entry_questions", "meeting_events",
        "notes", "parked_items", "actions", "comments",
    }
)
"""Tables whose rows get an id from the database (SQLite's INTEGER PRIMARY KEY, a server's identity column)."""

CHANNEL = "facilitator"
"""The LISTEN/NOTIFY channel every committed write is announced on."""

NO_STATEMENT = ""
"""What a PRAGMA with no meaning on a server becomes: nothing is sent."""

_PRAGMAS = {
    "wal_checkpoint(truncate)": NO_STATEMENT,  # a server keeps no write-ahead log of ours to empty
    "busy_timeout": "SELECT (extract(epoch FROM current_setting('lock_timeout')::interval) * 1000)::bigint",
    "foreign_keys": "SELECT 1",
}
_SET_BUSY_TIMEOUT = re.compile(r"^\s*PRAGMA\s+busy_timeout\s*=\s*(\d+)\s*$", re.IGNORECASE)
_PRAGMA = re.compile(r"^\s*PRAGMA\s+(.+?)\s*$", re.IGNORECASE | re.DOTALL)
_WRITE = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", re.IGNORECASE)
_INSERT_INTO = re.compile(r'^\s*INSERT\s+INTO\s+"?(\w+)"?', re.IGNORECASE)
_TWO_VALUE_MAX = re.compile(r"\bmax\((\w+), (excluded\.\w+)\)", re.IGNORECASE)
_IS_PARAMETER = re.compile(r"\bIS \?", re.IGNORECASE)
_EMPTY_LIST = re.compile(r"\bIN \(\)", re.IGNORECASE)


_ROWS_INSERT = re.compile(
    r"^(?P<head>INSERT INTO .+?\)) VALUES \((?P<values>(?:[^()%]|%s|%\(\w+\)s)+)\)(?P<tail>(?: ON CONFLICT DO NOTHING)?)(?: RETURNING id)?$",
    re.DOTALL,
)
_NAMED = re.compile(r"%\((\w+)\)s")
STATEMENT_BYTES = 4000
"""How long a batched insert's statement may be: every full batch is the same statement, short enough for the
driver to read it once and keep it (psycopg keeps statements up to 4096 bytes) and the server to prepare it once;
one statement of 20,000 rows would take the driver seconds to read."""


class ManyRows(NamedTuple):
    """An insert of many rows as one statement per batch: a server runs one statement far sooner than thousands."""

    head: str
    row: str
    tail: str
    names: tuple[str, ...]
    """The parameter names in order, for rows given as dicts; () for rows given in order."""

    def batches(self, rows: Sequence[Any]) -> Iterator[tuple[str, list]]:
        """(statement, parameters) for each batch of rows."""
        size = max(1, (STATEMENT_BYTES - len(self.head) - len(self.tail) - 10) // (len(self.row) + 2))
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            values = [value for row in batch for value in (self._ordered(row))]
            yield f"{self.head} VALUES {', '.join([self.row] * len(batch))}{self.tail}", values

    def _ordered(self, row: Any) -> Sequence[Any]:
        return [row[name] for name in self.names] if self.names else row


def many_rows(translated: str) -> ManyRows | None:
    """How to insert many rows with this (already translated) statement in batches, or None if it is no plain
    insert of one row of values (an upsert that updates, say, must see each row in turn)."""
    match = _ROWS_INSERT.match(translated)
    if not match:
        return None
    values = match.group("values")
    names = tuple(_NAMED.findall(values))
    return ManyRows(match.group("head"), f"({_NAMED.sub('%s', values)})", match.group("tail"), names)


def written_table(sql: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE writes, or None for any other statement."""
    match = _WRITE.match(sql)
    return match.group(1) if match else None


@functools.lru_cache(maxsize=512)
def postgres_sql(sql: str) -> str:
    """The statement as a server takes it (NO_STATEMENT for a PRAGMA that means nothing there)."""
    pragma = _pragma(sql)
    if pragma is not None:
        return pragma
    if sql.strip().upper() == "BEGIN IMMEDIATE":
        return "BEGIN"  # a server locks rows as they are written, not the whole database
    ignore = bool(_INSERT_OR_IGNORE.match(sql))
    if ignore:
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1)
    into = _INSERT_INTO.match(sql)
    table = f"{into.group(1)}." if into else ""  # in an upsert a bare column name would be ambiguous there
    sql = _TWO_VALUE_MAX.sub(lambda m: f"GREATEST({table}{m.group(1)}, {m.group(2)})", sql)
    sql = _IS_PARAMETER.sub("IS NOT DISTINCT FROM ?", sql)
    sql = _EMPTY_LIST.sub("IN (NULL)", sql)  # matches nothing, as SQLite's empty list
    sql = _placeholders(sql)
    if ignore:
        sql += " ON CONFLICT DO NOTHING"
    insert = _INSERT_INTO.match(sql)
    if insert and insert.group(1) in ID_TABLES and "RETURNING" not in sql.upper():
        sql += " RETURNING id"
    return sql


def _pragma(sql: str) -> str | None:
    setting = _SET_BUSY_TIMEOUT.match(sql)
    if setting:
        return f"SET lock_timeout = {max(1, int(setting.group(1)))}"  # 0 would mean wait forever there
    match = _PRAGMA.match(sql)
    if not match:
        return None
    name = match.group(1).lower().replace(" ", "")
    if name not in _PRAGMAS:
        raise ValueError(f"PRAGMA {name} has no meaning on a database server.")
    return _PRAGMAS[name]


def _placeholders(sql: str) -> str:
    """`?` becomes %s and `:name` %(name)s, outside quoted strings and names; a literal % is doubled."""
    out = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"":
            end = sql.index(c, i + 1) + 1
            while end < n and sql[end] == c:  # a doubled quote inside the string or name
                end = sql.index(c, end + 1) + 1
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif c == "?":
            out.append("%s")
            i += 1
        elif c == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") and (i == 0 or sql[i - 1] != ":"):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            out.append(f"%({sql[i + 1 : j]})s")
            i = j
        elif c == "%":
            out.append("%%")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)
