"""An import, an export and the record preview on the windows' own hub: the worker's report reaches the windows
from the GUI thread, once the job ends."""

import threading

from PySide6.QtCore import Qt, QThreadPool
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
    said_here = [(changed, on_gui) for changed, on_gui in heard if changed != Changed.elsewhere()]
    assert said_here == [(Changed(Change.TIMELINE, review.id), True)]  # the worker's own connection may be noticed too
    assert all(on_gui for _changed, on_gui in heard)
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


def test_the_record_preview_renders_again_for_its_own_review_and_what_the_record_shows(qtbot, windows, review, timeline):
    """Notes of this review start the preview's refresh; another review's notes, or the library's list, do not."""
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    preview = window.show_record_preview()
    qtbot.waitUntil(lambda: preview.job is None and "Timeline" in preview.browser.toPlainText(), timeout=10000)
    hub = windows.events.hub
    hub.publish(Changed(Change.NOTES, review.id + 1))
    hub.publish(Changed(Change.LIBRARY, review.id))
    assert not preview._refresh_timer.isActive()
    hub.publish(Changed(Change.NOTES, review.id))
    assert preview._refresh_timer.isActive()
