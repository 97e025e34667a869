"""The review library, driven by keys and clicks."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from facilitator.domain.review import Review
from facilitator.ui.library import library_window
from facilitator.ui.library.review_list_model import ReviewListModel


def _show_library(qtbot, windows):
    library = windows.show_library()
    qtbot.waitExposed(library)
    _activate(qtbot, library)
    return library


def _activate(qtbot, window):
    """Give the window the keyboard, as a click on it would once a dialog has closed."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _add(store, ref, title, day=1):
    return store.create(Review(incident_ref=ref, title=title, incident_date=dt.date(2026, 9, day)))


def _visible_titles(library):
    proxy = library.proxy
    return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]


def _when_modal(callback):
    """Run callback on the next modal dialog, as a user answering it would."""

    def answer():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, answer)
            return
        callback(modal)

    QTimer.singleShot(0, answer)


def test_model_passes_qt_model_checks(qtmodeltester, store, review):
    """The library's item model keeps Qt's model contract."""
    model = ReviewListModel()
    model.set_reviews(store.all())
    qtmodeltester.check(model)


def test_library_lists_every_review_with_ref_title_date_and_state(qtbot, windows, review):
    """Each review shows its incident reference, title, incident date and state."""
    library = _show_library(qtbot, windows)
    row = [library.proxy.index(0, column).data() for column in range(4)]
    assert row == ["INC-100 (major)", review.title, "2026-10-14", "preparing"]
    assert not library.empty_hint.isVisible()


def test_the_state_follows_the_meeting(qtbot, windows, review, timeline):
    """F5 in the review's meeting makes the library say 'in meeting' beside it."""
    library = _show_library(qtbot, windows)
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: library.proxy.index(0, 3).data() == "in meeting")


def test_empty_library_says_how_to_start(qtbot, windows):
    """With no reviews the library says how to create one."""
    library = _show_library(qtbot, windows)
    assert library.empty_hint.isVisible()
    assert "Ctrl+N" in library.empty_hint.text()


def test_typing_in_the_filter_narrows_the_list(qtbot, windows, store):
    """Typing part of a title or reference leaves only the matching reviews."""
    _add(store, "INC-1", "Queue backlog", 1)
    _add(store, "INC-2", "DNS outage", 2)
    _add(store, "INC-3", "Certificate expiry", 3)
    library = _show_library(qtbot, windows)
    qtbot.keyClick(library, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert library.filter.hasFocus()
    qtbot.keyClicks(library.filter, "dns")
    assert _visible_titles(library) == ["DNS outage"]
    qtbot.keyClicks(library.filter, "x")
    assert _visible_titles(library) == []
    library.filter.clear()
    assert len(_visible_titles(library)) == 3


def test_ctrl_n_creates_a_review_and_opens_its_set_up(qtbot, windows, store):
    """Ctrl+N asks for reference and title, stores the review and opens its window."""
    library = _show_library(qtbot, windows)

    def fill(dialog):
        qtbot.keyClicks(dialog.incident_ref, "INC-77")
        qtbot.keyClicks(dialog.title, "Login loop")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    _when_modal(fill)
    qtbot.keyClick(library, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [created] = store.all()
    assert (created.incident_ref, created.title, created.slot_minutes) == ("INC-77", "Login loop", 90)
    assert windows.reviews[created.id].windowTitle() == "INC-77 — Facilitator"


def test_new_review_cannot_be_created_without_a_title(qtbot, windows, store):
    """The Create button stays disabled until both reference and title are typed."""
    library = _show_library(qtbot, windows)
    seen = {}

    def try_without_title(dialog):
        qtbot.keyClicks(dialog.incident_ref, "INC-78")
        seen["enabled"] = dialog.buttons.buttons()[0].isEnabled()
        dialog.reject()

    _when_modal(try_without_title)
    library.new_review()
    assert seen == {"enabled": False}
    assert store.all() == []


def test_delete_asks_first_and_cancel_keeps_the_review(qtbot, windows, review, store):
    """Pressing Delete asks for confirmation; Cancel leaves the review in place."""
    library = _show_library(qtbot, windows)
    _when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.keyClick(library.table, Qt.Key.Key_Delete)
    assert [r.id for r in store.all()] == [review.id]


def test_delete_then_undo_brings_the_review_back(qtbot, windows, review, store):
    """A confirmed delete removes the review from the list, and Ctrl+Z restores it."""
    library = _show_library(qtbot, windows)
    _when_modal(lambda box: box.defaultButton().click())
    qtbot.keyClick(library.table, Qt.Key.Key_Delete)
    assert store.all() == []
    assert _visible_titles(library) == []
    assert "Ctrl+Z" in library.statusBar().currentMessage()
    _activate(qtbot, library)
    qtbot.keyClick(library, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _visible_titles(library) == [review.title]
    assert len(store.people(review.id)) == 6


def test_after_a_delete_the_next_review_is_selected(qtbot, windows, store):
    """Deleting leaves the review now in that row selected, so Enter, Ctrl+D and Delete go on working."""
    for day, ref in enumerate(("INC-1", "INC-2", "INC-3"), start=1):
        _add(store, ref, f"Review {ref}", day)
    library = _show_library(qtbot, windows)
    library.select(store.all()[1].id)
    deleted = library.selected_review()
    _when_modal(lambda box: box.defaultButton().click())
    qtbot.keyClick(library.table, Qt.Key.Key_Delete)
    selected = library.selected_review()
    assert selected is not None and selected.id != deleted.id
    assert library.delete_action.isEnabled() and library.open_action.isEnabled()


def test_ctrl_shift_z_redoes_as_the_readme_says(qtbot, windows, review, store):
    """Delete, Ctrl+Z brings the review back, Ctrl+Shift+Z deletes it again (on every platform, not only where
    it is Qt's first redo key)."""
    library = _show_library(qtbot, windows)
    _when_modal(lambda box: box.defaultButton().click())
    qtbot.keyClick(library.table, Qt.Key.Key_Delete)
    _activate(qtbot, library)
    qtbot.keyClick(library, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in store.all()] == [review.id]
    qtbot.keyClick(library, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.all() == []


def test_deleting_closes_that_reviews_open_window(qtbot, windows, review, monkeypatch):
    """A review's window does not stay open on a review that was just deleted."""
    windows.open_review(review.id)
    library = _show_library(qtbot, windows)
    monkeypatch.setattr(library_window, "confirm_delete", lambda parent, r: True)
    library.delete_selected()
    assert review.id not in windows.reviews


def test_closing_the_library_makes_deletions_final(qtbot, windows, review, store, monkeypatch):
    """Deleted reviews are purged for good when the library closes, not before."""
    library = _show_library(qtbot, windows)
    monkeypatch.setattr(library_window, "confirm_delete", lambda parent, r: True)
    library.delete_selected()
    assert store.db.count("reviews") == 1
    library.close()
    assert store.db.count("reviews") == 0


def test_ctrl_d_duplicates_the_selected_review(qtbot, windows, review, store):
    """Ctrl+D adds a copy titled as a copy, with the same people."""
    library = _show_library(qtbot, windows)
    qtbot.keyClick(library, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    titles = sorted(r.title for r in store.all())
    assert titles == [review.title, review.title + " (copy)"]
    copy = next(r for r in store.all() if r.id != review.id)
    assert [p.name for p in store.people(copy.id)] == [p.name for p in store.people(review.id)]
    assert library.selected_review().id == copy.id


def test_enter_in_the_filter_opens_the_first_match(qtbot, windows, store):
    """Typing a reference and pressing Enter opens that review's window."""
    _add(store, "INC-1", "Queue backlog", 1)
    wanted = _add(store, "INC-2", "DNS outage", 2)
    library = _show_library(qtbot, windows)
    qtbot.keyClicks(library.filter, "INC-2")
    qtbot.keyClick(library.filter, Qt.Key.Key_Return)
    assert list(windows.reviews) == [wanted.id]


def test_another_process_creating_a_review_shows_up(qtbot, windows, tmp_path, store):
    """A review created through another connection appears in the library without any action."""
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore

    library = _show_library(qtbot, windows)
    other = ReviewStore(open_database(tmp_path / "reviews.sqlite3"))
    _add(other, "INC-9", "Seen from elsewhere")
    qtbot.waitUntil(lambda: _visible_titles(library) == ["Seen from elsewhere"], timeout=3000)
    other.db.close()


def test_library_window_size_is_remembered(qtbot, windows):
    """Closing and reopening the library brings it back at the size it was left."""
    library = _show_library(qtbot, windows)
    library.resize(700, 450)
    library.close()
    again = _show_library(qtbot, windows)
    assert (again.width(), again.height()) == (700, 450)


def test_new_review_dialog_is_a_dialog(qtbot):
    """The new-review dialog is modal and starts with Create disabled."""
    dialog = library_window.NewReviewDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QDialog)
    assert not dialog.buttons.buttons()[0].isEnabled()
