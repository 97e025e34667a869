"""The review library: every review in the database, filtered as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QCloseEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...app.changes import Change, Changed
from ...app.reviews import Made, Reviews, new_review
from ...content import texts
from ...domain.review import Review
from ..common import accessible, commands, settings, theme
from ..common.help_menu import add_help_menu, add_keys_help
from ..common.tables import Resize, set_up_table
from ..common.waiting_edits import say_refused, waiting_calls
from ..common.waiting_writes import WaitingLabel
from .new_review_dialog import NewReviewDialog
from .review_list_model import ReviewIdRole, ReviewListModel
from .team_server import add_team_server_menu

if TYPE_CHECKING:
    from ..windows import Windows

LIBRARY_WRITES = ("create", "duplicate", "delete", "restore", "purge_deleted")


def confirm_delete(parent: QWidget, review: Review) -> bool:
    """Ask before deleting; Delete is the default button because Ctrl+Z undoes it."""
    words = texts("library")["delete"]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(words["title"])
    box.setText(words["question"].format(ref=review.incident_ref, title=review.title))
    box.setInformativeText(words["undo"])
    delete = box.addButton(words["delete"], QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(delete)
    box.exec()
    return box.clickedButton() is delete


class DeleteReview(QUndoCommand):
    def __init__(self, library: LibraryWindow, review: Review, review_id: int):
        super().__init__(texts("library")["undo"]["delete"].format(ref=review.incident_ref))
        self.library = library
        self.review = review
        self.review_id = review_id

    def redo(self) -> None:
        self.library.windows.close_review(self.review_id)
        self.library.set_aside[self.review_id] = self.review
        self.library.reviews.delete(self.review_id)
        self.library.show_waiting()
        self.library.statusBar().showMessage(texts("library")["window"]["deleted"].format(ref=self.review.incident_ref))

    def undo(self) -> None:
        self.library.reviews.restore(self.review_id)
        self.library.show_waiting()
        self.library.select(self.review_id)
        self.library.statusBar().showMessage(texts("library")["window"]["restored"].format(ref=self.review.incident_ref))


class LibraryWriter:
    """The library's writes go through the windows' write queue, so another program holding the database never
    freezes it; a write the database refuses at once is said in the library's status bar."""

    def __init__(self, library: LibraryWindow):
        self.library = library

    def submit(self, kind: str, data: dict) -> tuple[bool, object]:
        return self.library.queue.submit(kind, data)

    def tell_refused(self, kind: str, data: dict, error: Exception) -> None:
        words = texts("waiting")
        self.library.statusBar().showMessage(words["refused"].format(what=words["a_change"], error=error))


class LibraryWindow(QMainWindow):
    def __init__(self, windows: Windows):
        super().__init__()
        self.windows = windows
        self.store = windows.store
        self.reviews = Reviews(windows.store, windows.events.hub, LibraryWriter(self))
        """Create, copy, delete, restore and purge: the hub hears each once it is in the database."""
        self.setWindowTitle(texts("library")["window"]["title"])
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.undo_stack = QUndoStack(self)
        self.queue = windows.events.queue
        self.set_aside: dict[int, Review] = {}
        """Reviews deleted from here, to show again when a restore waits for the database."""
        self._then: dict[tuple[str, int], Callable[[Review], None]] = {}
        """What to do once a write that waited is in: open the new review, select the copy."""
        self.queue.written.connect(self._written)
        self.queue.refused.connect(self._refused)

        self.model = ReviewListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(placeholderText=texts("library")["window"]["filter"])
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self._open_first_match)
        accessible.name(self.filter, "library.filter")

        self.table = QTableView()
        self.table.setModel(self.proxy)
        set_up_table(self.table, stretch=1, columns=Resize.ResizeToContents, one_row=True, alternate=True, name="library.table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._enable_actions)

        self.empty_hint = QLabel(texts("library")["window"]["empty"])
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(body)
        self._build_menus()
        self.waiting = WaitingLabel(self.queue)
        self.statusBar().addPermanentWidget(self.waiting)

        windows.events.reported.connect(self._reported)
        self.reload()
        settings.restore_geometry(self, "library", (1100, 640))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(commands.menu_title("file"))
        self.new_action = commands.new_review(self, self.new_review)
        self.open_action = commands.open_review(self, self.open_selected)
        self.duplicate_action = commands.duplicate_review(self, self.duplicate_selected)
        self.delete_action = commands.delete_review(self, self.delete_selected)
        toolbar = self.addToolBar(texts("library")["window"]["toolbar"])
        toolbar.setObjectName("reviews-toolbar")
        toolbar.setMovable(False)
        for act in (self.new_action, self.open_action, self.duplicate_action, self.delete_action):
            file_menu.addAction(act)
            toolbar.addAction(act)
        file_menu.addSeparator()
        self.server_actions = add_team_server_menu(self, file_menu, self.store.path)
        file_menu.addSeparator()
        file_menu.addAction(commands.close_window(self))
        file_menu.addAction(commands.quit_app(self, QApplication.closeAllWindows))
        edit_menu = self.menuBar().addMenu(commands.menu_title("edit"))
        commands.undo_redo(self, self.undo_stack, edit_menu)
        edit_menu.addAction(commands.find(self, self.focus_filter))
        view_menu = self.menuBar().addMenu(commands.menu_title("view"))
        view_menu.addAction(commands.dark_palette(self, self.windows.set_dark, theme.is_dark()))
        add_keys_help(self, lambda: ("library", "dialog"))
        add_help_menu(self, self.store.path)

    def _reported(self, changed: Changed) -> None:
        """A write changed the list of reviews (or another process wrote, and did not say what)."""
        if changed.touches(Change.LIBRARY):
            self.reload()

    def show_waiting(self) -> None:
        """A write that waits for the database is shown at once (the hub hears it only once it is in)."""
        if self.queue.pending("calls"):
            self.reload()

    def _then_made(self, made: Made, then: Callable[[Review], None], waits: str) -> None:
        """then(the review made) once it is in: at once, or, saying waits meanwhile, when the database is free."""
        if made.stored is not None:
            then(made.stored)
        elif made.waiting is not None:
            self._then[made.waiting.source, made.waiting.seq] = then
            self.statusBar().showMessage(waits)
            self.show_waiting()

    def _written(self, done: list) -> None:
        for waiting, returned in done:
            then = self._then.pop((waiting.source, waiting.seq), None)
            if then is not None and returned is not None:
                self.statusBar().clearMessage()
                then(returned[0])

    def _refused(self, waiting, error: Exception) -> None:
        say_refused(self.statusBar(), waiting, error, None, LIBRARY_WRITES)

    def _reviews(self) -> list[Review]:
        """The reviews as they will be once the deletions and restores waiting for the database are written."""
        reviews = self.reviews.all()
        for method, args, _later in waiting_calls(self.queue, None):
            if method == "delete":
                reviews = [r for r in reviews if r.id != args[0]]
            elif method == "restore" and args[0] in self.set_aside and all(r.id != args[0] for r in reviews):
                reviews.append(self.set_aside[args[0]])
        return reviews

    def reload(self) -> None:
        """The reviews again, the selected one still selected; when it is gone (deleted), the one now in its row."""
        current = self.selected_review()
        row = self.table.currentIndex().row()
        self.model.set_reviews(self._reviews())
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        if current is not None and current.id is not None and self.model.row_of(current.id) is not None:
            self.select(current.id)
        elif self.proxy.rowCount():
            self.table.selectRow(min(max(row, 0), self.proxy.rowCount() - 1))
        self._enable_actions()

    def _enable_actions(self) -> None:
        has = self.selected_review() is not None
        for act in (self.open_action, self.duplicate_action, self.delete_action):
            act.setEnabled(has)

    def select(self, review_id: int) -> None:
        row = self.model.row_of(review_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        self._enable_actions()

    def selected_review(self) -> Review | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        review_id = rows[0].data(ReviewIdRole)
        row = self.model.row_of(review_id)
        return None if row is None else self.model.review_at(row)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _open_first_match(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.open_selected()

    def open_selected(self) -> None:
        review = self.selected_review()
        if review is not None and review.id is not None:
            self.windows.open_review(review.id)

    def new_review(self) -> None:
        dialog = NewReviewDialog(self)
        if dialog.exec() != NewReviewDialog.DialogCode.Accepted:
            return
        review = new_review(dialog.incident_ref.text(), dialog.title.text())
        self._then_made(self.reviews.create(review), self._made, texts("waiting")["review_waits"])

    def _made(self, review: Review) -> None:
        if review.id is not None:
            self.select(review.id)
            self.windows.open_review(review.id)

    def duplicate_selected(self) -> None:
        review = self.selected_review()
        if review is None or review.id is None:
            return
        copied = self.reviews.duplicate(review.id)
        self._then_made(copied, lambda copy: self._copied(review, copy), texts("waiting")["copy_waits"])

    def _copied(self, review: Review, copy: Review) -> None:
        if copy.id is not None:
            self.select(copy.id)
        self.statusBar().showMessage(texts("library")["window"]["duplicated"].format(ref=review.incident_ref, title=copy.title))

    def delete_selected(self) -> None:
        review = self.selected_review()
        if review is not None and review.id is not None and confirm_delete(self, review):
            self.undo_stack.push(DeleteReview(self, review, review.id))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_geometry(self, "library")
        self.reviews.purge_deleted()
        self.queue.written.disconnect(self._written)
        self.queue.refused.disconnect(self._refused)
        self.windows.events.reported.disconnect(self._reported)
        self.windows.library = None
        super().closeEvent(event)
