"""The realistic files under data/ and the calendar of the incident they come from, shared by the importer tests."""

import datetime as dt
import zipfile
from pathlib import Path

DATA = Path(__file__).parent / "data"
INCIDENT_DATE = dt.date(2026, 10, 14)
LONDON = "Europe/London"
BST = dt.timezone(dt.timedelta(hours=1))


def zipped(folder: Path, target: Path, inside: str = "") -> Path:
    """The folder's files in a zip, at its top or inside one folder, as Slack's download or a re-zip has them."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, f"{inside}{file.relative_to(folder).as_posix()}")
    return target
