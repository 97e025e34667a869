"""An import, an export and the record preview on the windows' own hub: the worker's report reaches the windows
from the GUI thread, once the job ends."""

import threading

from PySide6.QtCore import QThreadPool, Qt
from shown import on_tab

from facilitator.app.changes import Change, Changed
from facilitator.app.hub import Hub
from facilitator.ui.record.record_job import ReviewJob


def _heard_on_which_thread(hub):
    heard = []
    hub.subscribe(lambda changed: heard.append((changed, threading.current_thread() is threading.main_thread())))
    return heard


def test_an_import_is_heard_by_the_hub_on_the_gui_thread_as_the_timeline_of_that_review(
    qtbot, windows, review, timeline, tmp_path
):
    """Enter in the preview of a CSV file: the windows' hub hears, once and on the GUI thread, that the review's
    timeline changed, and the timeline shows the new entries."""
    csv = tmp_path / "timeline.csv"
    csv.write_text("time,who,what\n19:20,Ada Quist,Wrote the first summary\n19:45,Eli Santos,Called the client\n")
    panel = on_tab(qtbot, windows, review.id, "timeline").timeline
    heard = _heard_on_which_thread(windows.events.hub)
    panel.import_file(csv)
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    qtbot.keyClick(panel.preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added 2 entries"))
    assert heard == [(Changed(Change.TIMELINE, review.id), True)]
    assert panel.model.rowCount() == len(timeline) + 2


def test_a_jobs_reports_reach_the_hub_from_the_gui_thread_before_it_says_it_finished(qtbot, store, tmp_path):
    """Whatever the work reports on its worker thread is published to the hub on the GUI thread, then finished."""
    hub = Hub()
    heard = _heard_on_which_thread(hub)
    said: list[str] = []

    def work(_store, kept):
        kept.publish(Changed(Change.TIMELINE, 7))
        said.append("worked")
        return "done"

    job = ReviewJob(store.path, work, hub)
    job.finished.connect(lambda result: said.append(f"finished {result} after {len(heard)} report"))
    job.start()
    del job  # kept until it ends
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said == ["worked", "finished done after 1 report"]
    assert heard == [(Changed(Change.TIMELINE, 7), True)]
    QThreadPool.globalInstance().waitForDone(5000)


def test_a_job_that_fails_still_tells_the_hub_what_it_did(qtbot, store):
    hub = Hub()
    heard = _heard_on_which_thread(hub)
    failures: list[str] = []

    def work(_store, kept):
        kept.publish(Changed(Change.NOTES, 3))
        raise OSError("the disk is full")

    job = ReviewJob(store.path, work, hub)
    job.failed.connect(failures.append)
    job.start()
    qtbot.waitUntil(lambda: failures == ["the disk is full"])
    assert heard == [(Changed(Change.NOTES, 3), True)]
