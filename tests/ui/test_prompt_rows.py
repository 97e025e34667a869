"""The walk-through's prompt list as a model, without a window: the marked moments, the shield, marks that change."""

import datetime as dt
from dataclasses import replace

import pytest

from facilitator.content import texts
from facilitator.domain.questions import QuestionLibrary
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.ui.meeting.prompt_rows import PromptRows
from facilitator.ui.prep.timeline_model import TEXT, TimelineModel

AT = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def model(qapp):
    model = TimelineModel(QuestionLibrary(texts("questions")))
    model.set_entries([
        TimelineEntry(AT + dt.timedelta(minutes=n), "Ada", f"Entry {n}", moment=MomentKind.DECISION if n % 3 == 0 else None,
                      id=n + 1)
        for n in range(10)
    ], "UTC")
    return model


def _texts(rows: PromptRows) -> list[str]:
    return [rows.index(row, TEXT).data() for row in range(rows.rowCount())]


def test_the_marked_moments_and_with_the_shield_none_after_the_one_on_screen(model):
    rows = PromptRows()
    rows.setSourceModel(model)
    assert _texts(rows) == ["Entry 0", "Entry 3", "Entry 6", "Entry 9"]
    rows.set_last_row(3)
    assert _texts(rows) == ["Entry 0", "Entry 3"]
    rows.set_last_row(6)
    assert _texts(rows) == ["Entry 0", "Entry 3", "Entry 6"]
    assert rows.later(6) == 1 and rows.moment_number(6) == (3, 4) and rows.moment_number(5) == (None, 4)
    assert not rows.mapFromSource(model.index(9, TEXT)).isValid(), "a row the shield hides has no place in the list"
    assert rows.mapToSource(rows.index(2, TEXT)).row() == 6


def test_every_entry_when_not_only_the_marked(model):
    rows = PromptRows()
    rows.setSourceModel(model)
    rows.set_marked_only(False)
    rows.set_last_row(4)
    assert _texts(rows) == [f"Entry {n}" for n in range(5)]
    assert rows.later(4) == 5 and rows.moment_number(3) == (2, 4)
    assert rows.mapFromSource(model.index(2, TEXT)).row() == 2


def test_a_mark_made_or_taken_away_changes_the_list(model):
    rows = PromptRows()
    rows.setSourceModel(model)
    entries = model.entries()
    model.set_entries([replace(e, moment=MomentKind.OBSERVATION) if e.id == 2 else e for e in entries], "UTC")
    assert _texts(rows) == ["Entry 0", "Entry 1", "Entry 3", "Entry 6", "Entry 9"]
    model.set_entries([replace(e, moment=None) if e.id == 1 else e for e in model.entries()], "UTC")
    assert _texts(rows) == ["Entry 1", "Entry 3", "Entry 6", "Entry 9"]
