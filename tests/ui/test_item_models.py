"""Every item model the windows show passes Qt's own model checks with a few rows in it."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from typing import cast

import pytest
from PySide6.QtCore import QAbstractItemModel

import facilitator.ui
from facilitator.content import texts
from facilitator.domain.actions import Action
from facilitator.domain.agenda import Phase
from facilitator.domain.attendance import Finding, Level
from facilitator.domain.comments import Comment
from facilitator.domain.key_questions import key_questions
from facilitator.domain.notes import Note, Place
from facilitator.domain.parking import Fate, ParkCategory, ParkedItem
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.questions import QuestionLibrary
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.importers import Skipped
from facilitator.ui.common.rows_model import RowsListModel, RowsModel
from facilitator.ui.library.review_list_model import ReviewListModel
from facilitator.ui.meeting.actions_view import ActionsModel
from facilitator.ui.meeting.key_questions_view import KeyQuestionModel
from facilitator.ui.meeting.parking_model import ParkedItemsModel
from facilitator.ui.meeting.prompt_rows import PromptRows
from facilitator.ui.notes.notes_model import NotesModel
from facilitator.ui.prep.comments_panel import CommentsModel
from facilitator.ui.prep.findings_model import FindingsModel
from facilitator.ui.prep.import_preview_model import PreviewEntriesModel, SkippedModel
from facilitator.ui.prep.people_model import PeopleModel
from facilitator.ui.prep.quiet_rows import QuietRows
from facilitator.ui.prep.timeline_model import MomentFilter, TimelineModel

AT = dt.datetime(2026, 10, 14, 18, 2, tzinfo=dt.UTC)
ENTRIES = [
    TimelineEntry(AT, "alerting", "Checkout error rate above 5%", id=1),
    TimelineEntry(AT + dt.timedelta(minutes=4), "Ada Quist", "Acknowledged the page", moment=MomentKind.DETECTION, id=2),
    TimelineEntry(AT + dt.timedelta(minutes=9), "Ada Quist", "Saw TLS handshake failures", id=3),
    TimelineEntry(AT + dt.timedelta(minutes=13), "Bo Lindqvist", "Joined the channel", id=4),
    TimelineEntry(AT + dt.timedelta(hours=3), "Bo Lindqvist", "Rolled back the bundle", moment=MomentKind.DECISION, id=5),
]
"""Five entries, two of them moments, with a three-hour silence before the last."""
BASES = (RowsModel, RowsListModel)
"""Shared bases with no cells of their own: each is checked through the models built on it."""


def _reviews() -> ReviewListModel:
    model = ReviewListModel()
    model.set_reviews(
        [
            Review("INC-100", "Checkout errors", dt.date(2026, 10, 14), major=True, id=1),
            Review("INC-101", "Slow search", dt.date(2026, 10, 20), id=2),
        ]
    )
    return model


def _people() -> PeopleModel:
    model = PeopleModel()
    model.set_people(
        [
            Person("Ada Quist", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT, id=1),
            Person("Cyd Marr", Role.TECH_TEAM, facilitates=True, id=2),
        ]
    )
    return model


def _findings() -> FindingsModel:
    model = FindingsModel(cast("dict[str, str]", texts("attendance")))
    model.set_findings([Finding("no_facilitator", Level.WARNING), Finding("involved_not_invited", Level.NOTE, ("Fay Brooke",))])
    return model


def _parked() -> ParkedItemsModel:
    model = ParkedItemsModel(cast(dict, texts("parking")))
    model.set_items(
        [
            ParkedItem("Runbook is stale", ParkCategory.ACTION_IDEA, AT, raised_by="Ada", id=1),
            ParkedItem("Cert expiry alerts", ParkCategory.PREVENTION, AT, fate=Fate.ACTION, fate_reason="owned", id=2),
        ]
    )
    return model


def _actions() -> ActionsModel:
    model = ActionsModel()
    model.set_actions([Action("Alert on expiry", "Ada", dt.date(2026, 11, 1), id=1), Action("Update runbook", "Bo", id=2)])
    return model


def _key_questions() -> KeyQuestionModel:
    questions = key_questions(texts("meeting"))
    model = KeyQuestionModel(questions)
    model.set_state({questions[0].key}, {questions[0].key: "yes"})
    return model


def _comments() -> CommentsModel:
    model = CommentsModel("anonymous")
    model.set_comments([Comment("Good call", "Ada", dt.date(2026, 10, 15), id=1), Comment("Too slow", entry_id=2, id=2)], {2: "18:06"})
    return model


def _notes() -> NotesModel:
    model = NotesModel(texts("notes")["tags"])
    model.set_notes([Note("Pager on silent", AT, Place(Phase.OPENING), id=1), Note("Rolled back", AT, Place(Phase.TIMELINE, entry_id=5), id=2)])
    return model


def _preview_entries() -> PreviewEntriesModel:
    words = {"time": "Time\n({zone})", "who": "Who", "what": "What"}
    model = PreviewEntriesModel(words)
    model.show(ENTRIES, dt.UTC, "UTC", 2026)
    return model


def _skipped() -> SkippedModel:
    model = SkippedModel({"where": "Where", "why": "Why"})
    model.show([Skipped("line 3", "no time"), Skipped("line 9", "no words")])
    return model


def _timeline() -> TimelineModel:
    model = TimelineModel(QuestionLibrary(texts("questions")))
    model.set_entries(ENTRIES, "Europe/London")
    return model


def _moments() -> MomentFilter:
    model = MomentFilter()
    model.setSourceModel(_timeline())
    return model


def _prompt_rows() -> PromptRows:
    model = PromptRows()
    model.setSourceModel(_timeline())
    model.set_marked_only(False)
    model.set_last_row(1)
    return model


def _quiet_rows() -> QuietRows:
    timeline = _timeline()
    shown = MomentFilter()
    shown.setSourceModel(timeline)
    shown.set_marked_only(False)
    model = QuietRows(timeline, texts("timeline")["quiet"], texts("record")["units"])
    model.setSourceModel(shown)
    assert model.rowCount() == len(ENTRIES) + 1, "the silence before the last entry shows as a row of its own"
    return model


MODELS: dict[type[QAbstractItemModel], Callable[[], QAbstractItemModel]] = {
    ReviewListModel: _reviews,
    PeopleModel: _people,
    FindingsModel: _findings,
    ParkedItemsModel: _parked,
    ActionsModel: _actions,
    KeyQuestionModel: _key_questions,
    CommentsModel: _comments,
    NotesModel: _notes,
    PreviewEntriesModel: _preview_entries,
    SkippedModel: _skipped,
    TimelineModel: _timeline,
    MomentFilter: _moments,
    PromptRows: _prompt_rows,
    QuietRows: _quiet_rows,
}


def _subclasses(cls: type) -> Iterator[type]:
    subclasses: list[type] = cls.__subclasses__()
    for sub in subclasses:
        yield sub
        yield from _subclasses(sub)


def test_every_item_model_in_the_windows_is_checked_here():
    """A new model (or one folded onto a shared base) gets a maker in MODELS, so Qt's checks cover it."""
    for module in pkgutil.walk_packages(facilitator.ui.__path__, "facilitator.ui."):
        importlib.import_module(module.name)
    ours = {cls for cls in _subclasses(QAbstractItemModel) if cls.__module__.startswith("facilitator.ui.")}
    assert ours - set(BASES) == set(MODELS)


@pytest.mark.parametrize("make", MODELS.values(), ids=[cls.__name__ for cls in MODELS])
def test_the_model_passes_qts_model_checks(qtmodeltester, make):
    model = make()
    assert model.rowCount() >= 2
    qtmodeltester.check(model)


def test_a_list_model_gives_a_rows_index_by_its_row_alone():
    model = _actions()
    assert model.index(1) == model.index(1, 0)
    assert model.index(1).data().startswith("2. Update runbook")
    assert model.columnCount() == 1
