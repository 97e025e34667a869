"""The review window's menus and the commands they run (exports, dialogs, the fields some keys go to)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QTabWidget, QWidget

from ..app.meeting_plan import MeetingPlan
from ..content import texts
from .common import commands, theme
from .common.help_menu import add_help_menu, add_keys_help
from .meeting.meeting_notes import MeetingNotes
from .meeting.meeting_view import MeetingView
from .meeting.parking_panel import ParkingPanel
from .meeting.phases import keys_by_phase
from .meeting.walk_through import WalkThrough

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as Window

    from .prep.setup_panel import SetupPanel
else:
    Window = object

TABS = ("setup", "timeline", "meeting_view", "comments")
"""The review window's tabs, in order; their names are in the texts (setup.toml, [tabs])."""
"""Tab labels carry no Alt mnemonics: Ctrl+1 to Ctrl+4 reach them, and letters stay free for the fields."""


class ReviewMenus(Window):
    """The review window's menu bar (a part of the window, not a window of its own); a panel's own commands stand in
    its menus before the panel is built."""

    windows: Any
    store: Any
    review_id: int
    undo_stack: QUndoStack
    plan: MeetingPlan
    tabs: QTabWidget
    meeting: WalkThrough
    meeting_view: MeetingView
    meeting_notes: MeetingNotes
    parking: ParkingPanel
    parking_dock: QDockWidget
    _stand_ins: dict[str, list[tuple[QAction, str]]]

    if TYPE_CHECKING:

        def _panel(self, name: str) -> Any: ...

        @property
        def setup(self) -> SetupPanel: ...

    def _stand_in(self, make, panel: str, attr: str, scoped: bool = False) -> QAction:
        """A menu entry (and shortcut) for a panel's action until the panel is built; then the panel's own takes its place."""
        act = make(self, lambda: _attribute(self._panel(panel), attr).trigger())
        if scoped:
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._stand_ins.setdefault(panel, []).append((act, attr))
        return act

    def _replace_stand_ins(self, name: str, panel: QWidget) -> None:
        for act, attr in self._stand_ins.pop(name, []):
            real = _attribute(panel, attr)
            for menu in act.associatedObjects():
                if isinstance(menu, QMenu):
                    menu.insertAction(act, real)
                    menu.removeAction(act)
            self.removeAction(act)
            act.deleteLater()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(commands.menu_title("file"))
        file_menu.addAction(commands.show_library(self, self.windows.show_library))
        file_menu.addSeparator()
        file_menu.addAction(commands.close_window(self))
        file_menu.addAction(commands.quit_app(self, QApplication.closeAllWindows))
        edit_menu = self.menuBar().addMenu(commands.menu_title("edit"))
        commands.undo_redo(self, self.undo_stack, edit_menu)
        file_menu.insertActions(file_menu.actions()[1], [
            self._stand_in(commands.import_timeline, "timeline", "import_action"),
            self._stand_in(commands.paste_entries, "timeline", "paste_action"),
        ])
        file_menu.insertAction(file_menu.actions()[3], commands.export_preread(self, self._export_preread))
        file_menu.insertAction(file_menu.actions()[4], commands.export_follow_ups(self, self._export_follow_ups))
        edit_menu.addSeparator()
        edit_menu.addAction(self._stand_in(commands.remove_person, "setup", "people.remove_action", scoped=True))
        edit_menu.addAction(commands.add_person(self, self._add_person))
        edit_menu.addSeparator()
        edit_menu.addAction(self._stand_in(commands.add_entry, "timeline", "add_action"))
        edit_menu.addAction(self._stand_in(commands.delete_entry, "timeline", "delete_action", scoped=True))
        edit_menu.addAction(self._stand_in(commands.find, "timeline", "find_action", scoped=True))
        edit_menu.addAction(commands.park(self, self._focus_parking))
        edit_menu.addAction(commands.jump_to(self, self._focus_jump))
        edit_menu.addAction(commands.ask_question(self, self._focus_ask))
        view_menu = self.menuBar().addMenu(commands.menu_title("view"))
        tab_labels = cast("dict[str, str]", texts("setup")["tabs"])
        for number, name in enumerate(TABS, start=1):
            view_menu.addAction(commands.show_tab(self, tab_labels[name], lambda _checked=False, n=name: self.show_panel(getattr(self, n)), number))
        view_menu.addAction(self.parking_dock.toggleViewAction())
        view_menu.addSeparator()
        meeting_menu = self.menuBar().addMenu(commands.menu_title("meeting"))
        meeting_menu.addActions(self.meeting_view.meeting_actions)
        meeting_menu.addAction(self.meeting.shield.action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(commands.edit_agenda(self, self._edit_agenda))
        meeting_menu.addAction(commands.edit_opening(self, self._edit_opening))
        meeting_menu.addSeparator()
        meeting_menu.addActions(self.meeting_notes.actions)
        view_menu.addAction(commands.dark_palette(self, self.windows.set_dark, theme.is_dark()))
        view_menu.addAction(commands.presenter_setup(self, self.show_presenter_setup))
        self._add_record_actions(file_menu, view_menu)
        add_keys_help(self, self._keys_here, keys_by_phase)
        add_help_menu(self, self.store.path)

    def _keys_here(self) -> tuple[str, ...]:
        """The places of the key table the tab on screen is, with the window-wide keys and the dialogs'."""
        tab = TABS[self.tabs.currentIndex()]
        return ({"meeting_view": "meeting"}.get(tab, tab), *(("parking",) if tab == "meeting_view" else ()), "review", "dialog")

    def _add_record_actions(self, file_menu, view_menu) -> None:
        """File → Export record (Ctrl+E) after the other exports; View → Preview record (Ctrl+Shift+P)."""
        self._record_exporter = None
        self.record_preview = None
        for menu, act in ((file_menu, commands.export_record(self, lambda: self.record_exporter.export())),
                          (view_menu, commands.preview_record(self, self.show_record_preview))):
            menu.insertAction(next(a for a in menu.actions() if a.isSeparator()), act)

    @property
    def record_exporter(self):
        """File → Export record's worker, made the first time it is wanted."""
        if self._record_exporter is None:
            from .record.record_export import RecordExporter

            self._record_exporter = RecordExporter(self, self.store, self.review_id, self.windows.events.hub)
        return self._record_exporter

    def show_record_preview(self):
        """The record's preview window for this review, opened or raised."""
        from .record.record_preview import RecordPreview

        if self.record_preview is None:
            self.record_preview = RecordPreview(self.windows, self.review_id, self)
            self.record_preview.destroyed.connect(lambda: setattr(self, "record_preview", None))
        self.record_preview.show()
        self.record_preview.raise_()
        self.record_preview.activateWindow()
        return self.record_preview

    def show_presenter_setup(self) -> None:
        """View → Presenter set-up: which screen the room sees, which is yours, what to share on a call."""
        from .meeting.presenter import PresenterDialog

        PresenterDialog(self, self.windowTitle()).exec()

    def _add_person(self) -> None:
        self.show_panel(self.setup)
        self.setup.people.new_name.setFocus()


    def _focus_parking(self) -> None:
        self.parking_dock.show()
        self.parking_dock.raise_()
        self.parking.focus_input()

    def _focus_jump(self) -> None:
        self.show_panel(self.meeting_view)
        self.meeting_view.show_timeline()
        self.meeting.focus_jump()

    def _focus_ask(self) -> None:
        self.show_panel(self.meeting_view)
        self.meeting_view.show_timeline()
        self.meeting.focus_ask()

    def _edit_agenda(self) -> None:
        from .prep.agenda_dialog import AgendaDialog

        events = self.windows.events
        AgendaDialog(self.store, self.review_id, texts("meeting")["phases"], self, events.queue, events.hub).exec()

    def _edit_opening(self) -> None:
        from .prep.opening_editor import edit_opening_text

        queue = self.windows.events.queue
        edit_opening_text(self, self.plan, queue, self.review_id, self.meeting_view.opening.default_text)

    def _export_follow_ups(self) -> None:
        from .record.follow_ups_export import export_follow_ups

        export_follow_ups(self, self.store, self.review_id, self.windows.events.hub)

    def _export_preread(self) -> None:
        from .record.preread_export import export_preread

        export_preread(self, self.store, self.review_id, self.windows.events.hub)

    def show_panel(self, panel) -> None:
        self.tabs.setCurrentWidget(panel)
        panel.setFocus()


def _attribute(panel: QWidget, path: str):
    """panel.people.remove_action for 'people.remove_action'."""
    for name in path.split("."):
        panel = getattr(panel, name)
    return panel
