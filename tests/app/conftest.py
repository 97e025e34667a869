import datetime as dt

import pytest

from facilitator.app.hub import Hub
from facilitator.app.session import open_store
from facilitator.app.writes import WriteAtOnce
from facilitator.domain.review import Review


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "reviews.sqlite3")
    yield store
    store.db.close()


@pytest.fixture
def review(store):
    return store.create(Review(incident_ref="INC-7", title="Queue stalled", incident_date=dt.date(2026, 3, 4)))


class Heard:
    """A hub and everything it told its listeners."""

    def __init__(self):
        self.hub = Hub()
        self.reports = []
        self.hub.subscribe(self.reports.append)


@pytest.fixture
def heard():
    return Heard()


@pytest.fixture
def at_once(store):
    return WriteAtOnce(store)
