"""A real PostgreSQL server for the tests, started in a temporary folder and stopped at the end.

The distribution's server (Debian's postgresql package: initdb and pg_ctl under /usr/lib/postgresql/N/bin) is
run on a free port, its socket in the temporary folder, trust authentication for one superuser role. initdb
refuses to run as root: as root the server runs as the `postgres` system user the package creates, the folder
handed to it. Each test gets a fresh database copied from a template that already holds the schema."""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ROLE = "facilitator_tests"
PASSWORD_ROLE = "facilitator_with_password"
"""A role that must give its password (over TCP): for the wrong-password tests."""
TEMPLATE = "facilitator_template"
SERVER_USER = "postgres"


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH (if pg_ctl is beside it), else the newest Debian install."""
    found = shutil.which("initdb")
    candidates = [Path(os.path.realpath(found)).parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _version(folder: str) -> int:
    with contextlib.suppress(ValueError):
        return int(Path(folder).parent.name)
    return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One server for the session: start(), url(database), fresh_database(), stop()."""

    def __init__(self, programs: Path):
        self.programs = programs
        self.folder = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self._numbers = itertools.count(1)

    def _run(self, *args: str) -> None:
        command = [str(self.programs / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=self.folder)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.folder, SERVER_USER, SERVER_USER)
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", ROLE, "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C")
        hba = data / "pg_hba.conf"
        rules = hba.read_text()
        with open(hba, "r+") as f:  # rewritten in place: the file stays the server user's
            f.write(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n{rules}")
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "server.log"), "-o", options, "-w", "start")
        self._admin(f"CREATE DATABASE {TEMPLATE}")
        self._admin(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'right-password'")
        from facilitator.storage.server_database import open_server

        open_server(self.url(TEMPLATE)).close()

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = ROLE) -> str:
        """The address over the unix socket in the temporary folder."""
        return f"postgresql://{user}@/{database}?host={self.folder}&port={self.port}"

    def tcp_url(self, database: str, user: str = ROLE) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def fresh_database(self, with_schema: bool = True) -> str:
        """A new database's name: a copy of the template (schema made), or an empty one."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {TEMPLATE}" if with_schema else ""))
        return name

    def drop(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]
