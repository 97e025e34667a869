"""The GUI's start: collection, paused while the app loads, is back on once the event loop runs."""

import gc

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator import collector
from facilitator.ui.app import run


@pytest.fixture(autouse=True)
def collecting_afterwards():
    yield
    gc.unfreeze()
    gc.enable()
    gc.collect()


def test_collection_resumes_while_the_review_window_is_open(qapp, store, review):
    collector.pause()
    seen = []

    def look_then_close():
        """Close every window as a user would: the app's loop ends with the last one."""
        seen.append(gc.isenabled())
        for window in QApplication.topLevelWidgets():
            window.close()

    QTimer.singleShot(200, look_then_close)
    assert run(store, review.id) == 0
    assert seen == [True]

