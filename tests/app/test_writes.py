import datetime as dt

from facilitator.app.changes import Change, Changed
from facilitator.app.hub import Hub
from facilitator.app.writes import CHANGE_OF_CALL, CHANGE_OF_WRITE, WriteAtOnce, changed_by, write
from facilitator.domain.notes import Note
from facilitator.domain.review import Review
from facilitator.storage.queued_calls import CALLS, calls_data
from facilitator.storage.queued_writes import WRITES, note_data


def test_every_kind_of_write_says_what_it_changes():
    assert set(CHANGE_OF_WRITE) == set(WRITES)
    assert set(CHANGE_OF_CALL) == set(CALLS)
    assert all(CHANGE_OF_WRITE.values()) and all(CHANGE_OF_CALL.values())


def test_a_calls_write_changes_what_its_calls_change():
    data = calls_data(7, ("add_person", (7, None)), ("comments.add", (7, None)))
    assert changed_by("calls", data) == Changed(Change.PEOPLE | Change.COMMENTS, 7)
    assert changed_by("park", {"review_id": 3}) == Changed(Change.PARKING, 3)


def test_a_write_at_once_is_in_the_database_and_the_hub_hears_it(store):
    review = store.create(Review(incident_ref="INC-1", title="t", incident_date=dt.date(2026, 1, 2)))
    hub, heard = Hub(), []
    hub.subscribe(heard.append)
    note = Note(text="The pager went off", wall=dt.datetime(2026, 1, 2, 10, tzinfo=dt.UTC))
    changed, kept = write(WriteAtOnce(store), hub, "add_note", {"review_id": review.id, "note": note_data(note)})
    assert changed == Changed(Change.NOTES, review.id)
    assert heard == [changed]
    assert [n.text for n in store.notes.notes(review.id)] == ["The pager went off"]
    assert kept.id is not None
