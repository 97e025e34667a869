"""Fixtures for the importers: the demo incident's calendar, and a copy of the Slack export under data/."""

import shutil
from pathlib import Path

import pytest
from importer_data import DATA, INCIDENT_DATE, LONDON

from facilitator.importers import ImportContext


@pytest.fixture
def context() -> ImportContext:
    """INC-2417 happened on 14 October 2026; the review runs on London time (BST, UTC+1, that day)."""
    return ImportContext(incident_date=INCIDENT_DATE, timezone=LONDON)


@pytest.fixture
def slack_folder(tmp_path) -> Path:
    """An unpacked Slack export: users.json, channels.json and two channel folders of day files."""
    return Path(shutil.copytree(DATA / "slack_export", tmp_path / "INC-2417 Slack export Oct 14 2026"))
