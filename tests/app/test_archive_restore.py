"""An archive back as a new review changes the library."""

import datetime as dt

import pytest

from facilitator.app.archive import Archives
from facilitator.app.changes import Change, Changed
from facilitator.app.exports import Exports
from facilitator.app.record_files import FileFormat
from facilitator.importers import ImportProblem

NOW = dt.datetime(2026, 10, 15, 9, 30, tzinfo=dt.UTC)


def test_an_archive_comes_back_as_a_new_review_without_its_folder(store, hub, heard, review, tmp_path):
    store.update(review.with_changes(folder=str(tmp_path)))
    archive = Exports(store, hub).record(review.id, tmp_path / "a.json", FileFormat.JSON, NOW).path
    restored = Archives(store, hub).restore(archive, NOW)
    assert restored.review_id != review.id
    assert store.get(restored.review_id).title == review.title and store.get(restored.review_id).folder == ""
    assert heard == [restored.changed] == [Changed(Change.LIBRARY, restored.review_id)]


def test_a_bad_archive_stores_nothing_and_says_nothing(store, hub, heard, review, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "an archive"}')
    with pytest.raises(ImportProblem):
        Archives(store, hub).restore(bad, NOW)
    assert [r.id for r in store.all()] == [review.id] and heard == []
