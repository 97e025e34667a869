"""Writing the record file: owner-only, atomic, and never over someone's edits to the last one written."""

import os
import stat

import pytest

from facilitator.export.files import FolderMissing
from facilitator.export.record_file import sha256, write_record


def _write(path, text, remembered):
    """Write, and remember what was written, as the store does."""
    written = write_record(path, text, remembered)
    remembered[str(written.path)] = written.sha256
    return written


def test_a_new_file_is_written_owner_only(tmp_path):
    """The first export writes the file asked for, readable by its owner only."""
    written = _write(tmp_path / "r.md", "first\n", {})
    assert written.path == tmp_path / "r.md" and written.instead_of is None
    assert (tmp_path / "r.md").read_text() == "first\n"
    assert stat.S_IMODE(os.stat(tmp_path / "r.md").st_mode) == 0o600
    assert written.sha256 == sha256(b"first\n")


def test_our_own_unchanged_file_is_replaced(tmp_path):
    """Exporting again after the review changed replaces the file we wrote last time."""
    remembered = {}
    _write(tmp_path / "r.md", "first\n", remembered)
    written = _write(tmp_path / "r.md", "second\n", remembered)
    assert written.path == tmp_path / "r.md"
    assert (tmp_path / "r.md").read_text() == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]


def test_a_file_someone_changed_is_kept_and_a_numbered_one_written(tmp_path):
    """After an outside edit the old file stays as edited; the record goes to -2, and later exports keep using -2."""
    remembered = {}
    _write(tmp_path / "r.md", "first\n", remembered)
    (tmp_path / "r.md").write_text("first\nwith a colleague's correction\n")
    written = _write(tmp_path / "r.md", "second\n", remembered)
    assert written.path == tmp_path / "r-2.md" and written.instead_of == tmp_path / "r.md"
    assert (tmp_path / "r.md").read_text() == "first\nwith a colleague's correction\n"
    again = _write(tmp_path / "r.md", "third\n", remembered)
    assert again.path == tmp_path / "r-2.md" and (tmp_path / "r-2.md").read_text() == "third\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r-2.md", "r.md"]


def test_a_file_we_never_wrote_is_not_overwritten(tmp_path):
    """A file already there that we have no record of writing is someone else's: it is left alone."""
    (tmp_path / "r.md").write_text("somebody's own notes\n")
    (tmp_path / "r-2.md").write_text("and another\n")
    written = _write(tmp_path / "r.md", "record\n", {})
    assert written.path == tmp_path / "r-3.md"
    assert (tmp_path / "r.md").read_text() == "somebody's own notes\n"


def test_a_file_that_already_holds_the_record_is_reused(tmp_path):
    """The same text in a file we do not remember (e.g. exported from a restored copy) is simply written again."""
    (tmp_path / "r.md").write_text("record\n")
    assert _write(tmp_path / "r.md", "record\n", {}).path == tmp_path / "r.md"


def test_a_folder_or_link_in_the_way_is_never_replaced(tmp_path):
    """Something that is not a plain file at the name is not ours to replace."""
    (tmp_path / "r.md").mkdir()
    (tmp_path / "elsewhere.md").write_text("x")
    (tmp_path / "r-2.md").symlink_to(tmp_path / "elsewhere.md")
    assert _write(tmp_path / "r.md", "record\n", {}).path == tmp_path / "r-3.md"
    assert (tmp_path / "elsewhere.md").read_text() == "x"


def test_a_missing_folder_writes_nothing(tmp_path):
    """Writing into a folder that is not there fails plainly and leaves nothing behind."""
    with pytest.raises(FolderMissing):
        write_record(tmp_path / "gone" / "r.md", "record\n", {})
    assert list(tmp_path.iterdir()) == []
