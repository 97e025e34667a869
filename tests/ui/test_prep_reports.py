"""Each preparation edit tells the windows what it changed, by kind, and each part of the review window reads
again only what that kind touches."""

from PySide6.QtCore import Qt
from shown import shown

from facilitator.app.changes import Change, Changed

CTRL = Qt.KeyboardModifier.ControlModifier


def _spy(calls, owner, name):
    """Count the calls of owner.name (a method the window's parts call on one another)."""
    original = getattr(owner, name)
    calls[name] = 0

    def counted(*args, **kwargs):
        calls[name] += 1
        return original(*args, **kwargs)

    setattr(owner, name, counted)


def _hearing(windows):
    heard = []
    windows.events.reported.connect(heard.append)
    return heard


def _open_with_every_tab(qtbot, windows, review):
    window = shown(qtbot, windows, review.id)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(window, key, CTRL)
    return window


def test_a_comment_added_reports_comments_and_reads_neither_people_nor_details_nor_timeline(
    qtbot, windows, review, timeline, store
):
    """Adding a comment tells the windows 'comments of this review'; the set-up, the timeline and the parking
    lot's names are not read again, the comments are."""
    window = _open_with_every_tab(qtbot, windows, review)
    panel = window.comments
    heard = _hearing(windows)
    calls: dict = {}
    _spy(calls, window.setup.form, "set_review")
    _spy(calls, window.setup.people, "reload")
    _spy(calls, window.timeline_model, "set_entries")
    _spy(calls, window.parking, "set_people")
    qtbot.keyClicks(panel.text, "More pairing please")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert heard == [Changed(Change.COMMENTS, review.id)]
    assert [c.text for c in panel.model.comments] == ["More pairing please"]
    assert calls == {"set_review": 0, "reload": 0, "set_entries": 0, "set_people": 0}


def test_a_person_added_reports_people_and_reads_neither_the_details_nor_the_timeline(
    qtbot, windows, review, timeline, store
):
    """Enter in the add field tells the windows 'people of this review'; the set-up shows the new person at once,
    and the parking lot knows the name, without the details, the timeline or the comments read again."""
    window = _open_with_every_tab(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    people = window.setup.people
    heard = _hearing(windows)
    calls: dict = {}
    _spy(calls, window.setup.form, "set_review")
    _spy(calls, window.timeline_model, "set_entries")
    _spy(calls, window, "_show_comments")
    _spy(calls, store.timeline, "count")
    people.new_name.setFocus()
    qtbot.keyClicks(people.new_name, "Gus Ferreira")
    qtbot.keyClick(people.new_name, Qt.Key.Key_Return)
    assert heard == [Changed(Change.PEOPLE, review.id)]
    assert people.model.person_at(people.model.rowCount() - 1).name == "Gus Ferreira"
    assert "Gus Ferreira" in window.parking.people.stringList()
    assert calls == {"set_review": 0, "set_entries": 0, "_show_comments": 0, "count": 0}


def test_marking_an_entry_reports_the_timeline_and_its_marks_and_reads_no_people_or_details(
    qtbot, windows, review, timeline, store
):
    """Key 2 on an entry marks it: the windows hear 'timeline and marks of this review', not 'everything'; the
    set-up counts the marked moments again but reads neither its people nor its details."""
    window = _open_with_every_tab(qtbot, windows, review)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    panel = window.timeline
    panel.select_entry(timeline[2].id)
    heard = _hearing(windows)
    calls: dict = {}
    _spy(calls, window.setup.form, "set_review")
    _spy(calls, window.setup.people, "reload")
    _spy(calls, window.parking, "set_people")
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    assert heard == [Changed(Change.TIMELINE | Change.MARKS, review.id)]
    assert store.timeline.entries(review.id)[2].marked
    assert panel.selected_entry().marked
    assert "4 marked" in window.setup.timeline_summary.text(), window.setup.timeline_summary.text()
    assert calls == {"set_review": 0, "reload": 0, "set_people": 0}


def test_a_change_to_another_review_is_not_read_here(qtbot, windows, review, timeline, store):
    """A report about another review leaves this window's parts unread; the same about this review is read."""
    window = _open_with_every_tab(qtbot, windows, review)
    calls: dict = {}
    _spy(calls, window, "_reload")
    _spy(calls, window.setup, "reload")
    windows.events.hub.publish(Changed(Change.PEOPLE | Change.DETAILS, review.id + 1))
    assert calls == {"_reload": 0, "reload": 0}
    windows.events.hub.publish(Changed(Change.PEOPLE, review.id))
    assert calls == {"_reload": 1, "reload": 1}


def test_a_person_added_under_a_lock_is_shown_at_once_and_heard_again_once_written(qtbot, windows, review, store):
    """Under another program's lock, Enter in the add field shows the person at once (the windows hear 'people'
    as it starts to wait), and once the lock is gone the windows hear it again (and the old signal each time)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
    from lock_holder import LockHolder

    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    people = window.setup.people
    heard = _hearing(windows)

    def people_heard():
        return [r for r in heard if r.kinds != Change.EVERYTHING]

    with LockHolder(store.path):
        people.new_name.setFocus()
        qtbot.keyClicks(people.new_name, "Gus Ferreira")
        qtbot.keyClick(people.new_name, Qt.Key.Key_Return)
        assert people_heard() == [Changed(Change.PEOPLE, review.id)]
        assert people.model.person_at(people.model.rowCount() - 1).name == "Gus Ferreira"
        assert windows.events.queue.pending()
    qtbot.waitUntil(lambda: len(people_heard()) == 2, timeout=10_000)
    assert people_heard() == [Changed(Change.PEOPLE, review.id)] * 2
    assert not windows.events.queue.pending()
    assert [p.name for p in store.people(review.id)][-1] == "Gus Ferreira"
