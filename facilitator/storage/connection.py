"""One SQLite connection with dict rows and nestable transactions, named after the sqlite-utils calls it replaces."""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
import threading
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from .server import ServerConnection

Params = Sequence[Any] | Mapping[str, Any]


class RowMissing(LookupError):
    """No row has that id in that table."""


def known_id(id: int | None) -> int:
    """The id of something stored; RowMissing for something never stored (it has no id yet)."""
    if id is None:
        raise RowMissing("That has not been stored yet, so it has no id.")
    return id


def quoted(name: str) -> str:
    """An identifier in double quotes, any double quote in it doubled."""
    return '"' + name.replace('"', '""') + '"'


_OPEN_HERE: Counter[str] = Counter()
"""Database files this process has connections to, by real path, with how many."""
_OPEN_HERE_LOCK = threading.Lock()
"""Import and export jobs open and close connections on worker threads."""


def open_here(path: Path | str) -> bool:
    """Whether this process holds a connection to the file: then only SQLite may open it. Closing any other
    descriptor of the file (a header read, say) would drop every lock SQLite holds on it, and another
    process closing the database would then delete the write-ahead log this one is still writing to."""
    with _OPEN_HERE_LOCK:
        return _OPEN_HERE[os.path.realpath(path)] > 0


def _count(path: str, change: int) -> None:
    with _OPEN_HERE_LOCK:
        _OPEN_HERE[path] += change


class RowReads:
    """Reading rows by table, the same on a file's connection and a server's: both answer query()."""

    def query(self, sql: str, params: Params = ()) -> list[dict]:
        raise NotImplementedError

    def rows(
        self, table: str, where: str = "TRUE", params: Params = (), order_by: str | None = None, select: str = "*"
    ) -> list[dict]:
        """The rows of a table that match `where`, as dicts."""
        order = f" ORDER BY {order_by}" if order_by else ""
        return self.query(f"SELECT {select} FROM {quoted(table)} WHERE {where}{order}", params)

    def row(self, table: str, id: int) -> dict:
        """The row with this id, or RowMissing."""
        rows = self.rows(table, "id = ?", [id])
        if not rows:
            raise RowMissing(f"There is no row with id {id} in {table}.")
        return rows[0]


class Connection(RowReads):
    """One database file in autocommit (transactions only via atomic()); table and column names are code constants, never user input."""

    dialect = "sqlite"

    def __init__(self, path: Path | str, timeout: float = 5.0):
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=timeout, check_same_thread=False)
        self._savepoints = itertools.count(1)
        self._path = os.path.realpath(path)
        _count(self._path, 1)
        self._uncount = weakref.finalize(self, _count, self._path, -1)  # once: on close(), or when dropped unclosed

    @property
    def location(self) -> Path:
        """The database file, as opened (for messages and a second connection)."""
        return Path(self._path)

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[dict]:
        """Every row of a SELECT as a dict keyed by column name."""
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row; returns its id."""
        return known_id(self.conn.execute(insert_sql(table, list(row)), list(row.values())).lastrowid)

    def insert_all(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert rows that all have the same columns, all or none."""
        rows, columns = same_columns(table, rows)
        if not rows:
            return
        with self.atomic():
            self.conn.executemany(insert_sql(table, columns), [[row[column] for column in columns] for row in rows])

    def update(self, table: str, id: int, changes: Mapping[str, Any]) -> None:
        """Set these columns of the row with this id, or RowMissing."""
        if not changes:
            self.row(table, id)
            return
        assignments = ", ".join(f"{quoted(column)} = ?" for column in changes)
        sql = f"UPDATE {quoted(table)} SET {assignments} WHERE id = ?"
        if not self.conn.execute(sql, [*changes.values(), id]).rowcount:
            raise RowMissing(f"There is no row with id {id} in {table}.")

    def delete(self, table: str, id: int) -> None:
        """Delete the row with this id, or RowMissing."""
        if not self.conn.execute(f"DELETE FROM {quoted(table)} WHERE id = ?", [id]).rowcount:
            raise RowMissing(f"There is no row with id {id} in {table}.")

    def delete_where(self, table: str, where: str, params: Params = ()) -> None:
        self.conn.execute(f"DELETE FROM {quoted(table)} WHERE {where}", params)

    def count(self, table: str, where: str = "1", params: Params = ()) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {quoted(table)} WHERE {where}", params).fetchone()[0]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """A transaction, or a savepoint inside one already open: all of the block or none of it.

        The transaction takes the write lock as it begins (waiting out another process's, up to the busy
        timeout), so a read inside it can never go stale before its write and fail at once."""
        if self.conn.in_transaction:
            savepoint = quoted(f"atomic_{next(self._savepoints)}")
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # An error such as a RAISE(ROLLBACK) trigger can end the whole transaction, savepoint included.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO {savepoint}")
                    self.conn.execute(f"RELEASE {savepoint}")
                raise
            self.conn.execute(f"RELEASE {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_names(self) -> list[str]:
        return [name for (name,) in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()
        self._uncount()


def insert_sql(table: str, columns: Sequence[str]) -> str:
    """An INSERT of these columns, with a placeholder for each (SQLite's form; a server's connection rewrites it)."""
    names = ", ".join(quoted(column) for column in columns)
    return f"INSERT INTO {quoted(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"


def same_columns(table: str, rows: Iterable[Mapping[str, Any]]) -> tuple[list[Mapping[str, Any]], list[str]]:
    """The rows, and the columns they all have (ValueError when they differ): what one INSERT can take."""
    rows = list(rows)
    columns = list(rows[0]) if rows else []
    if any(row.keys() != rows[0].keys() for row in rows):
        raise ValueError(f"Rows inserted together into {table} must all have the same columns.")
    return rows, columns


Database: TypeAlias = "Connection | ServerConnection"
"""A review database: a file (Connection) or a server's (server.ServerConnection), answering the same calls."""
