"""The review library: every review in the database, filtered as you type."""

from __future__ import annotations

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

from ...app.reviews import new_review
from ...content import texts
from ...domain.review import Review
from ..common import accessible, commands, settings, theme
from ..common.about_dialog import add_help_menu
from ..common.keys_help import add_keys_help
from ..common.tables import Resize, set_up_table
from ..common.waiting_edits import edit, say_refused, waiting_calls
from ..common.waiting_writes import WaitingLabel
from .new_review_dialog import NewReviewDialog
from .review_list_model import ReviewIdRole, ReviewListModel

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
    def __init__(self, library: LibraryWindow, review: Review):
        super().__init__(f"delete {review.incident_ref}")
        self.library = library
        self.review = review

    def redo(self) -> None:
        self.library.windows.close_review(self.review.id)
        self.library.set_aside[self.review.id] = self.review
        self.library.write(("delete", (self.review.id,)))
        self.library.changed()
        self.library.statusBar().showMessage(texts("library")["window"]["deleted"].format(ref=self.review.incident_ref))

    def undo(self) -> None:
        self.library.write(("restore", (self.review.id,)))
        self.library.changed()
        self.library.select(self.review.id)
        self.library.statusBar().showMessage(texts("library")["window"]["restored"].format(ref=self.review.incident_ref))


class LibraryWindow(QMainWindow):
    def __init__(self, windows):
        super().__init__()
        self.windows = windows
        self.store = windows.store
        self.setWindowTitle(texts("library")["window"]["title"])
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.undo_stack = QUndoStack(self)
        self.queue = windows.events.queue
        self.set_aside: dict[int, Review] = {}
        """Reviews deleted from here, to show again when a restore waits for the database."""
        self._then: dict[tuple[str, int], object] = {}
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

        windows.events.changed.connect(self.reload)
        self.reload()
        settings.restore_geometry(self, "library", (1100, 640))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(commands.menu_title("file"))
        self.new_action = commands.new_review(self, self.new_review)
        self.open_action = commands.open_review(self, self.open_selected)
        self.duplicate_action = commands.duplicate_review(self, self.duplicate_selected)
        self.delete_action = commands.delete_review(self, self.delete_selected)
        toolbar = self.addToolBar("Reviews")
        toolbar.setObjectName("reviews-toolbar")
        toolbar.setMovable(False)
        for act in (self.new_action, self.open_action, self.duplicate_action, self.delete_action):
            file_menu.addAction(act)
            toolbar.addAction(act)
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

    def changed(self) -> None:
        """This window wrote to the store: every window should catch up."""
        self.windows.events.wrote()

    def write(self, *calls: tuple[str, tuple], then=None, waits: str = "") -> None:
        """Through the write queue, so another program holding the database never freezes the library; then(what
        the calls returned) once written, at once or, saying waits meanwhile, when the database is free."""
        written, returned = edit(self.queue, None, *calls)
        if written:
            if then is not None:
                then(returned)
            return
        if then is not None:
            self._then[returned.source, returned.seq] = then
        if waits:
            self.statusBar().showMessage(waits)

    def _written(self, done) -> None:
        for waiting, returned in done:
            then = self._then.pop((waiting.source, waiting.seq), None)
            if then is not None and returned is not None:
                self.statusBar().clearMessage()
                then(returned)

    def _refused(self, waiting, error) -> None:
        say_refused(self.statusBar(), waiting, error, None, LIBRARY_WRITES)

    def _reviews(self) -> list[Review]:
        """The reviews as they will be once the deletions and restores waiting for the database are written."""
        reviews = self.store.all()
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
        if current is not None and self.model.row_of(current.id) is not None:
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
        if review is not None:
            self.windows.open_review(review.id)

    def new_review(self) -> None:
        dialog = NewReviewDialog(self)
        if dialog.exec() != NewReviewDialog.DialogCode.Accepted:
            return
        review = new_review(dialog.incident_ref.text(), dialog.title.text())
        self.write(("create", (review,)), then=lambda made: self._made(made[0]), waits=texts("waiting")["review_waits"])

    def _made(self, review: Review) -> None:
        self.changed()
        self.select(review.id)
        self.windows.open_review(review.id)

    def duplicate_selected(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        copied, waits = (lambda made: self._copied(review, made[0])), texts("waiting")["copy_waits"]
        self.write(("duplicate", (review.id,)), then=copied, waits=waits)

    def _copied(self, review: Review, copy: Review) -> None:
        self.changed()
        self.select(copy.id)
        self.statusBar().showMessage(texts("library")["window"]["duplicated"].format(ref=review.incident_ref, title=copy.title))

    def delete_selected(self) -> None:
        review = self.selected_review()
        if review is not None and confirm_delete(self, review):
            self.undo_stack.push(DeleteReview(self, review))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_geometry(self, "library")
        self.write(("purge_deleted", ()))
        self.queue.written.disconnect(self._written)
        self.queue.refused.disconnect(self._refused)
        self.windows.library = None
        super().closeEvent(event)
