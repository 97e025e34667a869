"""The preview's count line reads as a sentence when nothing is left out, in every language of the texts."""

import tomllib
from pathlib import Path

import pytest
from shown import on_tab

import resources

TEXT = Path(resources.__file__).parent / "text"


def test_a_file_with_nothing_left_out_says_so_once(qtbot, windows, review, tmp_path):
    """Not '2 entries to add · nothing left out left out'."""
    sheet = tmp_path / "timeline.csv"
    sheet.write_text("time,who,what\n19:20,Ada Quist,Paged\n19:45,Eli Santos,Called the client\n")
    panel = on_tab(qtbot, windows, review.id, "timeline").timeline
    panel.import_file(sheet)
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    assert panel.preview.counts.text() == "2 entries to add · nothing left out"
    panel.preview.reject()


@pytest.mark.parametrize("path", [TEXT / "importing.toml", *sorted(TEXT.glob("*/importing.toml"))], ids=lambda p: p.parent.name)
def test_the_count_line_never_says_left_out_twice(path):
    words = tomllib.loads(path.read_text(encoding="utf-8"))["preview"]
    line = words["counts"].format(entries=words["entries"].format(count=2), skipped=words["skipped_none"])
    tail = words["counts"].split("{skipped}")[1].strip()
    assert line.count(tail) == 1, line
