"""Fixtures for driving the windows as a user would."""

import datetime as dt

import pytest

from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.ui.app import application
from facilitator.ui.windows import Windows


@pytest.fixture
def store(tmp_path):
    store = ReviewStore(open_database(tmp_path / "reviews.sqlite3"))
    yield store
    store.db.close()


@pytest.fixture
def windows(qapp, store):
    application()
    windows = Windows(store)
    yield windows
    for window in list(windows.reviews.values()):
        window.close()
    if windows.library is not None:
        windows.library.close()
    windows.events.stop()


@pytest.fixture
def review(store):
    """A major incident with an affected client and a typical set of people."""
    return store.create(
        Review(
            incident_ref="INC-100",
            title="Checkout errors after certificate rotation",
            incident_date=dt.date(2026, 10, 14),
            major=True,
            client="Harbour & Lane",
            timezone="Europe/London",
        ),
        [
            Person("Ada Quist", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT),
            Person("Bo Lindqvist", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT),
            Person("Cyd Marr", Role.TECH_TEAM, attendance=Attendance.PRESENT, facilitates=True),
            Person("Dee Oyelaran", Role.OTHER, attendance=Attendance.PRESENT, takes_notes=True),
            Person("Eli Santos", Role.SENIOR_STAFF, attendance=Attendance.PRESENT),
            Person("Fay Brooke", Role.CLIENT_CONTACT, attendance=Attendance.INVITED),
        ],
    )
