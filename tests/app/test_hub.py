from facilitator.app.changes import NOTHING_CHANGED, Change, Changed
from facilitator.app.hub import Hub


def test_every_listener_hears_each_report_once():
    hub = Hub()
    heard: list[Changed] = []
    hub.subscribe(heard.append)
    report = Changed(Change.NOTES, review_id=3)
    assert hub.publish(report) is report
    assert heard == [report]


def test_nothing_changed_is_not_published():
    hub = Hub()
    heard: list[Changed] = []
    hub.subscribe(heard.append)
    hub.publish(NOTHING_CHANGED)
    assert heard == []


def test_unsubscribed_listener_hears_nothing_more():
    hub = Hub()
    heard: list[Changed] = []
    stop = hub.subscribe(heard.append)
    stop()
    stop()
    hub.publish(Changed(Change.PARKING))
    assert heard == []


def test_touches_matches_kind_and_review():
    notes_in_3 = Changed(Change.NOTES, review_id=3)
    assert notes_in_3.touches(Change.NOTES | Change.MARKS, 3)
    assert not notes_in_3.touches(Change.NOTES, 4)
    assert not notes_in_3.touches(Change.PARKING, 3)
    assert Changed.elsewhere().touches(Change.COMMENTS, 9)
