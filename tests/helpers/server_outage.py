"""Stopping the tests' PostgreSQL server for a while and starting it again on the same port, as a server restart
or a dropped network looks to the windows (every link to it goes away; new ones are refused until it is back)."""

from __future__ import annotations

import contextlib
import shlex
from collections.abc import Iterator


def stop(server) -> None:
    """Stop the server at once (-m fast: every session is ended, as when the server restarts)."""
    server._run("pg_ctl", "-D", str(server.folder / "data"), "-m", "fast", "-w", "stop")


def start(server) -> None:
    """Start it again with the options it ran with (postmaster.opts keeps them)."""
    words = shlex.split((server.folder / "data" / "postmaster.opts").read_text())
    options = " ".join(shlex.quote(word) for word in words[3:])  # after the program and its -D folder
    log = str(server.folder / "server.log")
    server._run("pg_ctl", "-D", str(server.folder / "data"), "-l", log, "-o", options, "-w", "start")


@contextlib.contextmanager
def outage(server) -> Iterator[None]:
    """The server down for the block, back after it (whatever the block raised)."""
    stop(server)
    try:
        yield
    finally:
        start(server)
