"""Opening a review database on a PostgreSQL server: the address checked, the server's version and the database's
contents checked, and the schema created or migrated in one transaction (a server's DDL is transactional, so a
failed migration leaves the database as it was: no backup copy is made, unlike a file)."""

from __future__ import annotations

import datetime as dt

from .errors import NewerDatabaseError, NoDatabaseYet, NotADatabaseError, ServerError
from .schema import MIGRATION_SET, MIGRATIONS_TABLE, applied_migrations, known_migrations
from .server import ServerConnection
from .server_migrations import MIGRATIONS_TABLE_SQL, SERVER_MIGRATIONS
from .server_url import LINK_CHECKS, checked_url, scrubbed, without_password

MINIMUM_SERVER = 120000
"""PostgreSQL 12: the oldest release still in use that has everything the schema needs (server_version_num)."""
SCHEMA_LOCK = 0x46434C54
"""The advisory lock two first connections take in turn, so only one of them creates or migrates the schema."""


def open_server(url: str, *, must_exist: bool = False, lock_wait: float = 30.0) -> ServerConnection:
    """The review database at the server address, at this version, its schema made on first use.

    One sentence (a StorageError) for an address with a password, a server that cannot be reached or refuses us,
    one too old, a database holding another program's tables, or one written by a newer Facilitator: nothing is
    written to the database in any of those cases."""
    db = ServerConnection(_connect(url), url)
    try:
        db.execute(f"SET lock_timeout = {max(1, int(lock_wait * 1000))}")
        _refuse_old_server(db)
        _prepare_schema(db, must_exist)
    except BaseException:
        db.close()
        raise
    return db


def connect_again(db: ServerConnection) -> ServerConnection:
    """A second connection to the same database, e.g. for a worker thread or to listen for changes."""
    return ServerConnection(_connect(db.url), db.url)


def _connect(url: str):  # -> psycopg.Connection
    import psycopg
    from psycopg.adapt import Dumper
    from psycopg.conninfo import make_conninfo

    params = checked_url(url)
    shown = without_password(url.strip())
    try:
        raw = psycopg.connect(make_conninfo(**params), autocommit=True)
    except psycopg.Error as e:
        raise ServerError(_why_not_connected(shown, scrubbed(" ".join(str(e).split()), url), params)) from None

    class BoolAsInteger(Dumper):
        """The schema keeps yes/no as 0 and 1, as SQLite does."""

        oid = psycopg.adapters.types["int8"].oid

        def dump(self, obj: object) -> bytes:
            return b"1" if obj else b"0"

    raw.adapters.register_dumper(bool, BoolAsInteger)
    _server_checks_link(raw)
    return raw


def _server_checks_link(raw) -> None:
    """The server checks the link from its side too, as often as we check ours (LINK_CHECKS): a laptop that sleeps
    or loses its network is then dropped by the server within seconds, not hours, and the facilitator's window
    sees the note-taker's window gone (server_presence.py)."""
    idle, interval, count = (LINK_CHECKS[k] for k in ("keepalives_idle", "keepalives_interval", "keepalives_count"))
    raw.execute(
        "SELECT set_config('tcp_keepalives_idle', %s, false), set_config('tcp_keepalives_interval', %s, false), "
        "set_config('tcp_keepalives_count', %s, false)",
        [idle, interval, count],
    )


def _why_not_connected(shown: str, said: str, params: dict[str, str]) -> str:
    lowered = said.lower()
    user = params.get("user", "")
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return (
            f"the database server at {shown} refused the password{f' of {user}' if user else ''} (or none was given): "
            "set it in PGPASSWORD, ~/.pgpass or a service file; nothing was written"
        )
    if "does not exist" in lowered:
        return f"cannot use {shown}: {_last_reason(said)}; nothing was written"
    if "timeout expired" in lowered:
        return (
            f"the database server at {shown} did not answer within {params.get('connect_timeout')} s; "
            "check the address and the network (nothing was written)"
        )
    return f"cannot reach the database server at {shown} ({_last_reason(said)}); nothing was written"


def _last_reason(said: str) -> str:
    """libpq's own reason, without the 'connection to server at ... failed:' preamble it repeats."""
    reason = said.rsplit("failed: ", 1)[-1].strip()
    return reason.removeprefix("FATAL: ").strip() or said


def _refuse_old_server(db: ServerConnection) -> None:
    version = db.raw.info.server_version
    if version < MINIMUM_SERVER:
        raise ServerError(
            f"the database server at {db.location} runs PostgreSQL {version // 10000}.{version % 10000 // 100}, "
            f"older than the {MINIMUM_SERVER // 10000} Facilitator needs; nothing was written"
        )


def _prepare_schema(db: ServerConnection, must_exist: bool) -> None:
    """Create the schema in an empty database, apply pending migrations, refuse one not ours or newer than us."""
    known = known_migrations()
    if must_exist and not db.table_names():
        raise NoDatabaseYet(f"there are no reviews at {db.location} yet (nothing was created)")
    if not _pending(db, known):
        return
    with db.atomic():
        db.execute(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")
        pending = _pending(db, known)  # another process may have made it while we waited for the lock
        if not pending:
            return
        statements = MIGRATIONS_TABLE_SQL if MIGRATIONS_TABLE not in db.table_names() else ()
        applied_at = str(dt.datetime.now(dt.UTC))
        with db.errors_said():
            for statement in statements:
                db.raw.execute(statement)  # our own SQL for a server, not translated
        for name in pending:
            with db.errors_said():
                for statement in SERVER_MIGRATIONS[name]:
                    db.raw.execute(statement)
            db.insert(MIGRATIONS_TABLE, {"migration_set": MIGRATION_SET, "name": name, "applied_at": applied_at})


def _pending(db: ServerConnection, known: list[str]) -> list[str]:
    """The known migrations not applied yet; refuses a database of another program or of a newer Facilitator."""
    tables = db.table_names()
    if not tables:
        return known
    applied = applied_migrations(db, MIGRATION_SET) if MIGRATIONS_TABLE in tables else []
    if not applied:
        raise NotADatabaseError(
            f"the database {db.location} holds other tables and no reviews: it is another program's database, "
            "not a review database; it was left untouched"
        )
    if set(applied) - set(known):
        raise NewerDatabaseError(
            f"the database {db.location} was written by a newer version of Facilitator; "
            "update the app to open it (the database was left untouched)"
        )
    return [name for name in known if name not in applied]
