"""Start-up pauses the cyclic garbage collector; resuming freezes what start-up made and collects again."""

import gc

import pytest

from facilitator import collector


@pytest.fixture(autouse=True)
def collecting_afterwards():
    """Whatever a test does, the rest of the session collects as usual and nothing stays frozen."""
    yield
    gc.unfreeze()
    gc.enable()


def test_pause_stops_collection_and_resume_starts_it_again():
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()


def test_resume_leaves_what_start_up_made_out_of_later_collections():
    collector.pause()
    before = gc.get_freeze_count()
    made_at_start = [[] for _ in range(1000)]
    collector.resume()
    assert gc.get_freeze_count() >= before + len(made_at_start)


def test_resume_without_a_pause_changes_nothing():
    frozen = gc.get_freeze_count()
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
