"""Exported files are readable by their owner only, and a failed write never leaves half a file."""

import os
import stat
import sys

import pytest

from facilitator.export import files
from facilitator.export.files import FolderMissing, write_private

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def open_umask():
    """A umask that would make new files readable by everyone, as on a carelessly set-up machine."""
    old = os.umask(0)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_the_text_as_utf8_and_returns_the_path(tmp_path):
    """The file holds exactly the text, UTF-8 encoded with its newlines as given."""
    path = tmp_path / "pre-read.md"
    text = "# Wójcik — ⚑ Decision\n\nline\n"
    assert write_private(path, text) == path
    assert path.read_bytes() == text.encode("utf-8")


@posix_only
def test_the_file_is_readable_by_the_owner_only(tmp_path, open_umask):
    """Even with a umask that allows everyone, the written file has mode 0600."""
    path = write_private(tmp_path / "pre-read.md", "private")
    assert _mode(path) == 0o600


@posix_only
def test_overwriting_replaces_the_text_and_tightens_the_mode(tmp_path):
    """Writing over an existing world-readable file replaces its text and leaves it 0600."""
    path = tmp_path / "pre-read.md"
    path.write_text("old and much longer text than the new one")
    path.chmod(0o644)
    write_private(path, "new")
    assert path.read_text() == "new"
    assert _mode(path) == 0o600


def test_a_missing_folder_is_a_clear_error_and_creates_nothing(tmp_path):
    """A path in a folder that does not exist raises FolderMissing (a FileNotFoundError) naming the folder."""
    folder = tmp_path / "no-such-folder"
    with pytest.raises(FolderMissing) as raised:
        write_private(folder / "pre-read.md", "text")
    assert isinstance(raised.value, FileNotFoundError)
    assert str(folder) in str(raised.value)
    assert not folder.exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path, monkeypatch):
    """If the data cannot be flushed to disk, the previous file is untouched and nothing else is left behind."""
    path = tmp_path / "pre-read.md"
    path.write_text("the previous version")

    def disk_full(handle):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_private(path, "the new version")
    assert path.read_text() == "the previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pre-read.md"]


def test_text_that_cannot_be_written_leaves_no_file_at_all(tmp_path):
    """A write that fails part-way (here on an unencodable character) leaves no file, partial or temporary."""
    with pytest.raises(UnicodeEncodeError):
        write_private(tmp_path / "pre-read.md", "x" * 100_000 + "\ud800")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_is_an_error_and_stays_as_it_was(tmp_path):
    """Writing to a path that is a folder fails with an OSError and leaves the folder and its neighbours alone."""
    folder = tmp_path / "pre-read.md"
    folder.mkdir()
    with pytest.raises(OSError):
        write_private(folder, "text")
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["pre-read.md"]


def test_a_folder_you_may_not_write_in_is_named_not_a_hidden_temporary_file(tmp_path, monkeypatch):
    """The error names the folder and why, not the '.name.xyz.tmp' file tried first (the system refuses that
    one, as it would for a folder of someone else's; root may write anywhere, so the refusal is stood in)."""
    from facilitator.export.files import FolderNotWritable

    def refused(prefix, suffix, dir):
        raise PermissionError(13, "Permission denied", f"{dir}/{prefix}x1y2.tmp")

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    with pytest.raises(FolderNotWritable) as caught:
        write_private(tmp_path / "review.md", "words")
    assert str(tmp_path) in str(caught.value) and ".tmp" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
