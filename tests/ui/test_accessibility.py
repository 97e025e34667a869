"""A screen reader names every control of every window and dialog, and hears the changes the room hears."""

import datetime as dt
import importlib
import inspect
import pkgutil

import pytest
from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from screen_reader import controls, spoken_name, unnamed

import facilitator.ui
from facilitator.content import texts
from facilitator.domain.agenda import PHASES, Phase
from facilitator.ui.common import accessible

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _shown(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def _walked(qtbot, windows, review):
    """Each window and dialog in each of its states, as (what it is, the window), built as a user gets them."""
    from facilitator.ui.library.library_window import LibraryWindow
    from facilitator.ui.library.new_review_dialog import NewReviewDialog
    from facilitator.ui.meeting.action_dialog import ActionDialog
    from facilitator.ui.meeting.presenter import PresenterDialog
    from facilitator.ui.meeting.reason_dialog import ReasonDialog
    from facilitator.ui.notes.notes_window import NotesWindow
    from facilitator.ui.prep.agenda_dialog import AgendaDialog
    from facilitator.ui.prep.import_preview import ImportPreview
    from facilitator.ui.prep.opening_editor import OpeningEditor
    from facilitator.ui.record.record_preview import RecordPreview
    from facilitator.ui.review_window import ReviewWindow

    library = _shown(qtbot, windows.show_library())
    yield "library", library
    window = _shown(qtbot, windows.open_review(review.id))
    for name in ("setup", "timeline", "comments"):
        window.show_panel(getattr(window, name))
        yield f"review window, {name} tab", window
    window.show_panel(window.meeting_view)
    for phase in PHASES:
        window.meeting_view.go_to_phase(phase)
        QApplication.processEvents()
        yield f"meeting, {phase.value} phase", window
    yield "notes window", _shown(qtbot, windows.open_notes(review.id))
    preview = window.show_record_preview()
    yield "record preview", _shown(qtbot, preview)
    people = [p.name for p in windows.store.people(review.id)]
    for name, dialog in (
        ("new review", NewReviewDialog(library)),
        ("action", ActionDialog(None, people, "", window)),
        ("agenda", AgendaDialog(windows.store, review.id, texts("meeting")["phases"], window)),
        ("opening text", OpeningEditor("Welcome", "Welcome", window)),
        ("reason to drop", ReasonDialog(texts("parking")["drop"], window)),
        ("presenter set-up", PresenterDialog(window, window.windowTitle())),
        ("import preview", ImportPreview(_reading_with_a_zone_to_ask, "Importing “notes.md”", _context(), window)),
    ):
        yield name, _shown(qtbot, dialog)
        if isinstance(dialog, ImportPreview):
            qtbot.waitUntil(lambda: not dialog.reading() and dialog.question_row.isVisible())
            yield "import preview, asking which zone", dialog
        dialog.close()
    known = {
        LibraryWindow, ReviewWindow, NotesWindow, RecordPreview, NewReviewDialog, ActionDialog, AgendaDialog, OpeningEditor,
        ReasonDialog, PresenterDialog, ImportPreview,
    }
    for cls in sorted(_app_windows() - known, key=lambda c: c.__qualname__):
        try:
            dialog = cls(window)
        except TypeError:
            continue
        yield cls.__qualname__, _shown(qtbot, dialog)
        dialog.close()


def _context():
    from facilitator.importers import ImportContext

    return ImportContext(dt.date(2026, 10, 14), "Europe/London")


def _reading_with_a_zone_to_ask(context):
    """A file whose 'CST' the review's zone does not settle: the preview shows its question."""
    from facilitator.importers import AmbiguousZone

    raise AmbiguousZone('line 2: "CST" names more than one zone', "CST", ("America/Chicago", "Asia/Shanghai"))


def _app_windows() -> set[type]:
    """Every class of window or dialog in the app's interface."""
    made = set()
    for module in pkgutil.walk_packages(facilitator.ui.__path__, "facilitator.ui."):
        loaded = importlib.import_module(module.name)
        made |= {
            cls
            for _name, cls in inspect.getmembers(loaded, inspect.isclass)
            if cls.__module__ == loaded.__name__ and issubclass(cls, (QDialog, QMainWindow))
        }
    return made


def test_every_control_of_every_window_and_dialog_has_a_name(qtbot, windows, review, timeline):
    """Walked through Qt's accessibility interface (what a screen reader gets): no control without a name."""
    found = {}
    for where, window in _walked(qtbot, windows, review):
        assert controls(window), where
        found[where] = unnamed(window)
    assert not any(found.values()), {where: names for where, names in found.items() if names}


def test_every_window_and_dialog_of_the_app_is_walked(qtbot, windows, review, timeline):
    """A window or dialog added later is caught: one made from its parent alone is walked by itself; any other
    must be added to the walk, with what it needs."""
    walked = {type(window) for _where, window in _walked(qtbot, windows, review)}
    assert _app_windows() - walked == set()


@pytest.mark.parametrize(
    "where, name",
    [("notes", "Note"), ("speaker", "Speaker"), ("library", "Find a review"), ("timeline", "Filter the timeline")],
)
def test_the_note_input_the_speaker_and_the_filters_are_called_by_what_they_are(qtbot, windows, review, where, name):
    """The controls the issue heard announced without a name now say what they are for."""
    if where in ("notes", "speaker"):
        notes = _shown(qtbot, windows.open_notes(review.id))
        widget = notes.input if where == "notes" else notes.speaker.box
    elif where == "library":
        widget = _shown(qtbot, windows.show_library()).filter
    else:
        window = _shown(qtbot, windows.open_review(review.id))
        window.show_panel(window.timeline)
        widget = window.timeline.words
    assert spoken_name(widget) == name


class Heard:
    """What the app asked a screen reader to say, in order, as (message, urgent)."""

    def __init__(self):
        self.said = []
        accessible.announcements.made.connect(self._made)

    def _made(self, _widget, message, urgent):
        self.said.append((message, urgent))

    def close(self):
        accessible.announcements.made.disconnect(self._made)


@pytest.fixture
def heard():
    listener = Heard()
    yield listener
    listener.close()


def _meeting(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    return window.meeting_view


def test_the_phase_changing_is_said_aloud(qtbot, windows, review, timeline, heard):
    """Ctrl+Shift+Right takes the room to the timeline: a screen reader says which phase is now on screen."""
    view = _meeting(qtbot, _shown(qtbot, windows.open_review(review.id)))
    heard.said.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, CTRL_SHIFT)
    assert view.reading.phase is Phase.TIMELINE
    assert heard.said == [(f"Now on the shared screen: {texts('meeting')['phases']['timeline']}", False)]


def test_a_new_note_under_the_prompt_is_said_aloud_and_a_private_one_never(qtbot, windows, store, review, timeline, heard):
    """The note-taker keeps a note: the facilitator's screen reader says it, with its speaker; not a private one,
    and not the notes already there when the room comes back to a moment."""
    meeting_in_timeline(store, review, timeline[1])
    window = _shown(qtbot, windows.open_review(review.id))
    _meeting(qtbot, window)
    notes = open_notes(qtbot, windows, review)
    heard.said.clear()
    qtbot.keyClicks(notes.speaker.box, "Ada Quist")
    qtbot.keyClicks(notes.input, "The page woke Ada at 18:05")
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    qtbot.keyClick(notes.input, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(notes.input, "Ask Ada later about the night before")
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)
    window.meeting.next()
    window.meeting.previous()
    notes_said = [(message, urgent) for message, urgent in heard.said if message.startswith("New note")]
    assert notes_said == [("New note from Ada Quist: The page woke Ada at 18:05", False)]


def test_time_running_out_is_said_aloud_at_once_and_only_once(qtbot, windows, review, timeline, clock, heard):
    """Seventy-five minutes in, still on key questions: the time check is said urgently, not again each second."""
    view = _meeting(qtbot, _shown(qtbot, windows.open_review(review.id)))
    for key, modifiers in ((Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Right, CTRL_SHIFT), (Qt.Key.Key_Right, CTRL_SHIFT)):
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    clock.advance(75)
    view.refresh_clock()
    clock.advance(1)
    view.refresh_clock()
    urgent = [message for message, at_once in heard.said if at_once]
    assert len(urgent) == 1 and urgent[0].startswith("Time check: 15:00 left")


def test_the_note_taker_hears_what_the_shared_screen_moves_to(qtbot, windows, store, review, timeline, heard):
    """The facilitator moves to the next moment: the note-taker's screen reader says what is now on the shared screen."""
    meeting_in_timeline(store, review, timeline[1])
    window = _shown(qtbot, windows.open_review(review.id))
    _meeting(qtbot, window)
    notes = open_notes(qtbot, windows, review)
    heard.said.clear()
    window.meeting.next()
    qtbot.waitUntil(lambda: notes.on_screen.what.text() != timeline[1].text)
    said = [message for message, _urgent in heard.said if message.startswith("Now on the shared screen")]
    assert said == [f"Now on the shared screen: {notes.on_screen.heading}. {notes.on_screen.what.text()}"]
    assert window.meeting.current_entry().text in said[0]


def test_the_facilitator_hears_the_moment_page_down_puts_on_screen(qtbot, windows, store, review, timeline, heard):
    """PageDown on the meeting panel: the next moment, with who acted, is said aloud to the facilitator."""
    meeting_in_timeline(store, review, timeline[1])
    window = _shown(qtbot, windows.open_review(review.id))
    _meeting(qtbot, window)
    window.meeting.setFocus()
    heard.said.clear()
    qtbot.keyClick(window.meeting, Qt.Key.Key_PageDown)
    entry = window.meeting.current_entry()
    assert entry.id != timeline[1].id
    assert (f"{entry.actor}: {entry.text}", False) in heard.said
