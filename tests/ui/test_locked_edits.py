"""The set-up, timeline, comments, actions and library under another program's write lock (in a process of its
own): each edit made by keys shows at once, the window stays free (the next key works), the status bar says what
waits, and once the lock is gone the edit is in the database, in order, once."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import on_tab, shown

from facilitator.domain.timeline import MomentKind

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from lock_holder import LockHolder

WRITTEN_MS = 10_000
"""Time allowed for the worker to notice the lock is gone; not a bound under test."""

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _nothing_waits(windows):
    return lambda: not windows.events.queue.pending()


def _timeline(qtbot, windows, review):
    window = on_tab(qtbot, windows, review.id, "timeline")
    return window, window.timeline


def _select(panel, text):
    entry = next(e for e in panel.model.entries() if e.text == text)
    panel.select_entry(entry.id)
    panel.table.setFocus()
    return entry


def _texts(panel):
    return [e.text for e in panel.model.entries()]


def test_timeline_edits_under_a_lock_show_at_once_and_land_in_order(qtbot, windows, store, review, timeline):
    """Under the lock: 2 marks an entry, Delete removes another, Ctrl+Shift+N adds one and its words are typed,
    all shown at once, the status bar says changes wait; once free the database holds each, in order, and the window shows them as stored."""
    window, panel = _timeline(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        marked = _select(panel, "Joined the incident channel")
        qtbot.keyClick(panel.table, Qt.Key.Key_2)
        assert next(e for e in panel.model.entries() if e.id == marked.id).moment is MomentKind.DECISION
        deleted = _select(panel, "Acknowledged the page")
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
        assert "Acknowledged the page" not in _texts(panel)
        _select(panel, "Error rate back under 0.1%")
        qtbot.keyClick(panel.table, Qt.Key.Key_N, CTRL | SHIFT)
        editor = QApplication.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "Posted a status page update")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Posted a status page update" in _texts(panel))
        assert window.waiting.isVisible()
        assert window.waiting.text().startswith("Waiting for the database: ")
        qtbot.keyClick(panel.table, Qt.Key.Key_F, CTRL)
        assert panel.words.hasFocus()
        panel.table.setFocus()
        assert len(store.timeline.entries(review.id)) == len(timeline)
        lock.release()
        qtbot.waitUntil(_nothing_waits(windows), timeout=WRITTEN_MS)
    stored = {e.text: e for e in store.timeline.entries(review.id)}
    assert stored["Joined the incident channel"].moment is MomentKind.DECISION
    assert "Acknowledged the page" not in stored
    assert "Posted a status page update" in stored and "New entry" not in str(list(stored))
    assert len(stored) == len(timeline)
    qtbot.waitUntil(lambda: not window.waiting.isVisible())
    assert "Posted a status page update" in _texts(panel)
    assert deleted.id not in {e.id for e in panel.model.entries()}


def test_comments_added_and_removed_under_a_lock_show_at_once_and_land(qtbot, windows, store, review, timeline):
    """A comment typed and added (Space on 'Add comment'), and another removed with Delete, under the lock: the table shows both
    changes at once, the text box is free for the next comment; once free the database holds them."""
    from facilitator.domain.comments import Comment

    store.comments.add(review.id, Comment("More pairing please"))
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    panel = window.comments
    with LockHolder(store.path) as lock:
        panel.text.setFocus()
        qtbot.keyClicks(panel.text, "The rollback call felt rushed")
        panel.add.setFocus()
        qtbot.keyClick(panel.add, Qt.Key.Key_Space)
        assert [c.text for c in panel.model.comments] == ["More pairing please", "The rollback call felt rushed"]
        assert panel.text.toPlainText() == ""
        panel.table.setFocus()
        panel.table.setCurrentIndex(panel.model.index(0, 0))
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
        assert [c.text for c in panel.model.comments] == ["The rollback call felt rushed"]
        assert window.waiting.text() == "Waiting for the database: 2 changes to save"
        panel.text.setFocus()
        qtbot.keyClicks(panel.text, "next")
        assert panel.text.toPlainText() == "next"
        assert [c.text for c in store.comments.comments(review.id)] == ["More pairing please"]
        lock.release()
        qtbot.waitUntil(_nothing_waits(windows), timeout=WRITTEN_MS)
    assert [c.text for c in store.comments.comments(review.id)] == ["The rollback call felt rushed"]
    qtbot.waitUntil(lambda: not window.waiting.isVisible())


def test_fates_and_actions_under_a_lock_show_at_once_and_land_in_order(qtbot, windows, store, review):
    """In the actions phase under the lock: A promotes the first parked item, F sends the next to the forum, the
    new action is removed with Delete and Ctrl+Z brings it back; every step shows at once (the next key works)
    and once free the database holds the action, linked to its item, and both fates."""
    import datetime as dt

    from facilitator.domain.actions import Action
    from facilitator.domain.agenda import Phase
    from facilitator.domain.parking import Fate, ParkCategory, ParkedItem

    now = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)
    for text in ("Alert before certificates expire", "Rollback runbook"):
        store.parking.add(review.id, ParkedItem(text, ParkCategory.ACTION_IDEA, now))
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    window.meeting_view.ask_action = lambda parent, action, people, title, key_question="": Action(title or "Follow up", "Ada Quist")
    window.meeting_view.go_to_phase(Phase.ACTIONS)
    view = window.meeting_view.actions_phase
    with LockHolder(store.path) as lock:
        qtbot.keyClick(view, Qt.Key.Key_A)
        assert [a.title for a in view.actions.actions] == ["Alert before certificates expire"]
        qtbot.keyClick(view, Qt.Key.Key_N)
        qtbot.keyClick(view, Qt.Key.Key_F)
        assert view.status.text() == "Every parked item has a fate."
        view.action_list.setFocus()
        view.action_list.setCurrentIndex(view.actions.index(0))
        qtbot.keyClick(view.action_list, Qt.Key.Key_Delete)
        assert view.actions.actions == []
        qtbot.keyClick(view.action_list, Qt.Key.Key_Z, CTRL)
        assert [a.title for a in view.actions.actions] == ["Alert before certificates expire"]
        assert window.waiting.text() == "Waiting for the database: 4 changes to save"
        assert store.parking.actions(review.id) == []
        lock.release()
        qtbot.waitUntil(_nothing_waits(windows), timeout=WRITTEN_MS)
    (action,) = store.parking.actions(review.id)
    items = {i.text: i for i in store.parking.items(review.id)}
    assert action.title == "Alert before certificates expire"
    assert action.parked_item_id == items["Alert before certificates expire"].id
    assert items["Alert before certificates expire"].fate is Fate.ACTION
    assert items["Rollback runbook"].fate is Fate.FORUM
    qtbot.waitUntil(lambda: [a.id for a in view.actions.actions] == [action.id])


def test_set_up_details_and_people_under_a_lock_stay_as_typed_and_land(qtbot, windows, store, review):
    """In the set-up under the lock: a new title and Tab, then Ctrl+Shift+A, a name and Enter: the form keeps the
    title, the table shows the person at once and the name box is free; once free both are in the database."""
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    form, people = window.setup.form, window.setup.people
    before = len(store.people(review.id))
    with LockHolder(store.path) as lock:
        form.title.setFocus()
        form.title.selectAll()
        qtbot.keyClicks(form.title, "Checkout errors for two evenings")
        qtbot.keyClick(form.title, Qt.Key.Key_Tab)
        qtbot.keyClick(window, Qt.Key.Key_A, CTRL | SHIFT)
        assert people.new_name.hasFocus()
        qtbot.keyClicks(people.new_name, "Gus Ferreira")
        qtbot.keyClick(people.new_name, Qt.Key.Key_Return)
        assert people.new_name.text() == ""
        assert [people.model.person_at(row).name for row in range(people.model.rowCount())][-1] == "Gus Ferreira"
        assert form.title.text() == "Checkout errors for two evenings"
        assert window.waiting.text() == "Waiting for the database: 2 changes to save"
        assert store.get(review.id).title == "Checkout errors after certificate rotation"
        lock.release()
        qtbot.waitUntil(_nothing_waits(windows), timeout=WRITTEN_MS)
    assert store.get(review.id).title == "Checkout errors for two evenings"
    assert [p.name for p in store.people(review.id)][-1] == "Gus Ferreira"
    assert len(store.people(review.id)) == before + 1
    assert form.title.text() == "Checkout errors for two evenings"


def test_the_opening_words_and_the_agenda_saved_under_a_lock_show_at_once_and_land(qtbot, windows, store, review):
    """Under the lock: the opening editor's words saved with Ctrl+Enter show on the opening page at once; the agenda
    dialog's ten-minute opening saved with Enter is what the dialog shows when opened again; both land once free."""
    from PySide6.QtCore import QTimer

    from facilitator.content import texts
    from facilitator.domain.agenda import Phase
    from facilitator.ui.prep.agenda_dialog import AgendaDialog
    from facilitator.ui.prep.opening_editor import OpeningEditor

    window = shown(qtbot, windows, review.id)
    view = window.meeting_view

    def type_opening():
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), OpeningEditor))
        dialog = QApplication.activeModalWidget()
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            dialog.editor.setFocus()
            dialog.editor.selectAll()
            qtbot.keyClicks(dialog.editor, "Tonight we look at the checkout errors together.")
            qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, CTRL)
        finally:
            if dialog.isVisible():
                dialog.reject()

    def agenda():
        dialog = AgendaDialog(store, review.id, texts("meeting")["phases"], window, windows.events.queue)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    with LockHolder(store.path) as lock:
        QTimer.singleShot(0, type_opening)
        window._edit_opening()
        assert "Tonight we look at the checkout errors together." in view.opening.page.text()
        dialog = agenda()
        box = dialog.boxes[Phase.OPENING]
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, "10")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert agenda().boxes[Phase.OPENING].value() == 10
        assert window.waiting.text() == "Waiting for the database: 2 changes to save"
        lock.release()
        qtbot.waitUntil(_nothing_waits(windows), timeout=WRITTEN_MS)
    assert store.meeting.opening_text(review.id) == "Tonight we look at the checkout errors together."
    assert store.meeting.budgets(review.id, 90)[Phase.OPENING] == 10


def _library(qtbot, windows):
    library = windows.show_library()
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is library)
    return library


def _when_modal(callback):
    """Run callback on the next modal dialog, as a user answering it would."""
    from PySide6.QtCore import QTimer

    def answer():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, answer)
            return
        callback(modal)

    QTimer.singleShot(0, answer)


def test_a_review_deleted_under_a_lock_goes_at_once_and_a_new_one_opens_once_saved(qtbot, windows, store, review):
    """In the library under the lock: Delete (confirmed) takes the review off the list at once; Ctrl+N, a reference,
    a title and Enter say the new review waits for the database, and the filter still takes keys; once free the
    review is deleted and the new one is stored and opens in its window."""
    library = _library(qtbot, windows)
    with LockHolder(store.path) as lock:
        _when_modal(lambda box: box.defaultButton().click())
        qtbot.keyClick(library.table, Qt.Key.Key_Delete)
        assert library.proxy.rowCount() == 0

        def fill(dialog):
            qtbot.keyClicks(dialog.incident_ref, "INC-78")
            qtbot.keyClicks(dialog.title, "Search outage")
            qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

        library.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is library)
        _when_modal(fill)
        qtbot.keyClick(library, Qt.Key.Key_N, CTRL)
        assert library.statusBar().currentMessage() == "Waiting for the database: the review opens as soon as it is saved."
        assert library.waiting.text() == "Waiting for the database: 2 changes to save"
        qtbot.keyClick(library, Qt.Key.Key_F, CTRL)
        qtbot.keyClicks(library.filter, "INC")
        assert library.filter.text() == "INC"
        assert [r.id for r in store.all()] == [review.id]
        lock.release()
        qtbot.waitUntil(_nothing_waits(windows), timeout=WRITTEN_MS)
    (made,) = store.all()
    assert (made.incident_ref, made.title) == ("INC-78", "Search outage")
    qtbot.waitUntil(lambda: made.id in windows.reviews)


def test_entries_pasted_under_a_lock_wait_visibly_and_are_stored_once_free(qtbot, windows, store, review, timeline):
    """Ctrl+Shift+V and Enter in the preview under the lock: the panel says the entries read wait for the database (never 'Nothing was
    imported'), 2 still marks the selected entry; once free the pasted entries are stored and counted."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("- 19:30 Ada Quist: Confirmed no data was lost\n- 19:40 Bo: Wrote the ticket\n")
    window, panel = _timeline(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        qtbot.keyClick(panel.table, Qt.Key.Key_V, CTRL | SHIFT)
        qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
        qtbot.keyClick(panel.preview, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.message.text().startswith("Waiting for the database"))
        marked = _select(panel, "Joined the incident channel")
        qtbot.keyClick(panel.table, Qt.Key.Key_2)
        assert next(e for e in panel.model.entries() if e.id == marked.id).moment is MomentKind.DECISION
        assert store.timeline.count(review.id) == len(timeline)
        lock.release()
        qtbot.waitUntil(lambda: panel.message.text().startswith("Added 2 entries"), timeout=WRITTEN_MS)
    qtbot.waitUntil(_nothing_waits(windows), timeout=WRITTEN_MS)
    assert store.timeline.count(review.id) == len(timeline) + 2
    assert store.timeline.get(marked.id).moment is MomentKind.DECISION


def test_an_edit_the_database_then_refuses_is_said_in_the_window(qtbot, windows, store, review, timeline):
    """An entry marked under the lock that another program deletes meanwhile: once free the window says the change
    could not be saved, and nothing waits any more."""
    window, panel = _timeline(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        entry = _select(panel, "Joined the incident channel")
        qtbot.keyClick(panel.table, Qt.Key.Key_2)
        lock.release(then=f"DELETE FROM timeline_entries WHERE id = {entry.id}")
        message = window.statusBar().currentMessage
        qtbot.waitUntil(lambda: message().startswith("Could not save a change: "), timeout=WRITTEN_MS)
    assert not windows.events.queue.pending()
