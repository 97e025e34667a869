"""Each preparation edit writes through the writer and the hub hears exactly what it changed, for that review."""

import datetime as dt

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.comment_edits import CommentEdits
from facilitator.app.hub import Hub
from facilitator.app.meeting_plan import MeetingPlan
from facilitator.app.people import People
from facilitator.app.review_details import ReviewDetails
from facilitator.app.session import open_store
from facilitator.app.timeline_edits import TimelineEdits
from facilitator.app.writes import WriteAtOnce
from facilitator.domain.agenda import Phase, default_budgets
from facilitator.domain.comments import Comment
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry

AT = dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def store(db_path):
    """The store as a process opens it (app/session.py), on each backend."""
    store = open_store(db_path)
    yield store
    store.db.close()


@pytest.fixture
def review(store):
    return store.create(Review(incident_ref="INC-7", title="Queue stalled", incident_date=dt.date(2026, 3, 4)))


class Heard:
    """A hub and everything it told its listeners."""

    def __init__(self):
        self.hub = Hub()
        self.reports = []
        self.hub.subscribe(self.reports.append)


@pytest.fixture
def heard():
    return Heard()


@pytest.fixture
def at_once(store):
    return WriteAtOnce(store)


def test_changing_the_details_reports_details_and_the_library(store, review, heard, at_once):
    edit = ReviewDetails(store, heard.hub, at_once).update(review.id, {"title": "Queue stalled twice"})
    assert heard.reports == [edit.changed] == [Changed(Change.DETAILS | Change.LIBRARY, review.id)]
    assert store.get(review.id).title == "Queue stalled twice"


def test_each_change_to_the_people_reports_people(store, review, heard, at_once):
    people = People(store, heard.hub, at_once)
    ada = people.add(review.id, Person(name="Ada", role=Role.RESPONDER, attendance=Attendance.INVITED)).part(0)
    people.update(review.id, Person(name="Ada Quist", role=Role.RESPONDER, attendance=Attendance.INVITED, id=ada.id))
    people.set_facilitation(review.id, ada.id, None)
    assert [p.name for p in store.people(review.id)] == ["Ada Quist"]
    assert store.people(review.id)[0].facilitates
    people.remove(review.id, ada.id)
    assert store.people(review.id) == []
    assert heard.reports == [Changed(Change.PEOPLE, review.id)] * 4


def test_the_timeline_edits_report_the_timeline_and_the_marks(store, review, heard, at_once):
    edits = TimelineEdits(store, heard.hub, at_once)
    entry_id = edits.add(review.id, TimelineEntry(at=AT, actor="Ada", text="Alert fired")).part(0, "id")
    entry = store.timeline.entries(review.id)[0]
    assert entry.id == entry_id
    edits.set_kind(review.id, entry, MomentKind.DETECTION)
    assert store.timeline.entries(review.id)[0].moment is MomentKind.DETECTION
    edits.set_questions(review.id, entry_id, ["What did the alert say?"])
    assert store.timeline.entries(review.id)[0].questions == ("What did the alert say?",)
    deleted = edits.delete(review.id, entry_id).part(0)
    assert store.timeline.count(review.id) == 0
    edits.undelete(review.id, deleted)
    back = store.timeline.entries(review.id)[0]
    assert (back.id, back.questions) == (entry_id, ("What did the alert say?",))
    timeline, marks = Change.TIMELINE, Change.MARKS
    assert [r.kinds for r in heard.reports] == [timeline, timeline | marks, marks, timeline | marks, timeline | marks]
    assert {r.review_id for r in heard.reports} == {review.id}


def test_comments_added_attached_edited_removed_and_restored_report_comments(store, review, heard, at_once):
    edits = CommentEdits(store, heard.hub, at_once)
    entry = TimelineEdits(store, heard.hub, at_once).add(review.id, TimelineEntry(at=AT, actor="", text="Paged")).part(0)
    added = edits.add(review.id, [Comment(text="Too many alerts"), Comment(text="Runbook out of date", author="Bo")])
    first = added.part(0)
    edits.attach(review.id, first, entry.id)
    edits.edit(review.id, Comment(text="Far too many alerts", id=first.id, entry_id=entry.id))
    assert next((c.text, c.entry_id) for c in store.comments.comments(review.id)) == ("Far too many alerts", entry.id)
    row = edits.remove(review.id, [first.id]).part(0)
    assert [c.text for c in store.comments.comments(review.id)] == ["Runbook out of date"]
    assert edits.restore(review.id, [row]).part(0, "id") == first.id
    assert heard.reports[1:] == [Changed(Change.COMMENTS, review.id)] * 5


def test_the_agenda_and_the_opening_words_report_what_the_meeting_plan_changes(store, review, heard, at_once):
    plan = MeetingPlan(store, heard.hub, at_once)
    budgets = dict(default_budgets(60))
    budgets[Phase.OPENING], budgets[Phase.TIMELINE] = budgets[Phase.OPENING] + 1, budgets[Phase.TIMELINE] - 1
    plan.set_budgets(review.id, budgets, 60)
    plan.set_opening_text(review.id, "Welcome, all.")
    assert store.meeting.budgets(review.id, 60) == budgets
    assert store.meeting.opening_text(review.id) == "Welcome, all."
    assert heard.reports == [Changed(Change.MEETING | Change.DETAILS, review.id), Changed(Change.DETAILS, review.id)]


class Held:
    """A writer whose database another program holds: every write waits its turn."""

    def __init__(self):
        self.waiting = []

    def submit(self, kind, data):
        from facilitator.app.waiting import Waiting

        waiting = Waiting("journal", len(self.waiting) + 1, kind, data)
        self.waiting.append(waiting)
        return False, waiting


def test_an_edit_that_waits_is_not_heard_yet_and_stands_for_what_it_will_return(store, review, heard):
    from facilitator.app.waiting import Later

    edit = TimelineEdits(store, heard.hub, Held()).add(review.id, TimelineEntry(at=AT, actor="", text="Paged"))
    assert heard.reports == []
    assert not edit.written
    assert edit.changed == Changed(Change.TIMELINE, review.id)
    assert edit.part(0, "id") == Later("journal", 1, (0, "id"))


class Refusing:
    """The windows' writer, whose database refuses the write at once (its row deleted by another window)."""

    def __init__(self, store):
        self.store, self.told = store, []

    def submit(self, kind, data):
        from facilitator.app.writes import WriteAtOnce

        return WriteAtOnce(self.store).submit(kind, data)

    def tell_refused(self, kind, data, error):
        self.told.append((kind, error))


def test_an_edit_refused_at_once_is_told_and_heard_so_the_windows_show_the_truth(store, review, heard):
    writer = Refusing(store)
    edit = TimelineEdits(store, heard.hub, writer).set_questions(review.id, 12345, ["Gone?"])
    assert [kind for kind, _error in writer.told] == ["calls"]
    assert edit.returned is None and edit.part(0) is None
    assert heard.reports == [Changed(Change.MARKS, review.id)]


def test_an_edit_refused_by_the_command_lines_writer_raises(store, review, heard, at_once):
    from facilitator.app.edits import Refused

    with pytest.raises(Refused):
        TimelineEdits(store, heard.hub, at_once).set_questions(review.id, 12345, ["Gone?"])
    assert heard.reports == []
