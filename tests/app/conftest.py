"""Fixtures for the application layer: a fresh database, a hub, and every report the hub publishes."""

import datetime as dt

import pytest

from facilitator.app.changes import Changed
from facilitator.app.hub import Hub
from facilitator.domain.review import Review
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore


@pytest.fixture
def store(tmp_path):
    store = ReviewStore(open_database(tmp_path / "reviews.sqlite3"))
    yield store
    store.db.close()


@pytest.fixture
def hub():
    return Hub()


@pytest.fixture
def heard(hub) -> list[Changed]:
    """What the hub told its listeners, in order."""
    reports: list[Changed] = []
    hub.subscribe(reports.append)
    return reports


@pytest.fixture
def review(store) -> Review:
    return store.create(Review("INC-2417", "Checkout latency", dt.date(2026, 10, 14), timezone="Europe/Berlin"))
