"""Fixtures for driving the windows as a user would."""

import datetime as dt

import pytest

from facilitator.domain.clock import ManualClock
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.ui.app import application
from facilitator.ui.windows import Windows


@pytest.fixture(autouse=True)
def fresh_settings():
    """Each test starts with no remembered geometry, tab or palette."""
    from facilitator.ui.common import settings

    settings.settings().clear()
    yield
    settings.settings().clear()


@pytest.fixture
def store(tmp_path):
    store = ReviewStore(open_database(tmp_path / "reviews.sqlite3"))
    yield store
    store.db.close()


@pytest.fixture
def windows(qapp, store, request):
    """The app's windows; on the test's manual clock when it asks for one, else on the system clock."""
    application()
    windows = Windows(store, request.getfixturevalue("clock") if "clock" in request.fixturenames else None)
    yield windows
    for window in [*windows.notes.values(), *windows.reviews.values()]:
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


def _at(hour, minute):
    return dt.datetime(2026, 10, 14, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def timeline(store, review):
    """Eight entries over one evening: three marked as moments, one with a private preparation note."""
    from facilitator.domain.timeline import MomentKind, TimelineEntry

    store.timeline.add(
        review.id,
        [
            TimelineEntry(_at(18, 2), "alerting", "Checkout error rate above 5% for 5 minutes"),
            TimelineEntry(_at(18, 6), "Ada Quist", "Acknowledged the page", moment=MomentKind.DETECTION),
            TimelineEntry(_at(18, 11), "Ada Quist", "Saw TLS handshake failures in the gateway logs"),
            TimelineEntry(_at(18, 19), "Bo Lindqvist", "Joined the incident channel"),
            TimelineEntry(
                _at(18, 31),
                "Bo Lindqvist",
                "Rolled back the certificate bundle",
                moment=MomentKind.DECISION,
                prep_note="Ask about the rollback runbook age",
            ),
            TimelineEntry(_at(18, 40), "Ada Quist", "Error rate back under 0.1%"),
            TimelineEntry(_at(18, 52), "Eli Santos", "Emailed Harbour & Lane an update", moment=MomentKind.COMMUNICATION),
            TimelineEntry(_at(19, 5), "Ada Quist", "Closed the incident"),
        ],
    )
    return store.timeline.entries(review.id)


@pytest.fixture
def clock():
    """The windows' clock (wall and elapsed time), moved on by hand: tests advance it instead of sleeping."""
    return ManualClock()
