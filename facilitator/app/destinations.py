"""Where an export goes when the user names no place: the one rule for the command line and the windows alike."""

from __future__ import annotations

import enum
from pathlib import Path

from ..domain.record import record
from ..domain.review import Review
from ..export.archive import archive_file_name
from ..export.follow_up_presets import preset_file_name
from ..export.preread import preread_file_name
from ..export.record import record_file_name


class Kind(enum.StrEnum):
    """What is being written."""

    RECORD = "record"
    ARCHIVE = "archive"
    PREREAD = "preread"
    FOLLOW_UPS = "follow-ups"


SHARED = (Kind.RECORD, Kind.PREREAD, Kind.FOLLOW_UPS)
"""What belongs in the incident folder; the archive holds the private notes and preparation, so it never goes
there unasked."""


def file_name(review: Review, kind: Kind, preset: str = "csv") -> str:
    """`<incident date>-<incident ref>-review.md` and its siblings; preset names the follow-ups' format."""
    if kind is Kind.RECORD:
        return record_file_name(review)
    if kind is Kind.ARCHIVE:
        return archive_file_name(review)
    if kind is Kind.PREREAD:
        return preread_file_name(review)
    return preset_file_name(review, preset)


@record
class Destination:
    """The default place of one export: ``path``, in the incident folder or ``here``; ``missing_folder`` names the
    review's incident folder when it names one that is not there (moved, unmounted): ``path`` lies in it and cannot
    be written (a command says so; a window asks where instead, from ``to_ask_from``)."""

    path: Path
    here: Path
    in_incident_folder: bool = False
    missing_folder: str = ""

    @property
    def usable(self) -> bool:
        return not self.missing_folder

    def to_ask_from(self) -> Path:
        """Where a save dialog starts: the destination, or the same name here when its folder is not there."""
        if self.usable:
            return self.path
        return self.here / self.path.name


def destination(review: Review, kind: Kind, here: Path, preset: str = "csv") -> Destination:
    """The one rule: the review's incident folder for what is shared there (the record, pre-read, follow-ups),
    else ``here`` (the current folder for a command, the home folder for a window); always the usual file name."""
    name = file_name(review, kind, preset)
    if kind not in SHARED or not review.folder:
        return Destination(here / name, here)
    folder = Path(review.folder)
    return Destination(folder / name, here, True, "" if folder.is_dir() else review.folder)


def chosen_path(out: Path | None, default: Destination) -> Path:
    """What a user named (a file, or a folder to hold the usual name), else the default."""
    if out is None:
        return default.path
    return out / default.path.name if out.is_dir() else out
