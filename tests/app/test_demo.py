"""The demo review: seeded once, with its meeting under way, notes, parking lot, actions and comments."""

from facilitator.app.changes import Change, Changed
from facilitator.app.demo import Demo, demo_review_id
from facilitator.content import demo_notes


def test_the_demo_is_seeded_whole_and_says_it_changed_everything_of_that_review(store, hub, heard):
    seeded = Demo(store, hub).seed()
    review_id = seeded.review_id
    assert heard == [seeded.changed] == [Changed(Change.EVERYTHING, review_id)]
    assert store.timeline.count(review_id) > 0 and store.meeting.events(review_id)
    assert store.notes.notes(review_id) and store.parking.actions(review_id) and store.current_entry_id(review_id)


def test_the_demo_is_seeded_once(store, hub, heard):
    first = demo_review_id(store)
    again = Demo(store, hub).seed()
    assert again.review_id == first and not again.changed and heard == []
    assert len(store.all()) == 1


def test_extra_notes_are_taken_once(store, hub, heard):
    review_id = demo_review_id(store)
    before = len(store.notes.notes(review_id))
    demo = Demo(store, hub)
    assert demo.take_notes_once(review_id, "screenshot_notes.json") == Changed(Change.NOTES, review_id)
    assert not demo.take_notes_once(review_id, "screenshot_notes.json")
    added = len(demo_notes("screenshot_notes.json")["notes"])
    assert len(store.notes.notes(review_id)) == before + added and len(heard) == 1
