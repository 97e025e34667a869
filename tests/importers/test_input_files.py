"""What an import reads from disk: regular files only, nothing a link leads to from inside a Slack export,
and a zip unpacked a bounded piece at a time."""

import os
import shutil
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from importer_data import zipped

from facilitator.importers import ImportProblem, slack
from facilitator.importers.formats import read_timeline
from facilitator.importers.slack import read_slack


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "timeline.csv"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("format", [None, "csv", "json", "markdown", "slack", "pagerduty"])
def test_a_fifo_is_refused_before_anything_is_read(context, fifo, format):
    """A named pipe nobody writes to would block the import for ever: it is refused without waiting."""
    with pytest.raises(ImportProblem, match=r"^timeline\.csv: it is a pipe \(FIFO\), not a file"):
        read_timeline(fifo, context, format)


@pytest.mark.parametrize("format", [None, "json", "slack"])
def test_a_device_is_refused_before_anything_is_read(context, format):
    """/dev/zero never ends: reading it took all the memory there was."""
    with pytest.raises(ImportProblem, match=r"^zero: it is a device, not a file"):
        read_timeline(Path("/dev/zero"), context, format)


def test_a_file_larger_than_the_limit_is_refused_without_reading_it_all(tmp_path):
    from facilitator.importers.input_file import read_input

    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 5000)
    assert read_input(path, limit=5000) == b"x" * 5000
    with pytest.raises(ImportProblem, match=r"^big\.csv: it is larger than"):
        read_input(path, limit=4999)


def _outside(tmp_path: Path, slack_folder: Path) -> Path:
    """A channel folder outside the export, with a day file whose words must never be imported."""
    outside = tmp_path / "outside"
    shutil.copytree(slack_folder / "sre-alerts", outside)
    day = outside / "2026-10-14.json"
    day.write_text(day.read_text().replace("Checkout", "OUTSIDE-THE-EXPORT"))
    return outside


def test_a_day_file_linking_outside_the_export_is_not_followed(context, slack_folder, tmp_path):
    outside = _outside(tmp_path, slack_folder)
    day = slack_folder / "sre-alerts" / "2026-10-14.json"
    day.unlink()
    day.symlink_to(outside / "2026-10-14.json")
    entries = read_slack(slack_folder, context)
    assert entries and not any("OUTSIDE-THE-EXPORT" in entry.text for entry in entries)


def test_a_channel_folder_linking_outside_the_export_is_not_followed(context, slack_folder, tmp_path):
    outside = _outside(tmp_path, slack_folder)
    (slack_folder / "linked-channel").symlink_to(outside, target_is_directory=True)
    entries = read_slack(slack_folder, context)
    assert entries and not any("OUTSIDE-THE-EXPORT" in entry.text for entry in entries)


def test_an_index_file_linking_outside_the_export_is_not_followed(context, slack_folder, tmp_path):
    """users.json as a link is left out: the names then come from the messages' own profiles."""
    users = slack_folder / "users.json"
    outside = tmp_path / "users.json"
    outside.write_text('[{"id": "U01ADA", "real_name": "OUTSIDE-THE-EXPORT"}, {"id": "U02BO", "real_name": "OUTSIDE-THE-EXPORT"}]')
    users.unlink()
    users.symlink_to(outside)
    entries = read_slack(slack_folder, context)
    assert entries and not any("OUTSIDE-THE-EXPORT" in entry.actor for entry in entries)


def test_a_fifo_inside_an_export_is_never_opened(context, slack_folder):
    """A day file that is a named pipe would block the import: only regular files are read."""
    os.mkfifo(slack_folder / "sre-alerts" / "2026-10-16.json")
    assert read_slack(slack_folder, context)


def _lying_zip(path: Path, unpacked: int, declared: int) -> Path:
    """A zip whose day file unpacks to `unpacked` bytes (a JSON list padded with spaces) but says it holds `declared`."""
    day = b'[{"ts": "1792000020", "type": "message", "text": "x"}]'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("general/2026-10-14.json", day + b" " * (unpacked - len(day)))
        archive.writestr("users.json", b"[]")
    raw = bytearray(path.read_bytes())
    central = raw.index(b"PK\x01\x02")
    raw[22:26] = declared.to_bytes(4, "little")  # the local header's size
    raw[central + 24 : central + 28] = declared.to_bytes(4, "little")  # the central directory's
    path.write_bytes(bytes(raw))
    return path


def test_a_zip_that_understates_its_size_is_unpacked_a_piece_at_a_time(context, tmp_path):
    """A day file saying it holds 1,000 bytes but unpacking to 64 MiB never sits in memory whole (a 2 MB zip
    like it reached 2 GB): the import stops with a problem, having held a small piece at a time."""
    export = _lying_zip(tmp_path / "export.zip", unpacked=64 << 20, declared=1000)
    tracemalloc.start()
    try:
        with pytest.raises(ImportProblem, match=r"general/2026-10-14\.json"):
            read_slack(export, context)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20


def test_bytes_unpacked_past_the_budget_stop_the_import(context, slack_folder, tmp_path, monkeypatch):
    """The budget counts the bytes that come out of the zip, not the sizes it declares."""
    export = zipped(slack_folder, tmp_path / "export.zip")
    unpacked = sum(f.stat().st_size for f in slack_folder.rglob("*.json"))
    monkeypatch.setattr(slack, "MAX_EXPORT_BYTES", unpacked - 1)
    with pytest.raises(ImportProblem, match=r"^export\.zip: more than"):
        read_slack(export, context)
    budget = slack._Budget(100, "export.zip")
    budget.spend(100)
    with pytest.raises(ImportProblem, match=r"^export\.zip: more than"):
        budget.spend(1)


def test_a_fifo_is_not_taken_for_a_slack_export(fifo):
    """Guessing the format never opens a pipe (it would wait for a writer)."""
    from facilitator.importers.slack import looks_like_slack

    assert not looks_like_slack(fifo)


def test_a_zip_declaring_more_than_the_limit_is_refused_before_unpacking(context, tmp_path):
    """An export of a thousand megabytes (a 1 MB zip of them took 6 GB and 52 s) is refused from its directory."""
    export = _lying_zip(tmp_path / "export.zip", unpacked=1000, declared=slack.MAX_EXPORT_BYTES + 1)
    with pytest.raises(ImportProblem, match=r"^export\.zip: more than 256 MiB unpacked$"):
        read_slack(export, context)
