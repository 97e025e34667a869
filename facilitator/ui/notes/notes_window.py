"""The note-taker's window, titled '<incident ref> — Notes': the prompt on the shared screen, its notes, the input."""

from __future__ import annotations

import contextlib
import datetime as dt
import zoneinfo
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QCheckBox, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from ...app.changes import Change, Changed
from ...app.meeting_screen import MeetingRecord, ReviewNotFound, position
from ...app.notes import NoteTaking
from ...app.parking import ParkingLot
from ...content import texts
from ...domain.key_questions import key_questions
from ...domain.meeting_clock import MeetingEvent, read_clock
from ...domain.notes import TAGS, Note, NoteError, Place, checked_note, not_heard_from, notes_at
from ...domain.parking import ParkCategory, ParkedItem
from ...domain.people import Person
from ..common import accessible, commands, keymap, settings, theme
from ..common.help_menu import add_help_menu, add_keys_help
from ..common.waiting_writes import WaitingLabel, notes_with_waiting, waiting_draft
from ..common.wording_hint import WordingHintLabel
from ..meeting.not_heard import NotHeardPanel
from ..meeting.screen_feed import ScreenFeed
from .begun_under import BegunUnder
from .note_choices import QUICK_SPEAKERS, SpeakerPicker, TagPicker, speaker_names
from .note_edits import DeleteNote, EditNote, SaidUndoStack, What
from .note_input import NoteInput
from .note_places import Places, shortened
from .notes_table import NotesTable
from .on_screen import OnScreen

SHOWN = Change.NOTES | Change.MEETING | Change.PEOPLE | Change.DETAILS | Change.MARKS
"""What the window shows: the notes, the place on screen and the clock, the speakers, the title, the moments."""
PLACE_KINDS = Change.MEETING | Change.PEOPLE | Change.DETAILS | Change.MARKS


class NotesWindow(QMainWindow):
    """Reads what a change touches, once (the meeting in one statement, the notes in another, shared with the
    process's other windows); writes one short transaction per note, through the write queue, so a database held
    by another program never holds up typing (the note waits on disk)."""

    def __init__(self, windows, review_id: int):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows = windows
        self.events = windows.events
        self.queue = self.events.queue
        self.feed = ScreenFeed.of(self.events)
        self.meeting_screen = self.feed.screen
        store, hub = self.events.store, self.events.hub
        self.notes = NoteTaking(store, hub, self.queue)
        self.parking = ParkingLot(store, hub, self.queue)
        self.record: MeetingRecord | None = None
        self.notes_read: list[Note] | None = None
        self.review_id = review_id
        self.clock = windows.clock.now
        self.texts = texts("notes")
        self.meeting_texts = texts("meeting")
        self.question_keys = [q.key for q in key_questions(self.meeting_texts)]
        self.undo_stack = SaidUndoStack(self)
        self.undo_stack.said.connect(lambda words: self.statusBar().showMessage(words, 6000))
        self.place = Place()
        self.places = Places([], [], {}, dt.UTC)
        self.clock_events: list[MeetingEvent] = []
        self.people: list[Person] = []
        self._saved_draft = ""
        words = self.texts["window"]

        self.on_screen = OnScreen(words)
        self.table = NotesTable(self.texts["tags"])
        accessible.name(self.table, "notes.table")
        self.table.notes_model.note_edited.connect(lambda old, new: self._edit(old, new, "edit"))
        self.under = QLabel()
        self.every_note = QCheckBox(words["every_note"])
        self.every_note.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.every_note.toggled.connect(lambda _on: self._show())
        self.not_heard = NotHeardPanel(self.texts["not_heard"])
        self.tags = TagPicker(self.texts["tags"], self.texts["tag_hints"])
        self.private = QCheckBox(self.texts["window"]["private"].format(key=keymap.shown("private_note")))
        self.private.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speaker = SpeakerPicker()
        self.input = NoteInput(words["placeholder"])
        self.speaker.chosen.connect(lambda _name: self.input.setFocus())
        self.input.commit_requested.connect(self.commit)
        accessible.name(self.input, "notes.input")
        self.input.paused.connect(self._typing_paused)
        self.input.earlier_requested.connect(self.go_to_notes)
        self.begun = BegunUnder(words, self.input, lambda: (self.place, self.places))
        self.hint = WordingHintLabel()
        self._lay_out()
        self._build_menus()
        self.statusBar().showMessage(words["keys"])
        self.waiting = WaitingLabel(self.queue)
        self.statusBar().addPermanentWidget(self.waiting)
        self.queue.waiting_changed.connect(self._show)
        self.queue.refused.connect(self._refused)

        self.feed.heard.connect(self._heard)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_clock)
        self._tick.start()
        self.reload()
        self._restore_draft()
        self.input.setFocus()
        settings.restore_geometry(self, "notes", (1280, 720))

    def _lay_out(self) -> None:
        notes_side = QVBoxLayout()
        above = QHBoxLayout()
        above.addWidget(self.under, 1)
        above.addWidget(self.every_note)
        notes_side.addLayout(above)
        notes_side.addWidget(self.table, 1)
        notes_side.addWidget(self.tags)
        choices = QHBoxLayout()  # the private tick beside the speaker, not the tags: the window fits 1280 wide in German
        choices.addWidget(self.speaker, 1)
        choices.addWidget(self.private)
        notes_side.addLayout(choices)
        notes_side.addWidget(self.begun)
        notes_side.addWidget(self.input)
        notes_side.addWidget(self.hint)
        middle = QHBoxLayout()
        middle.addLayout(notes_side, 4)
        middle.addWidget(self.not_heard, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.on_screen)
        layout.addLayout(middle, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(commands.menu_title("file"))
        file_menu.addAction(commands.close_window(self))
        file_menu.addAction(commands.quit_app(self, QApplication.closeAllWindows))
        note_menu = self.menuBar().addMenu(commands.menu_title("note"))
        note_menu.addAction(commands.park_note(self, self.park))
        note_menu.addAction(commands.private_note(self, lambda _checked=False: self.toggle_private()))
        note_menu.addAction(commands.note_under_now(self, lambda: self.begun.to_screen(self.statusBar())))
        note_menu.addAction(commands.pick_speaker(self, self.focus_speaker))
        speakers = note_menu.addMenu(commands.menu_title("speaker"))
        self.speaker_actions = [
            commands.quick_speaker(self, number, "", lambda _checked=False, n=number: self.quick_speaker(n))
            for number in range(QUICK_SPEAKERS + 1)
        ]
        speakers.addActions(self.speaker_actions)
        tags = note_menu.addMenu(commands.menu_title("tag"))
        for number, tag in enumerate(TAGS, start=1):
            name = self.texts["tags"].get(tag.value, tag.value)
            tags.addAction(commands.note_tag(self, number, name, lambda _checked=False, t=tag: self.set_tag(t)))
        edit_menu = self.menuBar().addMenu(commands.menu_title("edit"))
        commands.undo_redo(self, self.undo_stack, edit_menu)
        edit_menu.addSeparator()
        edit_menu.addAction(commands.earlier_notes(self, self.go_to_notes))
        for act in (commands.move_note(self.table, self.move_menu), commands.delete_note(self.table, self.delete_selected)):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            edit_menu.addAction(act)
        self.table.back_to_input.connect(self.input.setFocus)
        self.table.typed.connect(self._type_in_input)
        self.table.speaker_number.connect(self.quick_speaker)
        view_menu = self.menuBar().addMenu(commands.menu_title("notes_view"))
        view_menu.addAction(commands.dark_palette(self, self.windows.set_dark, theme.is_dark()))
        add_keys_help(self, lambda: ("notes", "dialog"))
        add_help_menu(self, self.events.store.path)

    def reload(self) -> None:
        """Read the meeting and the notes again, and show them."""
        self._read(None, Change.EVERYTHING)

    def _heard(self, changed: Changed) -> None:
        """A change: read only what it touches of what the window shows (another process's: all of it, in two
        statements), once for every window of the process."""
        if changed.touches(SHOWN, self.review_id):
            self._read(changed, changed.kinds)

    def _read(self, after: Changed | None, kinds: Change) -> None:
        try:
            if kinds & PLACE_KINDS or self.record is None:
                self.record = self.meeting_screen.record(self.review_id, after)
            if kinds & Change.NOTES or self.notes_read is None:
                self.notes_read = self.meeting_screen.notes(self.review_id, after)
        except ReviewNotFound:
            return
        self._show()

    def _show(self) -> None:
        """What was read, with the writes still waiting laid over it: no reading here."""
        record = self.record
        if record is None:
            return
        review = record.review
        self.setWindowTitle(self.texts["window"]["title"].format(ref=review.incident_ref))
        now = self.clock()
        self.place, _seconds = position(record, now, self.question_keys)
        self.clock_events = list(record.events)
        self.people = list(record.people)
        notes, waiting = notes_with_waiting(self.notes_read or [], self.queue, self.review_id)
        zone = zoneinfo.ZoneInfo(review.timezone)
        self.places = Places(record.moments, key_questions(self.meeting_texts), self.meeting_texts["phases"], zone)
        names = speaker_names(self.people)
        self.speaker.set_names(names)
        for number, act in enumerate(self.speaker_actions[1:], start=1):
            act.setText(names[number - 1] if number <= len(names) else "")
            act.setVisible(number <= len(names))
        self.hint.set_names(p.name for p in self.people)
        shown = notes if self.every_note.isChecked() else notes_at(notes, self.place)
        self.table.show_notes(shown, self.places, names, every=self.every_note.isChecked(), waiting=waiting)
        words = self.texts["window"]
        heading = words["all_notes"] if self.every_note.isChecked() else words["under_prompt"]
        self.under.setText(heading.format(count=len(shown)))
        self.on_screen.show_place(self.place, self.places)
        self.begun.show_against()
        self.not_heard.show_people(not_heard_from(self.people, notes))
        self._show_clock()

    def _show_clock(self) -> None:
        self.on_screen.show_clock(read_clock(self.clock_events, self.clock()))

    def _restore_draft(self) -> None:
        waiting = waiting_draft(self.queue, self.review_id)
        self._saved_draft = self.meeting_screen.draft(self.review_id) if waiting is None else waiting
        if self._saved_draft:
            self.input.set_quietly(self._saved_draft)
            self.hint.show_for(self._saved_draft)
            self.statusBar().showMessage(self.texts["window"]["draft_back"], 8000)

    def _typing_paused(self, text: str) -> None:
        """Save the draft (only when it changed) and check the wording: never on each keystroke."""
        if text != self._saved_draft:
            self.notes.save_draft(self.review_id, text, self.clock())
            self._saved_draft = text
        self.hint.show_for(text)

    def commit(self) -> None:
        """Enter: keep the note under what was on the shared screen at its first key, with its times, speaker and tag."""
        now = self.clock()
        self.place, seconds = self._position_now(now)
        try:
            note = checked_note(Note(
                text=self.input.text(),
                wall=now,
                place=self.begun.under(self.place),
                tag=self.tags.tag(),
                speaker=self.speaker.speaker(),
                private=self.private.isChecked(),
                meeting_seconds=seconds,
            ))
        except NoteError:
            return
        _changed, kept = self.notes.keep(self.review_id, note)
        self._saved_draft = ""
        self._reset_input()
        if isinstance(kept, Note) and kept.id is not None:
            self.table.select_note(kept.id)

    def park(self) -> None:
        """Ctrl+P: the words go to the parking lot (unsorted until the actions phase), not into the notes."""
        text = " ".join(self.input.text().split())
        if not text:
            self.statusBar().showMessage(self.texts["window"]["nothing_to_park"], 8000)
            return
        if self.private.isChecked():  # private words stay out of the lot the room reviews
            self.statusBar().showMessage(self.texts["window"]["private_not_parked"].format(key=keymap.shown("private_note")), 10000)
            return
        now = self.clock()
        self.place, _seconds = self._position_now(now)
        raised = self.begun.under(self.place)
        item = ParkedItem(
            text, ParkCategory.UNSORTED, now, self.speaker.speaker(), raised.entry_id, raised.phase.value if raised.phase else None,
        )
        self.parking.park(self.review_id, item)
        self.notes.save_draft(self.review_id, "", now)
        self._saved_draft = ""
        self._reset_input()
        self.statusBar().showMessage(self.texts["window"]["parked"].format(text=shortened(text, 60)), 8000)

    def _position_now(self, now) -> tuple[Place, int]:
        """Where a note goes: the shared screen now, read fresh from a file; on a server as last heard (no wait on a network)."""
        if self.events.server is None:
            with contextlib.suppress(ReviewNotFound):
                self.record = self.meeting_screen.record(self.review_id)
        return position(self.record, now, self.question_keys) if self.record is not None else (Place(), 0)

    def _reset_input(self) -> None:
        self.input.set_quietly("")
        self.hint.show_for("")
        self.speaker.set_speaker("")
        self.tags.set_tag(TAGS[0])
        self.private.setChecked(False)

    def focus_speaker(self) -> None:
        self.speaker.box.setFocus()
        self.speaker.box.selectAll()

    def quick_speaker(self, number: int) -> None:
        """A number (in the earlier notes, or from the Speaker menu): the speaker of the selected earlier note, or of
        the note being typed."""
        selected = self.table.selected_note()
        if self.table.hasFocus() and selected is not None:
            name = "" if number == 0 else self.speaker.names[number - 1] if number <= len(self.speaker.names) else None
            if name is not None:
                self._edit(selected, replace(selected, speaker=name), "speaker")
            return
        self.speaker.quick_pick(number)

    def set_tag(self, tag) -> None:
        selected = self.table.selected_note()
        if self.table.hasFocus() and selected is not None:
            self._edit(selected, replace(selected, tag=tag), "tag")
        else:
            self.tags.set_tag(tag)

    def toggle_private(self) -> None:
        selected = self.table.selected_note()
        if self.table.hasFocus() and selected is not None:
            self._edit(selected, replace(selected, private=not selected.private), "privacy")
        else:
            self.private.toggle()

    def go_to_notes(self) -> None:
        if not self.table.focus_last():  # none here: say where the others are, and typing goes on
            self.statusBar().showMessage(self.texts["window"]["none_here"], 8000)

    def move_menu(self) -> None:
        """Ctrl+Shift+M on an earlier note: a menu of the moments, key questions and phases to file it under."""
        note = self.table.selected_note()
        if note is not None:
            self.table.popup_places(self.places.choices(), note.place, lambda place: self.move_to(note, place))

    def move_to(self, note: Note, place: Place) -> None:
        if place != note.place:
            self._edit(note, replace(note, place=place), "move")
            self.statusBar().showMessage(self.texts["window"]["moved"].format(place=self.places.describe(place)), 6000)

    def delete_selected(self) -> None:
        """Delete: the selected note goes (Ctrl+Z brings it back) and the next is selected, so Delete again
        removes that one; with none left, the keys go back to the input."""
        note = self.table.selected_note()
        if note is None or not self._stored(note):
            return
        after = self.table.next_after(note)
        self.undo_stack.push(DeleteNote(self.notes, self.review_id, note, self._notes_done))
        if after is None:
            self.input.setFocus()
        else:
            self.table.select_note(after)

    def _type_in_input(self, key) -> None:
        """A character typed while the earlier notes have the keys goes on the end of the note being typed."""
        self.input.setFocus()
        self.input.moveCursor(QTextCursor.MoveOperation.End)
        QApplication.sendEvent(self.input, key)

    def _edit(self, old: Note, new: Note, what: What) -> None:
        if self._stored(old):
            self.undo_stack.push(EditNote(self.notes, self.review_id, old, new, self._notes_done, what))
        else:
            self._show()

    def _stored(self, note: Note) -> bool:
        """A note still waiting to be saved has no place in the database yet to change: say so."""
        if note.id is None:
            self.statusBar().showMessage(texts("waiting")["still_waiting"], 6000)
        return note.id is not None

    def _refused(self, waiting, error) -> None:
        """A waiting write the database refused (its review deleted, say): said, not silently dropped."""
        words = texts("waiting")
        typed = (waiting.data.get("note") or waiting.data.get("item") or {}).get("text")
        what = f"“{shortened(typed, 40)}”" if typed else words["a_change"]
        self.statusBar().showMessage(words["refused"].format(what=what, error=error))

    def _notes_done(self, note_id: int | None) -> None:
        """Written, the report has brought the change to every window; waiting, the queue's signal shows it."""
        if note_id is not None:
            self.table.select_note(note_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.tags.restyle()
        return super().event(event)

    def keep_typing(self) -> None:
        """Save the note being typed as a draft now (after an error, as on closing)."""
        self.input.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.input.pending():
            self.input.flush()
        self.feed.heard.disconnect(self._heard)
        self.queue.waiting_changed.disconnect(self._show)
        self.queue.refused.disconnect(self._refused)
        settings.save_geometry(self, "notes")
        self.windows.notes_closed(self.review_id)
        super().closeEvent(event)
