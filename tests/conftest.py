"""Test-wide set-up: Qt offscreen, and settings, data and logs kept out of the user's home."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="facilitator-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_home, "state")  # the log folder
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
os.environ.pop("FACILITATOR_QUIT_AFTER_FIRST_PAINT", None)
os.environ["FACILITATOR_LANGUAGE"] = "en"  # the tests read the English texts, whatever the machine's locale


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the whole session (tests/helpers/postgres_server.py). Without the server's
    programs the tests that need it are skipped, except under CI=true, where that is a failure."""
    from tests.helpers.postgres_server import PostgresServer, server_programs

    programs = server_programs()
    if programs is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL's initdb was not found: `make install` installs it (apt-get install postgresql)")
        pytest.skip("PostgreSQL's initdb was not found (make install installs it)")
    server = PostgresServer(programs)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture
def server_database(postgres_server):
    """The address of a fresh database on the test server, its schema made; dropped after the test."""
    name = postgres_server.fresh_database()
    yield postgres_server.url(name)
    postgres_server.drop(name)
