"""The desktop entry, the icon and the AppStream metadata, and `make install-desktop` putting them in place."""

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.content import resource

REPOSITORY = Path(__file__).resolve().parents[1]
REQUIRED = ("id", "name", "summary", "description", "launchable", "metadata_license", "project_license")


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_appstream_metadata_has_every_required_tag_and_launches_our_desktop_entry():
    root = ET.parse(resource("desktop", "facilitator.metainfo.xml")).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    for tag in REQUIRED:
        element = root.find(tag)
        assert element is not None, f"<{tag}> is missing"
        assert "".join(element.itertext()).strip(), f"<{tag}> is empty"
    assert root.find("description/p") is not None  # the description is paragraphs, as AppStream wants
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == "facilitator.desktop"
    assert root.find("metadata_license").text in {"CC0-1.0", "FSFAP", "MIT"}  # licences AppStream accepts for metadata
    assert {b.text for b in root.findall("provides/binary")} == {"facilitator", "facilitator-app"}


def test_the_desktop_entry_starts_the_windowless_launcher_with_our_icon():
    entry = _desktop_entry(resource("desktop", "facilitator.desktop"))
    assert entry["Type"] == "Application" and entry["Name"] == "Facilitator"
    assert entry["Exec"] == "facilitator-app" and entry["Terminal"] == "false"
    assert entry["Icon"] == "facilitator" and resource("icons", "facilitator.svg").is_file()
    assert entry["Categories"].endswith(";")
    root = ET.parse(resource("icons", "facilitator.svg")).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 256 256"


@pytest.mark.skipif(shutil.which("make") is None or sys.platform == "win32", reason="make install-desktop is for Linux")
def test_make_install_desktop_puts_the_entry_icon_and_metadata_where_the_desktop_finds_them(tmp_path):
    data_home = tmp_path / "share"
    ran = subprocess.run(["make", "-s", "-o", ".venv/.installed", "install-desktop", f"DATA_HOME={data_home}"],
                         cwd=REPOSITORY, capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert ran.returncode == 0, ran.stderr
    installed = _desktop_entry(data_home / "applications" / "facilitator.desktop")
    launcher = Path(installed["Exec"].strip('"'))
    assert launcher.name == "facilitator-app" and launcher.is_file()
    assert (data_home / "icons/hicolor/scalable/apps/facilitator.svg").read_bytes() == resource("icons", "facilitator.svg").read_bytes()
    assert (data_home / "metainfo/facilitator.metainfo.xml").is_file()
