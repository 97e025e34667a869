"""The notes table model: a sound Qt model whose edits come back as (old, new) pairs for the undo stack."""

import datetime as dt
import zoneinfo

from PySide6.QtCore import Qt

from facilitator.content import texts
from facilitator.domain.agenda import Phase
from facilitator.domain.key_questions import key_questions
from facilitator.domain.notes import Note, NoteTag, Place
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.ui.notes.note_places import Places
from facilitator.ui.notes.notes_model import NOTE, TAG, WHEN, WHERE, WHO, NotesModel

AT = dt.datetime(2026, 10, 20, 13, 5, tzinfo=dt.UTC)
ENTRY = TimelineEntry(dt.datetime(2026, 10, 14, 17, 6, tzinfo=dt.UTC), "Ada", "Acknowledged the page", moment=MomentKind.DETECTION, id=4)


def _places():
    meeting = texts("meeting")
    return Places([ENTRY], key_questions(meeting), meeting["phases"], zoneinfo.ZoneInfo("Europe/London"))


def _model(qtbot=None):
    model = NotesModel(texts("notes")["tags"])
    model.set_notes(
        [
            Note("Pager on silent", AT, Place(Phase.TIMELINE, entry_id=4), NoteTag.KNEW_THEN, "Ada Quist", meeting_seconds=754, id=1),
            Note("Kept for later", AT, Place(Phase.OPENING), private=True, id=2),
        ],
        _places(),
        ["Ada Quist", "Bo Lindqvist"],
    )
    return model


def test_the_model_passes_qts_model_checks(qtmodeltester):
    """Rows, columns, roles and parents are consistent for Qt's views."""
    qtmodeltester.check(_model())


def test_each_column_reads_as_the_note_taker_would_say_it():
    """Local time and meeting time, speaker, tag in words (private marked), the note, and where it is filed."""
    model = _model()
    row = [model.index(0, column).data() for column in (WHEN, WHO, TAG, NOTE, WHERE)]
    assert row == ["14:05 · 12:34", "Ada Quist", "Knew then", "Pager on silent", "18:06 Acknowledged the page"]
    assert model.index(1, TAG).data() == "Discussion · private"
    assert model.index(1, WHEN).data() == "14:05"
    assert model.index(1, WHERE).data() == "Opening"


def test_edits_come_back_as_old_and_new_notes():
    """Editing the words, the speaker or the tag emits the change for the owner to store; no-ops and blanks do not."""
    model = _model()
    edits = []
    model.note_edited.connect(lambda old, new: edits.append((old, new)))
    assert model.setData(model.index(0, TAG), "Dissent", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, NOTE), "Pager was on do-not-disturb", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, NOTE), "   ", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, WHO), "Ada Quist", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, WHEN), "15:00", Qt.ItemDataRole.EditRole)
    assert [(old.tag, new.tag, new.text) for old, new in edits] == [
        (NoteTag.KNEW_THEN, NoteTag.DISSENT, "Pager on silent"),
        (NoteTag.DISSENT, NoteTag.DISSENT, "Pager was on do-not-disturb"),
    ]


def test_a_note_can_be_moved_to_any_moment_key_question_or_phase():
    """The move menu lists the phases in meeting order with the moments and key questions in their places."""
    choices = _places().choices()
    labels = [label for label, _ in choices]
    assert labels[0] == "Opening" and labels[1] == "18:06 Acknowledged the page"
    assert choices[1][1] == Place(Phase.TIMELINE, entry_id=4)
    assert labels[-2:] == ["Parking lot and actions", "Close"]
    assert sum(1 for _, place in choices if place.key_question) == len(key_questions(texts("meeting")))
