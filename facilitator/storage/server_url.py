"""A database server's address (a libpq connection URL): told from a file path, refused with a password in it, and
shown without one in every message."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from .errors import StorageError

SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 5
"""How long to wait for a server to answer, unless the URL says connect_timeout."""
LINK_CHECKS = {"keepalives": "1", "keepalives_idle": "10", "keepalives_interval": "3", "keepalives_count": "3",
               "tcp_user_timeout": "20000"}
"""A link that goes silent (Wi-Fi gone, a laptop asleep, no reset sent) is found dead in about 20 s rather than
TCP's many minutes, so the windows go offline and keep what is typed; unless the URL says otherwise."""

_PASSWORD_IN_AUTHORITY = re.compile(r"(?P<head>^[a-z]+://[^/?#@]*?):[^/?#@]*@", re.IGNORECASE)
_PASSWORD_IN_QUERY = re.compile(r"(?P<sep>[?&])password=[^&#]*&?", re.IGNORECASE)


class ServerAddressError(StorageError):
    """The address itself cannot be used: malformed, or it holds a password."""


def is_server_url(location: str | Path | None) -> bool:
    """Whether --db (or FACILITATOR_DB) names a database server rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def without_password(url: str) -> str:
    """The URL with any password taken out, to be shown or kept."""
    url = _PASSWORD_IN_AUTHORITY.sub(r"\g<head>@", url)
    url = _PASSWORD_IN_QUERY.sub(lambda m: m.group("sep"), url)
    return url.rstrip("?&")


def scrubbed(text: str, url: str) -> str:
    """A message from the driver or server with the URL's password, wherever it is quoted, taken out."""
    for secret in _passwords(url):
        text = text.replace(secret, "***")
    return text.replace(url, without_password(url))


def _passwords(url: str) -> list[str]:
    found = []
    authority = re.match(r"^[a-z]+://([^/?#@]*)@", url, re.IGNORECASE)
    if authority and ":" in authority.group(1):
        found.append(authority.group(1).split(":", 1)[1])
    found += re.findall(r"[?&]password=([^&#]*)", url, re.IGNORECASE)
    return [secret for secret in found if secret]


def checked_url(url: str) -> dict[str, str]:
    """The URL's connection parameters, with the short connect timeout unless it sets one; ServerAddressError for
    a malformed URL or one holding a password (passwords come only from libpq's own PGPASSWORD, ~/.pgpass or a
    service file, never from something the app would show or keep)."""
    from psycopg.conninfo import conninfo_to_dict

    shown = without_password(url.strip())
    if _passwords(url):
        raise ServerAddressError(
            f"the server address {shown} holds a password; give it through PGPASSWORD, ~/.pgpass or a service "
            "file instead (nothing was done, and the password was not kept)"
        )
    try:
        params = {key: str(value) for key, value in conninfo_to_dict(url.strip()).items() if value is not None}
    except Exception as e:  # psycopg.ProgrammingError for a malformed URL; its text may quote it
        raise ServerAddressError(f"{shown} is not a usable server address ({scrubbed(str(e), url)})") from None
    if "password" in params:
        raise ServerAddressError(f"the server address {shown} holds a password; give it through PGPASSWORD instead")
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    for key, value in LINK_CHECKS.items():
        params.setdefault(key, value)
    params.setdefault("application_name", LINK_NAME["name"])
    return params


LINK_NAME = {"name": "facilitator"}
"""What this process's links to a server are called on the server (application_name): see name_links()."""


def name_links(name: str) -> None:
    """From now on this process's links to a server carry this name, which the server lists in pg_stat_activity
    (a note-taker's window names its own, so the facilitator's can see it is there: server_presence.py)."""
    LINK_NAME["name"] = name


@contextlib.contextmanager
def links_named(name: str) -> Iterator[None]:
    """The links made inside the block carry this name; those made after it, the name they had before."""
    before = LINK_NAME["name"]
    name_links(name)
    try:
        yield
    finally:
        name_links(before)


DATABASE_ENV = "FACILITATOR_DB"
"""The environment variable that names the database (a file or a server's address) when --db does not."""


def database_location(text: str) -> Path | str:
    """What --db or FACILITATOR_DB names: a server's address, kept as written, or a database file's path."""
    return text.strip() if is_server_url(text) else Path(text)


def chosen_database(given: Path | str | None) -> Path | str:
    """The database a command uses: --db, else FACILITATOR_DB, else the file in the user's data folder."""
    import os

    from .paths import default_db_path

    if given is not None:
        return given
    named = os.environ.get(DATABASE_ENV, "").strip()
    return database_location(named) if named else default_db_path()
