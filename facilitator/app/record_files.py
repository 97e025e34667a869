"""A stored review to a file (the Markdown record or the JSON archive) and an archive back."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
from dataclasses import replace
from pathlib import Path

from ..export.archive import archive_json
from ..export.files import FolderMissing
from ..export.record import record_markdown
from ..export.record_file import Written, write_record
from ..importers.archive import read_archive
from ..importers.input_file import read_input
from ..storage.reviews import ReviewStore
from ..storage.whole_review import load_whole, store_whole
from .destinations import Kind, file_name


class FileFormat(enum.StrEnum):
    """The record (for the incident folder) or the archive (the whole review, for restore)."""

    MARKDOWN = "markdown"
    JSON = "json"

    @property
    def kind(self) -> Kind:
        return Kind.RECORD if self is FileFormat.MARKDOWN else Kind.ARCHIVE


def review_text(store: ReviewStore, review_id: int, format: FileFormat) -> str:
    whole = load_whole(store, review_id)
    return record_markdown(whole) if format is FileFormat.MARKDOWN else archive_json(whole)


def export_review(store: ReviewStore, review_id: int, path: Path, format: FileFormat, now: dt.datetime) -> Written:
    """Write the record (or archive) to path, or into it when it is a folder, never over someone's edits.

    Raises OSError (FolderMissing when the folder is not there) with nothing written; a new file the database
    could not then remember is taken away again."""
    review = store.get(review_id)
    if path.is_dir():
        path = path / file_name(review, format.kind)
    if not path.parent.is_dir():  # before the folder is remembered: a refused export changes nothing
        raise FolderMissing(path.parent)
    store.exports.remember_folder(os.path.abspath(path.parent), now)
    there_before = set(os.listdir(path.parent)) if path.parent.is_dir() else set()
    written = write_record(path, review_text(store, review_id, format), store.exports.written(review_id))
    try:
        store.exports.remember(review_id, str(written.path), written.sha256, now)
    except BaseException:
        if written.path.name not in there_before:
            with contextlib.suppress(OSError):
                written.path.unlink()
        raise
    return written


def restore_review(store: ReviewStore, path: Path, now: dt.datetime) -> int:
    """Bring a review archive back as a new review and return its id; a bad archive stores nothing.

    The restored review has no incident folder: the archive's names a place on the machine it came from,
    never one to write to here, so the record goes where the user next chooses.
    Raises OSError when the file cannot be read, importers.ImportProblem when it is not a good archive."""
    whole = read_archive(read_input(path), now.date())
    return store_whole(store, replace(whole, review=replace(whole.review, folder="")), now)
