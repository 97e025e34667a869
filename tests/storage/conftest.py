"""Fixtures for the storage layer: a fresh review database in a temporary folder."""

import pytest

from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reviews.sqlite3"


@pytest.fixture
def store(db_path):
    store = ReviewStore(open_database(db_path))
    yield store
    store.db.close()
