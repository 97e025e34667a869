"""Importing a timeline: the reading stores nothing; storing what was read changes the timeline and says so."""

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.timeline_import import TimelineImport, file_reader, pasted_reader
from facilitator.importers import ImportProblem

TIMELINE_CSV = "time,actor,text\n18:40,Priya,CheckoutLatencyHigh fired\n18:44,Priya,Looking into it\n19:02,Kwame,Scaling up\n"


@pytest.fixture
def timeline(tmp_path):
    path = tmp_path / "timeline.csv"
    path.write_text(TIMELINE_CSV + ",,Day two\n")
    return path


def test_reading_for_the_preview_stores_nothing_and_places_times_in_the_reviews_zone(store, hub, heard, review, timeline):
    parsed = TimelineImport(store, hub).read(review.id, file_reader(timeline))
    assert [e.text for e in parsed.entries] == ["CheckoutLatencyHigh fired", "Looking into it", "Scaling up"]
    assert parsed.entries[0].at.utcoffset().total_seconds() == 2 * 3600  # Berlin, summer time
    assert [s.where for s in parsed.skipped] == ["line 5"]
    assert store.timeline.count(review.id) == 0 and heard == []


def test_storing_what_was_read_changes_the_timeline_once(store, hub, heard, review, timeline):
    importing = TimelineImport(store, hub)
    parsed = importing.read(review.id, file_reader(timeline))
    imported = importing.store_entries(review.id, parsed.entries, parsed.skipped)
    assert (imported.added, imported.already_there) == (3, 0)
    assert heard == [imported.changed] == [Changed(Change.TIMELINE, review.id)]
    assert store.timeline.count(review.id) == 3


def test_the_command_lines_import_says_what_it_added_and_skipped(store, hub, review, timeline):
    imported = TimelineImport(store, hub).import_file(review.id, timeline)
    assert imported.said() == "added 3 entries (0 already there); skipped 1 line (no time): 5"
    assert imported.skip_report(lead="") == "1 line (no time): 5"


def test_importing_the_same_entries_again_adds_none_and_changes_nothing(store, hub, heard, review, timeline):
    importing = TimelineImport(store, hub)
    importing.import_file(review.id, timeline)
    again = importing.import_file(review.id, timeline)
    assert (again.added, again.already_there, again.changed.kinds) == (0, 3, Change.NOTHING)
    assert again.said().startswith("added 0 entries (3 already there)")
    assert len(heard) == 1


def test_pasted_text_is_read_like_a_file(store, hub, review):
    parsed = TimelineImport(store, hub).read(review.id, pasted_reader("18:40 Priya: alert fired\n18:44 Kwame: on it\n"))
    assert len(parsed.entries) == 2


def test_a_file_with_no_entries_is_refused_by_name_and_nothing_is_said(store, hub, heard, review, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("time,actor,text\n")
    with pytest.raises(ImportProblem) as refused:
        TimelineImport(store, hub).import_file(review.id, empty)
    assert "empty.csv" in str(refused.value)
    assert heard == [] and store.timeline.count(review.id) == 0


def test_storing_no_entries_is_refused_naming_the_source(store, hub, heard, review):
    with pytest.raises(ImportProblem) as named:
        TimelineImport(store, hub).store_entries(review.id, [], source="notes.md")
    with pytest.raises(ImportProblem) as unnamed:
        TimelineImport(store, hub).store_entries(review.id, [])
    assert (str(named.value), str(unnamed.value)) == ("notes.md: no timeline entries found", "no timeline entries found")
    assert heard == []
