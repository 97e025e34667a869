"""Edits of the set-up, timeline, comments, actions and library kept as store calls in a journal: what they carry
comes back as it was, an edit may name what an earlier waiting one returns, and a crash loses none of them."""

import datetime as dt

import pytest

from facilitator.domain.actions import Action
from facilitator.domain.agenda import Phase
from facilitator.domain.comments import Comment
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.storage.queued_calls import Later, calls_data, decode, encode
from facilitator.storage.queued_writes import REFUSED, write_batch
from facilitator.storage.write_journal import Journal, journal_folder, take_orphans

NOW = dt.datetime(2026, 10, 14, 18, 30, tzinfo=dt.UTC)


@pytest.fixture
def review(store):
    return store.create(Review(incident_ref="INC-9", title="Disk full", incident_date=dt.date(2026, 11, 1), timezone="UTC"))


def test_what_an_edit_carries_comes_back_as_it_was():
    """Entries, comments, actions, times, dates, enums, tuples and dicts keyed by phase survive the journal's JSON."""
    import json

    values = [
        TimelineEntry(NOW, "Ada", "Paged", moment=MomentKind.DETECTION, questions=("Why?",)),
        Comment("Felt rushed", received_on=dt.date(2026, 10, 15)),
        Action("Alert earlier", "Ada", due=dt.date(2026, 11, 30)),
        {Phase.OPENING: 10, Phase.TIMELINE: 50},
        dt.time(14, 0),
        Later("abc", 3, (0, "id")),
    ]
    assert decode(json.loads(json.dumps(encode(values)))) == values


def test_a_value_of_a_type_outside_the_domain_is_never_made_from_a_journal():
    """A journal line naming another module's class (os.system, say) is refused, not imported and called."""
    with pytest.raises(ValueError):
        decode({"$type": "os:system", "fields": {}})


def test_an_undo_made_while_its_add_waits_names_the_id_the_add_gets(store, review):
    """An entry added and taken back while both wait: written in one batch, the delete finds the new entry."""
    journal = Journal(journal_folder(store.path))
    added = journal.append("calls", calls_data(review.id, ("timeline.add_one", (review.id, TimelineEntry(NOW, "", "Typed")))))
    later = Later(added.source, added.seq, (0, "id"))
    removed = journal.append("calls", calls_data(review.id, ("timeline.delete", (later,))))
    back = journal.append("calls", calls_data(review.id, ("timeline.undelete", (Later(removed.source, removed.seq, (0,)),))))
    results: dict = {}
    write_batch(store, [added, removed], results=results)
    assert store.timeline.entries(review.id) == []
    written, refused = write_batch(store, [back], results=results)
    assert refused == {}
    (entry,) = store.timeline.entries(review.id)
    assert entry.text == "Typed" and entry.id == results[added.source, added.seq][0].id


def test_edits_waiting_when_the_process_dies_are_written_once_by_the_next(store, review):
    """A comment and an action journaled, the process gone before writing them: the next one writes each, once."""
    journal = Journal(journal_folder(store.path))
    journal.append("calls", calls_data(review.id, ("comments.add", (review.id, Comment("Felt rushed")))))
    journal.append("calls", calls_data(review.id, ("parking.add_action", (review.id, Action("Alert earlier", "Ada")))))
    journal.close(finished=False)
    (orphan,) = take_orphans(journal_folder(store.path))
    write_batch(store, orphan.waiting)
    write_batch(store, orphan.waiting)
    assert [c.text for c in store.comments.comments(review.id)] == ["Felt rushed"]
    assert [a.title for a in store.parking.actions(review.id)] == ["Alert earlier"]


def test_a_method_not_listed_is_never_called():
    """Only the store's edits the windows make may be queued."""
    with pytest.raises(KeyError):
        calls_data(1, ("db.execute", ("DROP TABLE reviews",)))
    assert KeyError in REFUSED
