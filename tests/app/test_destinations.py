"""The one rule for where an export goes when the user names no place."""

from dataclasses import replace

import pytest

from facilitator.app.destinations import Kind, chosen_path, destination


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (Kind.RECORD, "2026-10-14-INC-2417-review.md"),
        (Kind.PREREAD, "2026-10-14-INC-2417-preread.md"),
        (Kind.FOLLOW_UPS, "2026-10-14-INC-2417-follow-ups.csv"),
    ],
)
def test_what_is_shared_goes_into_the_incident_folder(review, tmp_path, kind, name):
    folder = tmp_path / "INC-2417"
    folder.mkdir()
    target = destination(replace(review, folder=str(folder)), kind, tmp_path / "here")
    assert target.path == folder / name and target.in_incident_folder and target.usable


def test_the_archive_never_goes_into_the_incident_folder_unasked(review, tmp_path):
    """It holds the private notes and the preparation."""
    target = destination(replace(review, folder=str(tmp_path)), Kind.ARCHIVE, tmp_path / "here")
    assert target.path == tmp_path / "here" / "2026-10-14-INC-2417-review.json" and not target.in_incident_folder


def test_without_an_incident_folder_everything_goes_here(review, tmp_path):
    for kind in Kind:
        target = destination(review, kind, tmp_path)
        assert target.path.parent == tmp_path and not target.in_incident_folder and target.usable


def test_an_incident_folder_that_is_gone_is_named_and_a_dialog_starts_here_instead(review, tmp_path):
    gone = tmp_path / "moved away"
    target = destination(replace(review, folder=str(gone)), Kind.PREREAD, tmp_path / "home")
    assert target.path.parent == gone and target.missing_folder == str(gone) and not target.usable
    assert target.to_ask_from() == tmp_path / "home" / "2026-10-14-INC-2417-preread.md"


def test_the_follow_ups_name_says_the_trackers_format(review, tmp_path):
    assert destination(review, Kind.FOLLOW_UPS, tmp_path, "jira").path.name == "2026-10-14-INC-2417-follow-ups-jira.csv"


def test_a_folder_named_holds_the_usual_name_and_a_file_named_is_taken_as_it_is(review, tmp_path):
    default = destination(review, Kind.RECORD, tmp_path / "here")
    assert chosen_path(None, default) == default.path
    assert chosen_path(tmp_path, default) == tmp_path / "2026-10-14-INC-2417-review.md"
    assert chosen_path(tmp_path / "mine.md", default) == tmp_path / "mine.md"
