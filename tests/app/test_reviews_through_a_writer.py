"""The library's use cases through a writer (the windows' write queue): a write that waits is heard once it is in,
one the database refuses is told to the writer, and one that goes in at once is heard at once."""

import datetime as dt

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.hub import Hub
from facilitator.app.reviews import Reviews, new_review
from facilitator.app.writes import WriteAtOnce
from facilitator.domain.review import Review
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.write_journal import Waiting


@pytest.fixture
def store(tmp_path):
    store = ReviewStore(open_database(tmp_path / "reviews.sqlite3"))
    yield store
    store.db.close()


@pytest.fixture
def heard() -> tuple[Hub, list[Changed]]:
    hub, reports = Hub(), []
    hub.subscribe(reports.append)
    return hub, reports


@pytest.fixture
def review(store) -> Review:
    return store.create(Review("INC-2417", "Checkout latency", dt.date(2026, 10, 14), timezone="Europe/Berlin"))


class HeldWriter:
    """A writer whose database another process holds: every write waits its turn."""

    def __init__(self):
        self.waiting: list[Waiting] = []

    def submit(self, kind, data):
        self.waiting.append(Waiting("held", len(self.waiting) + 1, kind, data))
        return False, self.waiting[-1]


class TellingWriter(WriteAtOnce):
    """Writes at once, and is told of a write the database refuses instead of raising it."""

    def __init__(self, store):
        super().__init__(store)
        self.refused: list[tuple[str, Exception]] = []

    def tell_refused(self, kind, data, error):
        self.refused.append((data["calls"][0][0], error))


def test_through_a_writer_that_writes_at_once_each_write_is_heard_once_as_the_library(store, heard, review):
    hub, reports = heard
    reviews = Reviews(store, hub, WriteAtOnce(store))
    made = reviews.create(new_review("INC-1", "Queue backlog"))
    copy = reviews.duplicate(review.id)
    assert store.get(made.review.id).title == "Queue backlog" and copy.review.id != review.id
    assert reviews.delete(review.id) == Changed(Change.LIBRARY, review.id)
    assert reviews.restore(review.id).review.id == review.id
    reviews.delete(copy.review.id)
    assert reviews.purge_deleted() == Changed(Change.LIBRARY)
    assert reports == [
        Changed(Change.LIBRARY, made.review.id),
        Changed(Change.LIBRARY, copy.review.id),
        Changed(Change.LIBRARY, review.id),
        Changed(Change.LIBRARY, review.id),
        Changed(Change.LIBRARY, copy.review.id),
        Changed(Change.LIBRARY),
    ]
    assert {r.id for r in store.all()} == {review.id, made.review.id}


def test_a_write_that_waits_has_no_review_yet_and_the_hub_hears_nothing_until_it_is_in(store, heard, review):
    hub, reports = heard
    writer = HeldWriter()
    reviews = Reviews(store, hub, writer)
    made = reviews.create(new_review("INC-1", "Queue backlog"))
    assert made.stored is None and made.waiting is writer.waiting[0]
    with pytest.raises(LookupError):
        _ = made.review
    assert made.changed == Changed(Change.LIBRARY)
    assert reviews.delete(review.id) == Changed(Change.LIBRARY)
    assert reports == [] and [r.id for r in store.all()] == [review.id]
    assert [w.data["calls"][0][0] for w in writer.waiting] == ["create", "delete"]


def test_a_write_the_database_refuses_is_told_to_the_writer_and_every_window_hears_to_show_the_truth(store, heard):
    hub, reports = heard
    writer = TellingWriter(store)
    reviews = Reviews(store, hub, writer)
    made = reviews.restore(4711)
    assert made.stored is None and made.waiting is None
    assert [method for method, _error in writer.refused] == ["restore"]
    assert reports == [Changed(Change.LIBRARY)]


def test_a_refusal_is_raised_to_a_writer_that_cannot_be_told(store, heard):
    hub, reports = heard
    with pytest.raises(Exception, match="4711"):
        Reviews(store, hub, WriteAtOnce(store)).delete(4711)
    assert reports == []
