"""The record files written for each review, with a hash of what was written, to notice later edits; and the
folders any export went to."""

from __future__ import annotations

import datetime as dt
import sqlite3

from .busy import retry_when_busy
from .connection import Database
from .errors import StorageError
from .timeline import utc_text


class RecordExports:
    def __init__(self, db: Database):
        self.db = db

    def written(self, review_id: int) -> dict[str, str]:
        """SHA-256 (hex) of the text last written to each file, by the file's absolute path."""
        rows = self.db.execute("SELECT path, sha256 FROM record_exports WHERE review_id = ?", [review_id])
        return dict(rows.fetchall())

    @retry_when_busy
    def remember(self, review_id: int, path: str, sha256: str, when: dt.datetime) -> None:
        self.db.execute(
            "INSERT INTO record_exports (review_id, path, sha256, written_utc) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(review_id, path) DO UPDATE SET sha256 = excluded.sha256, written_utc = excluded.written_utc",
            [review_id, path, sha256, utc_text(when)],
        )

    @retry_when_busy
    def remember_folder(self, folder: str, when: dt.datetime) -> None:
        """Note a folder an export is about to be written into (before writing, so a crash there is known)."""
        self.db.execute(
            "INSERT INTO export_folders (folder, first_written_utc) VALUES (?, ?) ON CONFLICT(folder) DO NOTHING",
            [folder, utc_text(when)],
        )

    def note_folder(self, folder: str, when: dt.datetime) -> bool:
        """remember_folder for a window's export, which goes ahead whether or not the database could note it."""
        try:
            self.remember_folder(folder, when)
        except (sqlite3.Error, StorageError):  # StorageError: a server out of reach
            return False
        return True

    def folders(self) -> list[str]:
        """Every folder an export was written into, in the order first used."""
        return [folder for (folder,) in self.db.execute("SELECT folder FROM export_folders ORDER BY first_written_utc, folder")]
