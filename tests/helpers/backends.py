"""Tests run on both backends: a fresh review database in a temporary folder (sqlite) and on the real
PostgreSQL server the session starts (postgres). A conftest imports these to make every test of its folder that
takes `store` or `db_path` run on both, unless marked sqlite_only (it is about the file itself)."""

import pytest

from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

BACKENDS = ("sqlite", "postgres")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): about the SQLite file itself, so run on that backend only")


def pytest_generate_tests(metafunc):
    uses_database = {"store", "db_path"} & set(metafunc.fixturenames)
    if uses_database and "backend" not in metafunc.fixturenames:
        metafunc.fixturenames.append("backend")
    if "backend" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("backend", ["sqlite"] if only else list(BACKENDS), indirect=True)


@pytest.fixture
def backend(request):
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(backend, tmp_path, request):
    """The database's location: a file in a temporary folder, or a fresh database's address on the test server."""
    if backend == "sqlite":
        return tmp_path / "reviews.sqlite3"
    return request.getfixturevalue("server_database")


@pytest.fixture
def store(db_path):
    store = ReviewStore(open_database(db_path))
    yield store
    store.db.close()
