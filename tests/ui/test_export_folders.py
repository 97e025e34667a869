"""A window's exports note their folder, so what a crash leaves half-written there is removed at the next start."""

import os
import subprocess
import sys

from PySide6.QtWidgets import QFileDialog

from facilitator.storage.paths import temporary_prefix


def test_exports_from_the_file_menu_note_their_folder_for_the_next_start(windows, review, store, tmp_path, monkeypatch):
    """File → Export pre-read and follow-ups remember the folders written to; a leftover of ours there is removed
    by the next command's start."""
    preread, follow_ups = tmp_path / "pre" / "preread.md", tmp_path / "follow" / "follow-ups.csv"
    for target in (preread, follow_ups):
        target.parent.mkdir()
    window = windows.open_review(review.id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(preread), "")))
    window._export_preread()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(follow_ups), "CSV")))
    window._export_follow_ups()
    assert {str(preread.parent), str(follow_ups.parent)} <= set(store.exports.folders())

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=60)
    leftover = preread.parent / f"{temporary_prefix(preread).replace(str(os.getpid()), str(dead.pid))}abcdefgh.tmp"
    leftover.write_text("half a pre-read")
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "--db", str(store.path), "list"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert sorted(os.listdir(preread.parent)) == ["preread.md"]
