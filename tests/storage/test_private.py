"""Readable by you only: owner-only modes on POSIX, an owner-only access list on Windows (icacls simulated)."""

import logging
import stat
import subprocess
import sys

import pytest

from facilitator.export.files import write_private
from facilitator.storage import private
from facilitator.storage.database import open_database
from facilitator.storage.paths import private_dir


class Icacls:
    """Stands in for icacls: records each command line and answers with the given return code."""

    def __init__(self, returncode=0, raises=None):
        self.calls = []
        self.returncode = returncode
        self.raises = raises

    def __call__(self, arguments, **options):
        self.calls.append((arguments, options))
        if self.raises:
            raise self.raises
        return subprocess.CompletedProcess(arguments, self.returncode, "", "Access is denied.")


@pytest.fixture
def windows(monkeypatch):
    """sys.platform says win32, the signed-in user is HARBOUR\\cyd, and icacls is a recorder."""
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("USERNAME", "cyd")
    monkeypatch.setenv("USERDOMAIN", "HARBOUR")
    icacls = Icacls()
    monkeypatch.setattr(private, "run", icacls)
    return icacls


def test_an_exported_file_gets_an_access_list_for_its_owner_alone_on_windows(windows, tmp_path):
    written = write_private(tmp_path / "INC-7-review.md", "# Review\n")
    assert written.read_text(encoding="utf-8") == "# Review\n"
    (arguments, options), = windows.calls
    assert arguments[0] == "icacls"
    assert arguments[1].startswith(str(tmp_path / ".INC-7-review.md."))  # set before the words go in
    assert arguments[2:] == ["/inheritance:r", "/grant:r", "HARBOUR\\cyd:F"]
    assert options["creationflags"] == 0x08000000  # no console window flashes up from the app


def test_a_new_data_folder_and_database_are_owner_only_on_windows(windows, tmp_path):
    open_database(tmp_path / "data" / "reviews.sqlite3").close()
    granted = {arguments[1]: arguments[2:] for arguments, _ in windows.calls}
    assert granted[str(tmp_path / "data")] == ["/inheritance:r", "/grant:r", "HARBOUR\\cyd:(OI)(CI)F"]
    assert granted[str(tmp_path / "data" / "reviews.sqlite3")] == ["/inheritance:r", "/grant:r", "HARBOUR\\cyd:F"]


def test_windows_never_gets_a_chmod_that_would_only_set_read_only(windows, tmp_path, monkeypatch):
    def chmod(*_):
        raise AssertionError("chmod on Windows only sets read-only")

    monkeypatch.setattr(private.os, "chmod", chmod)
    private_dir(tmp_path / "folder")
    write_private(tmp_path / "folder" / "notes.md", "words")
    assert len(windows.calls) == 2


@pytest.mark.parametrize("icacls", [Icacls(returncode=1332), Icacls(raises=FileNotFoundError("icacls"))])
def test_when_icacls_fails_the_file_is_still_written_and_the_log_says_so(windows, icacls, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(private, "run", icacls)
    with caplog.at_level(logging.WARNING, logger="facilitator.storage.private"):
        written = write_private(tmp_path / "follow-ups.csv", "title\r\n")
    assert written.read_text(encoding="utf-8") == "title\n"
    assert "could not make" in caplog.text and "private" in caplog.text


def test_on_posix_a_file_and_a_folder_get_0600_and_0700(tmp_path):
    loose = tmp_path / "loose.md"
    loose.write_text("x")
    loose.chmod(0o644)
    folder = tmp_path / "folder"
    folder.mkdir(mode=0o755)
    private.make_private(loose)
    private.make_private(folder)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
