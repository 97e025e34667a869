"""The team server's clock as the meeting's one time: a laptop minutes out is set to it; a file keeps its clock."""

import datetime as dt

from facilitator.app.session import agree_with_server
from facilitator.domain.clock import SYSTEM_CLOCK, ShiftedClock
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.server_time import server_shift

OFF = dt.timedelta(minutes=2, seconds=30)
CLOSE = dt.timedelta(seconds=5)
"""The tests' server runs on this machine: its clock is this machine's, give or take a round trip."""


def test_a_laptop_clock_minutes_out_is_set_to_the_servers(store, backend):
    """A clock 150 s ahead is measured as 150 s ahead of the server and, agreed, reads the server's time; on a file
    there is nothing to agree and the clock is left as it is."""
    ahead = ShiftedClock(SYSTEM_CLOCK, OFF)
    store.clock = ahead
    shift = server_shift(store.db, ahead)
    agree_with_server(store)
    if backend == "sqlite":
        assert shift is None
        assert store.clock is ahead
    else:
        assert abs(shift + OFF) < CLOSE
        assert abs(store.clock.now() - SYSTEM_CLOCK.now()) < CLOSE


def test_the_server_out_of_reach_leaves_the_clock_as_it_is(postgres_server, server_database):
    """The server gone when the clock is read: no shift, and the store's clock is left unmoved."""
    from tests.helpers.server_outage import outage

    store = ReviewStore(open_database(server_database), ShiftedClock(SYSTEM_CLOCK, -OFF))
    behind = store.clock
    try:
        with outage(postgres_server):
            assert server_shift(store.db, behind) is None
            agree_with_server(store)
        assert store.clock is behind
    finally:
        store.db.close()
