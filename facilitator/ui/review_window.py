"""The facilitator's window for one review, titled '<incident ref> — Facilitator'."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from ..storage.errors import ReviewNotFound
from . import actions, settings, theme
from .setup_panel import SetupPanel

TITLE = "{ref} — Facilitator"


class ReviewWindow(QMainWindow):
    def __init__(self, windows, review_id: int):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows = windows
        self.review_id = review_id
        self.undo_stack = QUndoStack(self)
        self.setup = SetupPanel(windows.events, review_id, self.undo_stack)
        self.setCentralWidget(self.setup)
        self._build_menus()
        self.statusBar()
        windows.events.changed.connect(self._retitle)
        self._retitle()
        settings.restore_geometry(self, "review", (1280, 720))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(actions.show_library(self, self.windows.show_library))
        file_menu.addSeparator()
        file_menu.addAction(actions.close_window(self))
        file_menu.addAction(actions.quit_app(self, QApplication.closeAllWindows))
        edit_menu = self.menuBar().addMenu("&Edit")
        for make, key in ((self.undo_stack.createUndoAction, actions.StandardKey.Undo),
                          (self.undo_stack.createRedoAction, actions.StandardKey.Redo)):
            act = make(self)
            act.setShortcut(key)
            self.addAction(act)
            edit_menu.addAction(act)
        edit_menu.addSeparator()
        edit_menu.addAction(self.setup.people.remove_action)
        edit_menu.addAction(actions.add_person(self, self.setup.people.new_name.setFocus))
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(actions.dark_palette(self, self.windows.set_dark, theme.is_dark()))

    def _retitle(self) -> None:
        try:
            review = self.windows.store.get(self.review_id)
        except ReviewNotFound:
            return
        self.setWindowTitle(TITLE.format(ref=review.incident_ref))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.setup.form.finish()
        settings.save_geometry(self, "review")
        self.windows.review_closed(self.review_id)
        super().closeEvent(event)
