"""The facilitator's window for one review, titled '<incident ref> — Facilitator'."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QTabWidget, QWidget

from ..app.changes import Change, Changed
from ..app.errors import ReviewNotFound
from ..app.marks import Marks
from ..app.meeting_plan import MeetingPlan
from ..app.parking import ParkingLot
from ..content import texts
from ..domain.agenda import Phase
from ..domain.questions import QuestionLibrary
from .common import settings
from .common.first_paint import after_first_paint
from .common.waiting_edits import comments_with_waiting, entries_with_waiting, say_refused
from .common.waiting_writes import WaitingLabel, parked_with_waiting
from .meeting.meeting_notes import MeetingNotes
from .meeting.meeting_view import MeetingView
from .meeting.parking_panel import ParkingPanel
from .meeting.queued_edits import AskQuestion, MarkMoment, ParkItem
from .meeting.walk_through import WalkThrough
from .prep.timeline_model import TimelineModel
from .review_menus import TABS, ReviewMenus

if TYPE_CHECKING:
    from ..app.comment_edits import CommentEdits
    from .prep.comments_panel import CommentsPanel
    from .prep.setup_panel import SetupPanel
    from .prep.timeline_panel import TimelinePanel

PARKING_WIDTH = 260
SHOWN = Change.EVERYTHING & ~Change.LIBRARY
"""What the window shows of its review: everything but the library's list."""
TIMELINE_SHOWS = Change.DETAILS | Change.TIMELINE | Change.MARKS
"""What the timeline's table shows: its entries and marks in the review's zone (the time on screen of this process's
prompts is put into it as it is counted, see meeting/meeting_view.py; another process's comes as everything)."""
MEETING_SHOWS = Change.TIMELINE | Change.MARKS
"""What the walk-through redraws for (the meeting view hears its own kinds, ui/meeting/screen_feed.py)."""


class ReviewWindow(ReviewMenus, QMainWindow):
    """The set-up, timeline and comments tabs are built the first time they are shown or used."""

    def __init__(self, windows, review_id: int):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows = windows
        self.review_id = review_id
        self.undo_stack = QUndoStack(self)
        self.store = windows.store
        events = windows.events
        self.plan = MeetingPlan(events.store, events.hub, events.queue)
        self._panels: dict[str, QWidget] = {}
        self._timeline_seen: tuple | None = None
        """The timeline's version, zone and the edits waiting when the table last read it."""
        self._stand_ins: dict[str, list[tuple[QAction, str]]] = {}
        self.timeline_model = TimelineModel(QuestionLibrary(texts("questions")), self)
        self.meeting = WalkThrough(self.timeline_model, windows.clock)
        self.meeting.mark_requested.connect(self._mark)
        self.meeting.question_added.connect(self._ask)
        self.meeting_view = MeetingView(
            windows.events, review_id, self.meeting, cast(dict, texts("meeting")), self.undo_stack, windows.clock
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name in TABS:
            self.tabs.addTab(self.meeting_view if name == "meeting_view" else QWidget(), _tab_label(name))
        self.tabs.currentChanged.connect(self._build_tab)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        parking_words = texts("parking")
        self.parking = ParkingPanel(cast(dict, parking_words), home=lambda: self.tabs.currentWidget(), clock=windows.clock)
        self.parking.park_requested.connect(self._park)
        self.parking_dock = QDockWidget(parking_words["panel"]["title"], self)
        self.parking_dock.setObjectName("parking")
        self.parking_dock.setWidget(self.parking)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.parking_dock)
        self.resizeDocks([self.parking_dock], [PARKING_WIDTH], Qt.Orientation.Horizontal)
        self.meeting_notes = MeetingNotes(self)
        self._build_menus()
        self.waiting = WaitingLabel(windows.events.queue)
        self.statusBar().addPermanentWidget(self.waiting)
        self.note_taker = None
        if windows.events.server is not None:  # on a team server: say when the note-taker's window has gone
            from .meeting.note_taker_link import NoteTakerLink

            self.note_taker = NoteTakerLink(windows.events.store.db, review_id, windows.clock, self.statusBar())
            self.statusBar().addPermanentWidget(self.note_taker)
        windows.events.queue.refused.connect(self._refused)
        windows.events.reported.connect(self._heard)
        events = windows.events
        self.marks = Marks(events.store, events.hub, events.queue)
        self.parking_lot = ParkingLot(events.store, events.hub, events.queue, events.queue.refused.emit)
        self.meeting.current_id = self.store.current_entry_id(review_id)
        self._reload()
        self.meeting_view.reload()
        saved_tab = settings.value(f"review/{review_id}/tab")
        self._opening_on: int | None = None
        self._opening = True
        self.tabs.setCurrentIndex(int(saved_tab) if saved_tab else self._first_tab())
        self._opening = False
        after_first_paint(self, self._remember_opening_tab)
        self._build_tab(self.tabs.currentIndex())
        settings.restore_geometry(self, "review", (1280, 720))
        settings.restore_window_state(self, "review")
        settings.restore_splitter(self.meeting.split, "meeting")
        self._parking_wanted = not self.parking_dock.isHidden()
        """Whether the parking lot stands beside the meeting (the user may close it there, View › Parking lot)."""
        self._on_meeting = True
        self._parking_for(self.tabs.currentIndex())

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            self._place_tab_page()
        super().setVisible(visible)

    def _place_tab_page(self) -> None:
        """Give the tab's page its size before the window is shown, so it is laid out once, at that size.

        A hidden tab widget leaves placing its tab bar and page until its own show, which comes after its page was
        shown and laid out at whatever size the page had; this places them as that show will: our tabs are in
        document mode, along the top, in the Fusion style, so the bar spans the width at its own height and the
        page takes the rest. (Asking the style itself would set up PySide's QStyle type, a few milliseconds of
        start-up; should the style ever place them otherwise, the show puts them right and lays the page out again.)"""
        layout = self.layout()
        if layout is not None:
            layout.activate()  # done by the show anyway: it gives the tab widget its size
        tabs = self.tabs
        bar = tabs.tabBar()
        height = bar.sizeHint().height()
        bar.setGeometry(0, 0, tabs.width(), height)
        stack = tabs.findChild(QStackedWidget)
        if stack is not None:
            stack.setGeometry(0, height, tabs.width(), max(0, tabs.height() - height))

    @property
    def setup(self) -> SetupPanel:
        return self._panel("setup")

    @property
    def timeline(self) -> TimelinePanel:
        return self._panel("timeline")

    @property
    def comments(self) -> CommentsPanel:
        return self._panel("comments")

    def _built(self, name: str) -> bool:
        return name in self._panels

    def _panel(self, name: str):
        """The tab's panel, built (and put in place of its placeholder) the first time it is asked for."""
        panel = self._panels.get(name)
        if panel is None:
            panel = self._panels[name] = getattr(self, f"_make_{name}")()
            self._put_in_tab(name, panel)
            self._replace_stand_ins(name, panel)
        return panel

    def _put_in_tab(self, name: str, panel: QWidget) -> None:
        index = _tab_index(name)
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, _tab_label(TABS[index]))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()

    def _build_tab(self, index: int) -> None:
        name = TABS[index]
        if name != "meeting_view":
            self._panel(name)

    def _make_setup(self) -> SetupPanel:
        from .prep.setup_panel import SetupPanel

        return SetupPanel(self.windows.events, self.review_id, self.undo_stack)

    def _make_timeline(self) -> TimelinePanel:
        from .prep.timeline_panel import TimelinePanel

        panel = TimelinePanel(self.windows.events, self.review_id, self.timeline_model, self.undo_stack)
        settings.restore_splitter(panel.split, "timeline")
        return panel

    @functools.cached_property
    def comment_edits(self) -> CommentEdits:
        """The comments' edits, set up with the comments tab or the first import of comments."""
        from ..app.comment_edits import CommentEdits

        events = self.windows.events
        return CommentEdits(events.store, events.hub, events.queue)

    def _make_comments(self) -> CommentsPanel:
        from .prep.comment_edits import AddComments, RemoveComment
        from .prep.comments_panel import CommentsPanel

        panel = CommentsPanel(cast(dict, texts("parking")))
        edits = self.comment_edits
        panel.add_requested.connect(lambda comment: self.undo_stack.push(AddComments(edits, self.review_id, [comment])))
        panel.remove_requested.connect(lambda comment: self.undo_stack.push(RemoveComment(edits, self.review_id, comment)))
        panel.import_requested.connect(self._import_comments)
        self._show_comments(panel)
        return panel


    def _first_tab(self) -> int:
        """A meeting under way opens on the meeting; otherwise preparation starts at the set-up."""
        started = self.meeting_view.reading.started
        return _tab_index("meeting_view" if started else "setup")


    def _tab_shown(self, index: int) -> None:
        if self._opening:
            self._opening_on = index  # remembered once the window is on screen: its first paint waits for no write
        else:
            settings.set_value(f"review/{self.review_id}/tab", str(index))
            self._parking_for(index)
        shown = self.tabs.widget(index)
        if shown is not None:
            shown.setFocus()

    def _parking_for(self, index: int) -> None:
        """The parking lot is the meeting's: beside the meeting as the user left it, put away while the review is
        prepared, so the timeline's words get its width on a 1280x720 screen. Ctrl+P still brings it up anywhere."""
        on_meeting = self.tabs.widget(index) is self.meeting_view
        if on_meeting and not self._on_meeting:
            self.parking_dock.setVisible(self._parking_wanted)
        elif not on_meeting and self._on_meeting:
            self._parking_wanted = not self.parking_dock.isHidden()
            self.parking_dock.hide()
        self._on_meeting = on_meeting

    def _remember_opening_tab(self) -> None:
        if self._opening_on is not None:
            settings.set_value(f"review/{self.review_id}/tab", str(self.tabs.currentIndex()))

    def _import_comments(self, path) -> None:
        from ..importers import ImportProblem
        from ..importers.comments import read_comments
        from ..importers.input_file import read_input
        from .prep.comment_edits import AddComments

        try:
            found = read_comments(read_input(path), path.name)
        except (ImportProblem, OSError) as e:
            self.comments.message.setText(texts("parking")["comments"]["import_failed"].format(file=path.name, problem=e))
            return
        by_time = {f"{e.at.astimezone(self.timeline_model.zone):%H:%M}": e.id for e in self.timeline_model.entries() if e.marked}
        comments = [replace(comment, entry_id=by_time.get(moment)) for comment, moment in found]
        self.undo_stack.push(AddComments(self.comment_edits, self.review_id, comments))
        words = texts("parking")["comments"]
        said = words["imported_one"] if len(comments) == 1 else words["imported"]
        self.comments.message.setText(said.format(count=len(comments), file=path.name))


    def _park(self, item) -> None:
        """Park with the moment (or phase) that was on screen when it came up."""
        reading = self.meeting_view.reading
        phase = reading.phase.value if reading.started else None
        entry_id = self.meeting.current_id if reading.started and reading.phase is Phase.TIMELINE else None
        item = replace(item, entry_id=entry_id, phase=phase)
        self.undo_stack.push(ParkItem(self.parking_lot, self.review_id, item, self._show_parked))

    def _show_parked(self) -> None:
        """The parking lot, with what is parked (or taken back) while the database is busy."""
        self.parking.show_items(parked_with_waiting(self.store, self.windows.events.queue, self.review_id))


    def _heard(self, changed: Changed) -> None:
        if changed.touches(SHOWN, self.review_id):
            self._reload(changed.kinds)

    def _reload(self, kinds: Change = SHOWN) -> None:
        """Read again what these kinds of change touch, and show it."""
        if kinds & TIMELINE_SHOWS:
            try:
                review = self.store.get(self.review_id)
            except ReviewNotFound:
                return
            self.setWindowTitle(texts("setup")["window"]["title"].format(ref=review.incident_ref))
            queue = self.windows.events.queue
            seen = (self.store.timeline.version(), review.timezone, [(w.source, w.seq) for w in queue.pending("calls")])
            if seen != self._timeline_seen:
                entries = entries_with_waiting(self.store.timeline.entries(self.review_id), queue, self.review_id)
                self.timeline_model.set_entries(entries, review.timezone)
                self._timeline_seen = seen
            if self._built("timeline"):
                self.timeline.refresh()
        if kinds & MEETING_SHOWS:
            self.meeting.refresh(self.meeting.current_id)
        if kinds & Change.PARKING:
            self._show_parked()
        if kinds & (Change.COMMENTS | Change.TIMELINE | Change.MARKS | Change.DETAILS) and self._built("comments"):
            self._show_comments(self.comments)
        if kinds & Change.PEOPLE:
            self.parking.set_people([p.name for p in self.store.people(self.review_id)])

    def _refused(self, waiting, error) -> None:
        say_refused(self.statusBar(), waiting, error, self.review_id)

    def _show_comments(self, panel: CommentsPanel) -> None:
        panel.show_state(
            comments_with_waiting(self.store.comments.comments(self.review_id), self.windows.events.queue, self.review_id),
            [e for e in self.timeline_model.entries() if e.marked],
            self.timeline_model.zone,
        )


    def _mark(self, entry, kind) -> None:
        if entry.moment != kind:
            self.undo_stack.push(MarkMoment(self.marks, self.review_id, self.timeline_model, entry, kind, self._redraw))

    def _ask(self, entry, text: str) -> None:
        self.undo_stack.push(AskQuestion(self.marks, self.review_id, self.timeline_model, entry, text, self._redraw))

    def _redraw(self) -> None:
        """A timeline change in the meeting shown before it is written."""
        self.meeting.refresh(self.meeting.current_id)


    def keep_typing(self) -> None:
        """Save the incident details and the timeline entry being typed (after an error, as on closing)."""
        if self._built("timeline"):
            self.timeline.details.commit()
        if self._built("setup"):
            self.setup.form.commit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.meeting.pause_clock()
        if self.note_taker is not None:
            self.note_taker.stop()
        if self._built("timeline"):
            self.timeline.details.commit()
        if self._built("setup"):
            self.setup.form.finish()
            self.setup.stop_listening()
        self.windows.events.reported.disconnect(self._heard)
        self.windows.events.queue.refused.disconnect(self._refused)
        settings.save_geometry(self, "review")
        self._parking_for(_tab_index("meeting_view"))  # the meeting's arrangement is the one kept
        settings.save_window_state(self, "review")
        if self._built("timeline"):
            settings.save_splitter(self.timeline.split, "timeline")
        settings.save_splitter(self.meeting.split, "meeting")
        self.windows.review_closed(self.review_id)
        super().closeEvent(event)


def _tab_label(name: str) -> str:
    return cast("dict[str, str]", texts("setup")["tabs"])[name]


def _tab_index(name: str) -> int:
    return TABS.index(name)


