"""The one clock: wall time in UTC and elapsed seconds, the system's or a manual one tests move on."""

import datetime as dt

import pytest

from facilitator.domain.clock import MANUAL_START, ManualClock, Stopwatch, SystemClock


def test_the_system_clock_says_the_time_in_utc_and_its_elapsed_time_never_goes_back():
    clock = SystemClock()
    assert clock.now().tzinfo is dt.UTC
    first = clock.elapsed()
    assert clock.elapsed() >= first


def test_a_manual_clock_stands_still_until_advanced_and_moves_wall_and_elapsed_time_together():
    clock = ManualClock()
    assert clock.now() == clock.now() == MANUAL_START
    clock.advance(minutes=2, seconds=3)
    assert clock.now() == MANUAL_START + dt.timedelta(seconds=123)
    assert clock.elapsed() == 123


def test_a_manual_clock_is_in_utc_and_never_goes_back():
    clock = ManualClock(dt.datetime(2026, 10, 14, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    assert clock.now() == dt.datetime(2026, 10, 14, 18, 0, tzinfo=dt.UTC) and clock.now().tzinfo is dt.UTC
    with pytest.raises(ValueError):
        clock.advance(seconds=-1)
    with pytest.raises(ValueError):
        ManualClock(dt.datetime(2026, 10, 14, 19, 0))


def test_a_stopwatch_counts_only_while_it_runs():
    clock = ManualClock()
    watch = Stopwatch(clock)
    clock.advance(seconds=5)
    assert not watch.running and watch.seconds() == 0
    watch.start()
    clock.advance(seconds=1.5)
    assert watch.seconds() == 1.5
    assert watch.restart() == 1.5 and watch.seconds() == 0
    clock.advance(seconds=2)
    watch.stop()
    clock.advance(seconds=9)
    assert not watch.running and watch.seconds() == 0
