"""Fixtures for the application layer: a fresh database on each backend (a SQLite file and the test server, as in
tests/storage: tests/helpers/backends.py), a hub, and every report the hub publishes."""

import datetime as dt

import pytest

from facilitator.app.changes import Changed
from facilitator.app.hub import Hub
from facilitator.domain.review import Review
from tests.helpers.backends import backend, db_path, pytest_configure, pytest_generate_tests, store

__all__ = ["backend", "db_path", "pytest_configure", "pytest_generate_tests", "store"]


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
