"""One connection to a PostgreSQL server, with the same calls as connection.Connection, so every store works on both.

Each statement is the stores' SQLite SQL rewritten by dialect.postgres_sql(). Every committed write is announced
with NOTIFY on dialect.CHANNEL (payload: the tables written and the reviews named), which changes.py listens to.
A unique, foreign-key or not-null refusal comes out as sqlite3.IntegrityError and a lock waited out as a busy
sqlite3.OperationalError, as from SQLite, so the callers' handling holds; anything else from the server comes as a
ServerError sentence, without any password."""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .connection import Params, RowMissing, RowReads, insert_sql, quoted, same_columns
from .dialect import CHANNEL, NO_STATEMENT, many_rows, postgres_sql, written_table
from .errors import SQLITE_BUSY, ServerError, StorageError
from .server_url import scrubbed, without_password

if TYPE_CHECKING:
    import psycopg


class ServerCursor:
    """What a statement gave back, with lastrowid from the RETURNING id dialect.py adds to inserts."""

    def __init__(self, cursor: psycopg.Cursor | None, returns_id: bool):
        self._cursor = cursor
        self.lastrowid: int | None = None
        if cursor is not None and returns_id and cursor.description is not None:
            row = cursor.fetchone()
            self.lastrowid = row[0] if row else None

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount if self._cursor is not None else -1

    @property
    def description(self) -> list[tuple[str]] | None:
        if self._cursor is None or self._cursor.description is None:
            return None
        return [(column.name,) for column in self._cursor.description]

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor is not None and self._has_rows() else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor is not None and self._has_rows() else []

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.fetchall())

    def _has_rows(self) -> bool:
        return self._cursor is not None and self._cursor.description is not None


class ServerConnection(RowReads):
    """A database on a server in autocommit (transactions only via atomic()), table and column names code constants."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection, url: str):
        self.raw = raw
        self.url = url
        self.location = without_password(url)
        self._savepoints = itertools.count(1)
        self._written: set[str] = set()
        self._reviews: set[int] = set()

    @property
    def conn(self) -> ServerConnection:
        """Itself: what callers reach for on an SQLite connection's raw sqlite3 object works here too."""
        return self

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    @property
    def backend_pid(self) -> int:
        return self.raw.info.backend_pid

    def execute(self, sql: str, params: Params = ()) -> ServerCursor:
        command = sql.strip().upper()
        if command == "COMMIT":
            self._announce()
        translated = postgres_sql(sql)
        if translated == NO_STATEMENT:
            return ServerCursor(None, False)
        table = written_table(sql)
        if table is not None and not self.in_transaction:
            return self._write_and_announce(translated, params, table)
        with self.errors_said():
            cursor = self.raw.execute(translated, params)
        if command == "ROLLBACK":
            self._forget()
        if table is not None:
            self._note_write(table, [params])
        return ServerCursor(cursor, translated.endswith("RETURNING id"))

    def _write_and_announce(self, translated: str, params: Params, table: str) -> ServerCursor:
        """A write outside a transaction and its NOTIFY sent together, one round trip: in one pipeline they commit
        together, and a refused write sends no notice."""
        self._note_write(table, [params])
        payload = self._payload()
        try:
            with self.errors_said(), self.raw.pipeline():
                cursor = self.raw.execute(translated, params)
                self.raw.execute("SELECT pg_notify(%s, %s)", [CHANNEL, payload])
        finally:
            self._forget()
        return ServerCursor(cursor, translated.endswith("RETURNING id"))

    def executemany(self, sql: str, rows: Iterable[Params]) -> ServerCursor:
        rows = list(rows)
        if not rows:
            return ServerCursor(None, False)
        translated = postgres_sql(sql)
        batched = many_rows(translated)
        with self.errors_said(), self.raw.cursor() as cursor:
            if batched is None:
                cursor.executemany(translated, rows)
            else:
                with self.atomic() if not self.in_transaction else contextlib.nullcontext(), self.raw.pipeline():
                    for statement, values in batched.batches(rows):  # sent without waiting for each answer
                        cursor.execute(statement, values)
            table = written_table(sql)
            if table is not None:
                self._note_write(table, rows)
                if not self.in_transaction:
                    self._announce()
            return ServerCursor(cursor, False)

    def query(self, sql: str, params: Params = ()) -> list[dict]:
        """Every row of a SELECT as a dict keyed by column name."""
        cursor = self.execute(sql, params)
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row; returns its id (for a table without one, 0)."""
        sql = insert_sql(table, list(row))
        self._note_write(table, [row])  # the review it belongs to, for the change notice
        return self.execute(sql, list(row.values())).lastrowid or 0

    def insert_all(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        rows, columns = same_columns(table, rows)
        if not rows:
            return
        sql = insert_sql(table, columns)
        with self.atomic():
            self.executemany(sql, [[row[column] for column in columns] for row in rows])

    def update(self, table: str, id: int, changes: Mapping[str, Any]) -> None:
        if not changes:
            self.row(table, id)
            return
        assignments = ", ".join(f"{quoted(column)} = ?" for column in changes)
        self._note_write(table, [{"review_id": id} if table == "reviews" else changes])
        if not self.execute(f"UPDATE {quoted(table)} SET {assignments} WHERE id = ?", [*changes.values(), id]).rowcount:
            raise RowMissing(f"There is no row with id {id} in {table}.")

    def delete(self, table: str, id: int) -> None:
        if not self.execute(f"DELETE FROM {quoted(table)} WHERE id = ?", [id]).rowcount:
            raise RowMissing(f"There is no row with id {id} in {table}.")

    def delete_where(self, table: str, where: str, params: Params = ()) -> None:
        self.execute(f"DELETE FROM {quoted(table)} WHERE {where}", params)

    def count(self, table: str, where: str = "TRUE", params: Params = ()) -> int:
        row = self.execute(f"SELECT count(*) FROM {quoted(table)} WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    @contextlib.contextmanager
    def atomic(self) -> Iterator[ServerConnection]:
        """A transaction, or a savepoint inside one already open: all of the block or none of it."""
        if self.in_transaction:
            savepoint = quoted(f"atomic_{next(self._savepoints)}")
            self.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.in_transaction:
                    self.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.in_transaction and not self.raw.closed:
            with contextlib.suppress(StorageError):
                self.execute("ROLLBACK")
        self._forget()

    def table_names(self) -> list[str]:
        rows = self.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
        return [name for (name,) in rows]

    def close(self) -> None:
        self.raw.close()

    def _note_write(self, table: str, params: Sequence[Params]) -> None:
        self._written.add(table)
        for one in params:
            if isinstance(one, Mapping) and isinstance(one.get("review_id"), int):
                self._reviews.add(one["review_id"])

    def _announce(self) -> None:
        """NOTIFY what was written: inside the transaction (sent at its commit), or after an autocommit write."""
        if not self._written:
            return
        payload = self._payload()
        self._forget()
        with self.errors_said():
            self.raw.execute("SELECT pg_notify(%s, %s)", [CHANNEL, payload])

    def _payload(self) -> str:
        return json.dumps({"tables": sorted(self._written), "reviews": sorted(self._reviews)})

    def _forget(self) -> None:
        self._written.clear()
        self._reviews.clear()

    @contextlib.contextmanager
    def errors_said(self) -> Iterator[None]:
        """psycopg's errors as SQLite's (integrity, busy) or as a ServerError sentence, never with a password."""
        import psycopg

        try:
            yield
        except psycopg.errors.LockNotAvailable as e:
            busy = sqlite3.OperationalError(f"database is locked: {self._said(e)}")
            busy.sqlite_errorcode = SQLITE_BUSY  # the wait ran out: raised at once, never waited out again (busy.py)
            raise busy from None
        except psycopg.IntegrityError as e:
            raise sqlite3.IntegrityError(self._said(e)) from None
        except psycopg.OperationalError as e:
            raise ServerError(
                f"the database server at {self.location} could not be used ({self._said(e)}); nothing more was written"
            ) from None
        except psycopg.Error as e:
            raise ServerError(f"the database server at {self.location} refused a change ({self._said(e)})") from None

    def _said(self, error: Exception) -> str:
        return " ".join(scrubbed(str(error), self.url).split())
