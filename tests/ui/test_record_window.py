"""File → Export record (Ctrl+E) and View → Preview record (Ctrl+Shift+P), driven by keys."""

import datetime as dt
import os
import stat

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.app.changes import Change, Changed
from facilitator.domain.agenda import Phase
from facilitator.domain.notes import Note, Place
from facilitator.ui.record.record_preview import RecordBrowser

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)
RECORD = "2026-10-14-INC-100-review.md"


@pytest.fixture
def opened(qtbot, windows, review, timeline):
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def browser_calls(monkeypatch):
    """Addresses the system browser or file manager was asked to open."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    return opened


def _keys(qtbot, key, modifiers):
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifiers)


def _in_folder(store, review, folder):
    store.update(store.get(review.id).with_changes(folder=str(folder)))


def _export(qtbot, window):
    with qtbot.waitSignal(window.record_exporter.done, timeout=10000):
        _keys(qtbot, Qt.Key.Key_E, CTRL)


def test_ctrl_e_writes_the_record_into_the_incident_folder_and_opens_it_on_request(qtbot, opened, store, review, tmp_path, browser_calls):
    """The record lands in the folder, owner-only; the status bar says where; the folder opens when asked."""
    _in_folder(store, review, tmp_path)
    asked = []
    opened.record_exporter.ask_open_folder = lambda parent, written: asked.append(written) or True
    _export(qtbot, opened)
    record = tmp_path / RECORD
    assert record.read_text().startswith("---\ntitle: \"Checkout errors after certificate rotation\"")
    assert stat.S_IMODE(os.stat(record).st_mode) == 0o600
    assert "Ask about the rollback runbook age" not in record.read_text()
    assert str(record) in opened.statusBar().currentMessage()
    assert [w.path for w in asked] == [record]
    assert browser_calls == [QUrl.fromLocalFile(str(tmp_path)).toString()]


def test_an_edited_record_is_kept_and_the_user_told(qtbot, opened, store, review, tmp_path, browser_calls):
    """Exporting again over a record someone edited writes a numbered file and says why."""
    _in_folder(store, review, tmp_path)
    opened.record_exporter.ask_open_folder = lambda parent, written: False
    _export(qtbot, opened)
    (tmp_path / RECORD).write_text("edited by hand\n")
    _export(qtbot, opened)
    assert (tmp_path / RECORD).read_text() == "edited by hand\n"
    assert (tmp_path / "2026-10-14-INC-100-review-2.md").exists()
    assert "changed by someone" in opened.statusBar().currentMessage()
    assert browser_calls == []


def test_without_a_folder_the_user_is_asked_where(qtbot, opened, tmp_path):
    """A review with no incident folder asks for a file name (suggesting the usual one); cancelling writes nothing."""
    opened.record_exporter.ask_open_folder = lambda parent, written: False
    suggested = []
    opened.record_exporter.ask_where = lambda parent, where: suggested.append(where)
    _keys(qtbot, Qt.Key.Key_E, CTRL)
    assert [p.name for p in suggested] == [RECORD] and opened.record_exporter.job is None
    target = tmp_path / "chosen.md"
    opened.record_exporter.ask_where = lambda parent, where: target
    _export(qtbot, opened)
    assert target.read_text().startswith("---\n")


def test_an_incident_folder_that_is_gone_is_said_before_asking_where(qtbot, opened, store, review, tmp_path):
    """The review names a folder that is not there (moved, unmounted): the window says so as it asks."""
    _in_folder(store, review, tmp_path / "moved away")
    said = []
    opened.record_exporter.ask_where = lambda parent, where: said.append(opened.statusBar().currentMessage())
    _keys(qtbot, Qt.Key.Key_E, CTRL)
    assert said and "moved away is not there" in said[0]


def test_a_record_that_cannot_be_written_is_reported(qtbot, opened, tmp_path, monkeypatch):
    """A write that fails (here: the chosen folder vanished) says so and leaves nothing behind."""
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    opened.record_exporter.ask_where = lambda parent, suggested: tmp_path / "vanished" / "r.md"
    _export(qtbot, opened)
    assert warnings and "could not be written" in warnings[0]
    assert "not written" in opened.statusBar().currentMessage()


def _preview(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _keys(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    preview = window.record_preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.job is None and "Timeline" in preview.browser.toPlainText(), timeout=10000)
    return preview


def test_ctrl_shift_p_previews_the_record_and_keeps_it_up_to_date(qtbot, opened, store, review):
    """The preview shows the record; a note typed meanwhile appears in it without asking, HTML shown as typed."""
    preview = _preview(qtbot, opened)
    assert preview.windowTitle() == "INC-100 — Record preview"
    assert "Checkout errors after certificate rotation" in preview.browser.toPlainText()
    moment = next(e for e in store.timeline.entries(review.id) if e.marked)
    store.notes.add(review.id, Note("<img src=https://tracker.example.com/p.png> saw the graph", NOW, Place(Phase.TIMELINE, moment.id)))
    opened.windows.events.hub.publish(Changed(Change.EVERYTHING))
    qtbot.waitUntil(lambda: "saw the graph" in preview.browser.toPlainText(), timeout=10000)
    assert "<img src=https://tracker.example.com/p.png> saw the graph" in preview.browser.toPlainText()
    assert "<img" not in preview.browser.toHtml().replace("&lt;img", "")


def test_a_note_kept_in_this_process_reaches_the_open_preview(qtbot, opened, store, review):
    """The note-taker's window opened here (Ctrl+Shift+O) announces notes on their own signal: the preview hears it."""
    preview = _preview(qtbot, opened)
    moment = next(e for e in store.timeline.entries(review.id) if e.marked)
    store.notes.add(review.id, Note("the pager was on silent", NOW, Place(Phase.TIMELINE, moment.id)))
    opened.windows.events.hub.publish(Changed(Change.NOTES))
    qtbot.waitUntil(lambda: "the pager was on silent" in preview.browser.toPlainText(), timeout=10000)


def test_the_preview_fetches_nothing_and_opens_links_only_on_a_click(qtbot, browser_calls):
    """No resource is ever loaded; a clicked web link goes to the system browser, other addresses nowhere."""
    browser = RecordBrowser()
    qtbot.addWidget(browser)
    for url in ("https://tracker.example.com/p.png", "file:///etc/passwd", "qrc:/x.png", "p.png"):
        assert browser.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url)) is None
    browser.setHtml('<p><img src="https://tracker.example.com/p.png"><a href="https://example.com/rec">rec</a></p>')
    assert browser_calls == []
    browser.anchorClicked.emit(QUrl("https://example.com/rec"))
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert browser_calls == ["https://example.com/rec"]
    assert browser.source().isEmpty()


def test_the_preview_closes_with_escape_and_opens_again(qtbot, opened):
    """Esc closes the preview window; Ctrl+Shift+P brings a fresh one."""
    preview = _preview(qtbot, opened)
    qtbot.keyClick(preview.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: opened.record_preview is None, timeout=5000)
    assert _preview(qtbot, opened) is opened.record_preview


def test_the_recording_link_typed_in_the_set_up_reaches_the_record(qtbot, opened, store, review, browser_calls):
    """Where the recording is, typed on the set-up tab, is saved and becomes a link in the record."""
    opened.show_panel(opened.setup)
    opened.setup.form.recording.setFocus()
    qtbot.keyClicks(opened.setup.form.recording, "https://recordings.example.com/inc-100")
    qtbot.waitUntil(lambda: store.get(review.id).recording == "https://recordings.example.com/inc-100")
    preview = _preview(qtbot, opened)
    assert 'href="https://recordings.example.com/inc-100"' in preview.browser.toHtml()
    preview.browser.anchorClicked.emit(QUrl("https://recordings.example.com/inc-100"))
    assert browser_calls == ["https://recordings.example.com/inc-100"]


def test_closing_the_window_while_the_preview_renders_is_safe(qtbot, windows, opened):
    """The preview's worker may still be rendering when its window goes: it finishes and tells nobody."""
    from PySide6.QtCore import QThreadPool

    opened.show_record_preview()
    opened.close()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    assert windows.reviews == {}
