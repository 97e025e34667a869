"""The meeting's use cases: each write reports once what it changed, and the process's read model follows what
it wrote without reading it back; one read per report, shared by every window that asks after it."""

import datetime as dt

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.hub import Hub
from facilitator.app.marks import Marks
from facilitator.app.meeting import NOT_YET, Meeting
from facilitator.app.meeting_screen import MeetingScreen, position, with_waiting
from facilitator.app.notes import NoteTaking
from facilitator.app.parking import ParkingLot
from facilitator.app.writes import WriteAtOnce, changed_by
from facilitator.domain.actions import Action
from facilitator.domain.agenda import Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.notes import Note, Place
from facilitator.domain.parking import ParkCategory, ParkedItem
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.statement_count import counted_statements
from facilitator.storage.write_journal import Waiting

AT = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)


class Held:
    """A writer whose database is busy: every write waits."""

    def __init__(self):
        self.waiting = []

    def submit(self, kind, data):
        self.waiting.append(Waiting("held", len(self.waiting) + 1, kind, data))
        return False, self.waiting[-1]


@pytest.fixture
def store(tmp_path):
    store = ReviewStore(open_database(tmp_path / "r.db"))
    yield store
    store.db.close()


@pytest.fixture
def review(store):
    review = store.create(Review(incident_ref="INC-1", title="t", incident_date=dt.date(2026, 3, 4), timezone="UTC"))
    store.timeline.add(review.id, [TimelineEntry(AT, "Ada", "Paged", moment=MomentKind.DETECTION),
                                   TimelineEntry(AT + dt.timedelta(minutes=1), "Bo", "Looked at the queue")])
    return review


@pytest.fixture
def hub():
    hub, heard = Hub(), []
    hub.subscribe(heard.append)
    hub.heard = heard
    return hub


def test_each_meeting_write_reports_once_what_it_changed(store, review, hub):
    meeting = Meeting(store, hub, WriteAtOnce(store))
    entry = store.timeline.entries(review.id)[1]
    meeting.record_event(review.id, MeetingEvent(AT, ClockEvent.START))
    meeting.show_prompt(review.id, entry)
    meeting.time_on_screen(review.id, entry.id, 7)
    meeting.show_key_question(review.id, "repair")
    meeting.cover(review.id, "repair", True)
    meeting.answer(review.id, "repair", NOT_YET)
    meeting.pulse(review.id, 3, 4)
    assert hub.heard == [Changed(Change.MEETING | Change.LIBRARY, review.id), *[Changed(Change.MEETING, review.id)] * 6]
    assert store.current_entry_id(review.id) == entry.id
    assert store.timeline.get(entry.id).seconds_on_screen == 7
    assert store.meeting.covered_questions(review.id) == {"repair"}
    assert store.meeting.answers(review.id) == {"repair": NOT_YET}
    assert store.meeting.pulse(review.id) == (3, 4)


def test_the_windows_get_what_this_process_wrote_without_reading_it_back(store, review, hub):
    meeting = Meeting(store, hub, WriteAtOnce(store))
    screen = MeetingScreen.of(store, hub)
    screen.record(review.id)
    entry = store.timeline.entries(review.id)[1]
    seen = []
    hub.subscribe(lambda changed: seen.append(screen.record(review.id, changed)))
    with counted_statements(store.db) as queries:
        meeting.show_prompt(review.id, entry)
    assert [sql.split()[0] for sql in queries] == ["UPDATE"]
    assert seen[0].current_entry_id == entry.id
    assert entry.id in [m.id for m in seen[0].moments], "the unmarked entry on screen can be named by the notes"
    assert seen[0] == screen.record(review.id), "what was known is what a fresh read finds"


def test_one_read_per_report_whoever_asks(store, review, hub):
    screen = MeetingScreen.of(store, hub)
    report = Changed.elsewhere()
    with counted_statements(store.db) as queries:
        first = screen.record(review.id, report)
        again = screen.record(review.id, report)
        screen.notes(review.id, report)
        screen.notes(review.id, report)
    assert first is again
    assert len(queries) == 2


def test_a_report_nobody_read_after_makes_the_next_write_read_again(store, review, hub):
    screen = MeetingScreen.of(store, hub)
    screen.record(review.id)
    ParkingLot(store, hub, WriteAtOnce(store)).park(review.id, ParkedItem("Alerting", ParkCategory.UNSORTED, AT))
    Meeting(store, hub, WriteAtOnce(store)).pulse(review.id, 1, 2)
    with counted_statements(store.db) as queries:
        record = screen.record(review.id, Changed(Change.MEETING, review.id))
    assert len(queries) == 1
    assert [i.text for i in record.parked] == ["Alerting"] and record.pulse == (1, 2)


def test_a_write_that_waits_is_shown_from_the_queue_not_the_record(store, review, hub):
    held = Held()
    meeting = Meeting(store, hub, held)
    screen = MeetingScreen.of(store, hub)
    before = screen.record(review.id)
    changed, written = meeting.record_event(review.id, MeetingEvent(AT, ClockEvent.START))
    assert not written and hub.heard == [] and changed == Changed(Change.MEETING | Change.LIBRARY, review.id)
    assert screen.last(review.id) == before
    shown = with_waiting(before, held.waiting)
    assert [e.kind for e in shown.events] == [ClockEvent.START]


def test_the_place_on_screen_follows_the_clock_and_the_prompt(store, review, hub):
    meeting = Meeting(store, hub, WriteAtOnce(store))
    entry = store.timeline.entries(review.id)[0]
    meeting.record_event(review.id, MeetingEvent(AT, ClockEvent.START))
    meeting.record_event(review.id, MeetingEvent(AT + dt.timedelta(minutes=5), ClockEvent.PHASE, Phase.TIMELINE))
    meeting.show_prompt(review.id, entry)
    record = MeetingScreen.of(store, hub).record(review.id)
    assert position(record, AT + dt.timedelta(minutes=10)) == (Place(Phase.TIMELINE, entry_id=entry.id), 600)


def test_notes_marks_and_actions_report_their_kinds(store, review, hub):
    notes, marks = NoteTaking(store, hub, WriteAtOnce(store)), Marks(store, hub, WriteAtOnce(store))
    lot = ParkingLot(store, hub, WriteAtOnce(store))
    _changed, kept = notes.keep(review.id, Note("The queue filled", AT))
    notes.change(review.id, Note("The queue filled up", AT, id=kept.id))
    notes.save_draft(review.id, "half a tho", AT)
    entry = store.timeline.entries(review.id)[1]
    marks.mark(review.id, entry, MomentKind.DECISION)
    marks.set_questions(review.id, entry, ("Who saw it first?",))
    written, added = lot.add_action(review.id, Action("Alert on depth", "Ada"))
    lot.rank(review.id, [(added[0].id, 0)])
    kinds = [c.kinds for c in hub.heard]
    assert kinds == [Change.NOTES] * 2 + [Change.DRAFT] + [Change.MARKS] * 2 + [Change.ACTIONS] * 2
    assert all(c.review_id == review.id for c in hub.heard)
    assert written and [n.text for n in store.notes.notes(review.id)] == ["The queue filled up"]
    assert store.notes.draft(review.id) == "half a tho"
    assert store.timeline.get(entry.id).moment is MomentKind.DECISION


def test_an_edit_the_database_refuses_is_told_and_given_up(store, review, hub):
    refused = []
    lot = ParkingLot(store, hub, WriteAtOnce(store), lambda waiting, error: refused.append(waiting.data["calls"][0][0]))
    item = ParkedItem("Gone already", ParkCategory.UNSORTED, AT, id=999)
    assert lot.rewrite(review.id, "parking.update", item) == (True, None)
    assert refused == ["parking.update"] and hub.heard == []


class Queueing:
    """The windows' write queue with the database busy: it says so (a report) while the write is handed over."""

    def __init__(self, on_queued):
        self.waiting, self.on_queued = [], on_queued

    def submit(self, kind, data):
        self.waiting.append(Waiting("queued", len(self.waiting) + 1, kind, data))
        self.on_queued(changed_by(kind, data))
        return False, self.waiting[-1]


def test_a_write_reported_while_it_waits_is_not_taken_as_written(store, review, hub):
    """A window reading after the report of a write that waits gets the database as it is; the write is laid over it
    from the queue, once, not twice."""
    screen = MeetingScreen.of(store, hub)
    screen.record(review.id)
    seen = []
    queue = Queueing(lambda changed: seen.append(screen.record(review.id, changed)))
    Meeting(store, hub, queue).record_event(review.id, MeetingEvent(AT, ClockEvent.START))
    assert seen[0].events == ()
    assert [e.kind for e in with_waiting(seen[0], queue.waiting).events] == [ClockEvent.START]
    assert screen.record(review.id).events == ()
