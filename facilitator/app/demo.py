"""The demo review from resources/: a meeting part-way through, with notes, parked items, actions and comments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from ..content import demo_meeting, demo_notes, demo_parking, demo_review
from ..domain.record import record
from ..domain.timeline import TimelineEntry
from ..importers.demo import read_demo
from ..importers.demo_meeting import read_demo_meeting
from ..importers.demo_notes import read_demo_notes
from ..importers.demo_parking import read_demo_parking
from ..storage.reviews import ReviewStore
from .changes import Change, Changed
from .hub import Hub


@record
class Seeded:
    """The demo review's ID, and what adding it changed (nothing when it was there already)."""

    review_id: int
    changed: Changed


class Demo:
    def __init__(self, store: ReviewStore, hub: Hub):
        self.store = store
        self.hub = hub

    def seed(self, now: dt.datetime | None = None) -> Seeded:
        """The demo review in this store, added (in one transaction) if it is not there yet."""
        bundle = read_demo(demo_review())
        for review in self.store.all():
            if (review.incident_ref, review.title) == (bundle.review.incident_ref, bundle.review.title):
                return Seeded(review.id or 0, self.hub.publish(Changed(Change.NOTHING, review.id)))
        now = now or self.store.clock.now()
        with self.store.db.atomic():
            review_id = self.store.create(bundle.review, bundle.people, bundle.entries).id
            assert review_id is not None
            self._start_meeting(review_id, now)
            self._fill_parking(review_id, now)
        return Seeded(review_id, self.hub.publish(Changed(Change.EVERYTHING, review_id)))

    def take_notes_once(self, review_id: int, name: str, now: dt.datetime | None = None) -> Changed:
        """The notes of resources/demo/<name> (e.g. the screenshots' extra notes), unless they are there already."""
        there = {note.text for note in self.store.notes.notes(review_id)}
        if all(item["text"] in there for item in demo_notes(name)["notes"]):
            return self.hub.publish(Changed(Change.NOTHING, review_id))
        events = self.store.meeting.events(review_id)
        self._take_notes(review_id, events, self._moments(review_id), now or self.store.clock.now(), name)
        return self.hub.publish(Changed(Change.NOTES, review_id))

    def _moments(self, review_id: int) -> list[TimelineEntry]:
        return [e for e in self.store.timeline.entries(review_id) if e.marked]

    def _start_meeting(self, review_id: int, now: dt.datetime) -> None:
        """Put the demo part-way through the timeline phase, timed back from now."""
        store = self.store
        meeting = read_demo_meeting(demo_meeting(), now)
        for event in meeting.events:
            store.meeting.add_event(review_id, event)
        moments = self._moments(review_id)
        for number, seconds in meeting.discussed:
            if number <= len(moments):
                store.timeline.record_time_on_screen(_id(moments[number - 1]), seconds)
        if meeting.current_moment <= len(moments):
            store.set_current_entry(review_id, moments[meeting.current_moment - 1].id)
        self._take_notes(review_id, meeting.events, moments, now)

    def _take_notes(
        self, review_id: int, events: Sequence, moments: list[TimelineEntry], now: dt.datetime, name: str = "notes.json"
    ) -> None:
        """The note-taker's notes so far, each under its moment (or phase), timed against the demo clock."""
        for demo in read_demo_notes(demo_notes(name), events, now):
            note = demo.note
            if demo.moment is not None and demo.moment <= len(moments):
                note = replace(note, place=replace(note.place, entry_id=moments[demo.moment - 1].id))
            self.store.notes.add(review_id, note)

    def _fill_parking(self, review_id: int, now: dt.datetime) -> None:
        """Parked items of every category (some decided), four proposed actions, and outside comments."""
        store = self.store
        demo = read_demo_parking(demo_parking(), now)
        moments = [e.id for e in self._moments(review_id)]

        def moment(number: int | None) -> int | None:
            return moments[number - 1] if number and number <= len(moments) else None

        parked_ids = [store.parking.add(review_id, replace(item, entry_id=moment(n))).id for item, n in demo.parked]
        for action, parked in demo.actions:
            origin = parked_ids[parked - 1] if parked and parked <= len(parked_ids) else None
            store.parking.add_action(review_id, replace(action, parked_item_id=origin))
        for comment, n in demo.comments:
            store.comments.add(review_id, replace(comment, entry_id=moment(n)))


def _id(entry: TimelineEntry) -> int:
    assert entry.id is not None
    return entry.id


def demo_review_id(store: ReviewStore) -> int:
    """The demo review's ID in this store, seeded if need be, told to nobody (tests, benchmarks, a new database)."""
    return Demo(store, Hub()).seed().review_id
