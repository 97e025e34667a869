"""The windows' server connection: reads answered from memory until a notice names their tables, the last reads
shown again while the server is down, writes held up (ServerLost), and a new link taken when it is back."""

import datetime as dt
import sys
from pathlib import Path

import pytest

from facilitator.domain.review import Review
from facilitator.storage.database import open_database
from facilitator.storage.errors import ServerLost
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.server_offline import OfflineServerConnection, reopened

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from server_outage import outage


@pytest.fixture
def kept(server_database):
    db = OfflineServerConnection.keeping(open_database(server_database))
    yield ReviewStore(db)
    db.close()


def _retitle(url, review_id, title):
    other = ReviewStore(open_database(url))
    try:
        other.db.execute("UPDATE reviews SET title = ? WHERE id = ?", [title, review_id])
    finally:
        other.db.close()


def test_a_read_is_asked_again_only_once_a_notice_names_its_table(kept, server_database):
    review = kept.create(Review(incident_ref="INC-1", title="First", incident_date=dt.date(2026, 10, 14)))
    assert kept.get(review.id).title == "First"
    _retitle(server_database, review.id, "Second")
    assert kept.get(review.id).title == "First"  # no notice read yet: what was read stands
    kept.db.forget({"notes"})
    assert kept.get(review.id).title == "First"
    kept.db.forget({"reviews"})
    assert kept.get(review.id).title == "Second"


def test_a_write_on_the_link_itself_forgets_every_read(kept):
    review = kept.create(Review(incident_ref="INC-2", title="Before", incident_date=dt.date(2026, 10, 14)))
    assert kept.get(review.id).title == "Before"
    kept.db.execute("UPDATE reviews SET title = ? WHERE id = ?", ["After", review.id])
    assert kept.get(review.id).title == "After"


def test_offline_the_last_reads_are_shown_writes_are_held_up_and_a_new_link_mends_it(kept, postgres_server):
    review = kept.create(Review(incident_ref="INC-3", title="Kept", incident_date=dt.date(2026, 10, 14)))
    assert kept.get(review.id).title == "Kept"
    with outage(postgres_server):
        kept.db.forget()
        assert kept.get(review.id).title == "Kept"
        assert kept.db.offline
        with pytest.raises(ServerLost):
            kept.db.execute("UPDATE reviews SET title = ? WHERE id = ?", ["Lost", review.id])
        with pytest.raises(ServerLost):
            kept.db.execute("SELECT count(*) FROM notes")  # never read before: nothing to show
    kept.db.take_link(reopened(kept.db, 1.0))
    assert not kept.db.offline
    kept.db.execute("UPDATE reviews SET title = ? WHERE id = ?", ["Back", review.id])
    assert kept.get(review.id).title == "Back"
