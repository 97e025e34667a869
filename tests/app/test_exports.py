"""Exports: written owner-only where asked, the folder noted first; none changes the review, so the hub hears nothing."""

import datetime as dt
import sqlite3
import stat
from dataclasses import replace

import pytest

from facilitator.app.changes import Change, Changed
from facilitator.app.destinations import Kind
from facilitator.app.exports import Exports
from facilitator.app.record_files import FileFormat
from facilitator.domain.actions import Action
from facilitator.storage.errors import ServerError

NOW = dt.datetime(2026, 10, 15, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def folder(store, review, tmp_path):
    folder = tmp_path / "INC-2417"
    folder.mkdir()
    store.update(replace(review, folder=str(folder)))
    return folder


def test_the_record_goes_to_its_destination_and_changes_nothing(store, hub, heard, review, folder, tmp_path):
    exports = Exports(store, hub)
    target = exports.destination(review.id, Kind.RECORD, tmp_path)
    written = exports.record(review.id, target.path, FileFormat.MARKDOWN, NOW)
    assert written.path == folder / "2026-10-14-INC-2417-review.md" and written.instead_of is None
    assert stat.S_IMODE(written.path.stat().st_mode) == 0o600
    assert written.changed == Changed(Change.NOTHING, review.id) and heard == []
    assert str(folder) in store.exports.folders()


def test_a_record_someone_edited_is_left_alone(store, hub, review, folder):
    exports = Exports(store, hub)
    first = exports.record(review.id, folder, FileFormat.MARKDOWN, NOW)
    first.path.write_text("edited by hand\n")
    second = exports.record(review.id, folder, FileFormat.MARKDOWN, NOW)
    assert second.instead_of == first.path and second.path.name == "2026-10-14-INC-2417-review-2.md"
    assert first.path.read_text() == "edited by hand\n"


def test_the_pre_read_and_follow_ups_are_written_owner_only(store, hub, heard, review, folder):
    store.parking.add_action(review.id, Action("Add a latency SLO", "Priya"))
    exports = Exports(store, hub)
    preread = exports.preread(review.id, folder / "pre.md", NOW)
    follow_ups = exports.follow_ups(review.id, "json", folder / "follow.json", NOW)
    assert "INC-2417" in preread.path.read_text() and "Add a latency SLO" in follow_ups.path.read_text()
    for written in (preread, follow_ups):
        assert stat.S_IMODE(written.path.stat().st_mode) == 0o600
    assert heard == []


def test_a_place_refused_is_refused_before_the_folder_is_noted(store, hub, review, tmp_path):
    exports = Exports(store, hub)
    with pytest.raises(FileNotFoundError):
        exports.preread(review.id, tmp_path / "not-there" / "pre.md", NOW)
    assert store.exports.folders() == []


CANNOT_NOTE = {
    "locked": sqlite3.OperationalError("database is locked"),
    "server out of reach": ServerError("the database server at /tmp could not be used (connection lost)"),
}


@pytest.mark.parametrize("refusal", CANNOT_NOTE)
def test_a_window_writes_even_when_the_database_cannot_note_the_folder(
    store, hub, review, tmp_path, monkeypatch, refusal
):
    def refused(folder, when):
        raise CANNOT_NOTE[refusal]

    monkeypatch.setattr(store.exports, "remember_folder", refused)
    exports = Exports(store, hub)
    with pytest.raises(type(CANNOT_NOTE[refusal])):
        exports.preread(review.id, tmp_path / "pre.md", NOW)
    assert exports.preread(review.id, tmp_path / "pre.md", NOW, must_note=False).path.is_file()
