"""Preparing the timeline by keyboard: marking moments, editing, adding, deleting, importing, pasting."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from shown import on_tab, shown

from facilitator.app.changes import Change, Changed
from facilitator.domain.timeline import MomentKind
from facilitator.ui.prep.timeline_model import ACTOR, TEXT, TIME

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
from lock_holder import LockHolder


def _open_timeline(qtbot, windows, review):
    return on_tab(qtbot, windows, review.id, "timeline").timeline


def _select(panel, text):
    row = next(i for i, e in enumerate(panel.model.entries()) if e.text == text)
    panel.select_entry(panel.model.entry_at(row).id)
    panel.table.setFocus()
    return panel.model.entry_at(row)


def _previewed(qtbot, panel):
    """The preview that import_file or a paste opened, once its reading is done."""
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    return panel.preview


def _import(qtbot, panel, path):
    """Import the file as a user does: open it, look at the preview, press Enter."""
    panel.import_file(path)
    qtbot.keyClick(_previewed(qtbot, panel), Qt.Key.Key_Return)


def _stored(store, review, text):
    return next(e for e in store.timeline.entries(review.id) if e.text == text)


def test_number_keys_mark_and_unmark_the_selected_entry(qtbot, windows, review, timeline, store):
    """2 marks a decision point, 0 unmarks, and Ctrl+Z takes each step back."""
    panel = _open_timeline(qtbot, windows, review)
    _select(panel, "Saw TLS handshake failures in the gateway logs")
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    assert _stored(store, review, "Saw TLS handshake failures in the gateway logs").moment is MomentKind.DECISION
    qtbot.keyClick(panel.table, Qt.Key.Key_0)
    assert _stored(store, review, "Saw TLS handshake failures in the gateway logs").moment is None
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(store, review, "Saw TLS handshake failures in the gateway logs").moment is MomentKind.DECISION
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(store, review, "Saw TLS handshake failures in the gateway logs").moment is None


def test_text_typed_into_a_cell_is_saved_and_undone(qtbot, windows, review, timeline, store):
    """F2 on the text cell, new words, Enter: stored; Ctrl+Z restores the words."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Joined the incident channel")
    _to_cell(panel, entry, TEXT)
    _edit_cell(qtbot, panel, "Joined the bridge call")
    qtbot.waitUntil(lambda: store.timeline.get(entry.id).text == "Joined the bridge call")
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.timeline.get(entry.id).text == "Joined the incident channel"


def test_delete_removes_the_entry_and_undo_brings_it_back_with_its_questions(qtbot, windows, review, timeline, store):
    """Delete on the table removes the entry; Ctrl+Z restores it under the same id."""
    store.timeline.set_questions(timeline[4].id, ["What did the runbook say at that point?"])
    windows.events.hub.publish(Changed(Change.EVERYTHING))
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Rolled back the certificate bundle")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert store.timeline.count(review.id) == len(timeline) - 1
    assert "Ctrl+Z" in panel.message.text()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = store.timeline.get(entry.id)
    assert restored.text == entry.text
    assert restored.questions == ("What did the runbook say at that point?",)
    assert restored.prep_note == "Ask about the rollback runbook age"


def test_added_entry_follows_the_selected_one_and_opens_for_typing(qtbot, windows, review, timeline, store):
    """Ctrl+Shift+N adds an entry a minute after the selected one with its text ready to overwrite."""
    panel = _open_timeline(qtbot, windows, review)
    after = _select(panel, "Error rate back under 0.1%")
    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.timeline.count(review.id) == len(timeline) + 1
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Posted a status page update")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.text == "Posted a status page update" for e in store.timeline.entries(review.id)))
    added = _stored(store, review, "Posted a status page update")
    assert (added.at - after.at).total_seconds() == 60
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.timeline.count(review.id) == len(timeline)


def test_preparation_note_and_detail_are_saved_while_typing(qtbot, windows, review, timeline, store):
    """Typing in the details beside the table reaches the store without pressing anything."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Acknowledged the page")
    panel.details.prep_note.setFocus()
    qtbot.keyClicks(panel.details.prep_note, "Ask what the page said")
    panel.details.detail.setFocus()
    qtbot.keyClicks(panel.details.detail, "Paged via the phone app")
    qtbot.waitUntil(lambda: store.timeline.get(entry.id).detail == "Paged via the phone app")
    assert store.timeline.get(entry.id).prep_note == "Ask what the page said"


def test_questions_are_added_to_a_moment_and_removed_with_delete(qtbot, windows, review, timeline, store):
    """A question typed under the details is kept with the moment; Delete in the list removes it."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Acknowledged the page")
    panel.details.new_question.setFocus()
    qtbot.keyClicks(panel.details.new_question, "What else was paging at that time?")
    qtbot.keyClick(panel.details.new_question, Qt.Key.Key_Return)
    assert store.timeline.get(entry.id).questions == ("What else was paging at that time?",)
    panel.details.questions.setFocus()
    panel.details.questions.setCurrentIndex(panel.details.question_model.index(0))
    qtbot.keyClick(panel.details.questions, Qt.Key.Key_Delete)
    assert store.timeline.get(entry.id).questions == ()


def test_filter_narrows_the_table_by_typed_words_and_marks(qtbot, windows, review, timeline):
    """Ctrl+F then words keep matching rows; 'marked moments only' keeps the three moments."""
    panel = _open_timeline(qtbot, windows, review)
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.words.hasFocus()
    qtbot.keyClicks(panel.words, "ada")
    assert panel.filter.rowCount() == 4
    panel.words.clear()
    panel.marked_only.setChecked(True)
    assert panel.filter.rowCount() == 3


def test_imported_csv_adds_entries_off_the_gui_thread_and_again_adds_none(qtbot, windows, review, timeline, store, tmp_path):
    """A CSV file is read on a worker; the message counts what was added, and a second import adds nothing."""
    csv = tmp_path / "timeline.csv"
    csv.write_text("time,who,what\n19:20,Ada Quist,Wrote the first summary\n19:45,Eli Santos,Called the client\n", encoding="utf-8")
    panel = _open_timeline(qtbot, windows, review)
    _import(qtbot, panel, csv)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    assert panel.message.text().startswith("Added 2 entries")
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(timeline) + 2)
    _import(qtbot, panel, csv)
    qtbot.waitUntil(lambda: "already there" in panel.message.text())
    assert panel.message.text().startswith("Added 0 entries (2 already there)")
    assert store.timeline.count(review.id) == len(timeline) + 2


def test_an_import_accepted_while_another_program_holds_the_database_waits_and_lands(qtbot, windows, review, store, tmp_path):
    """The panel says the entries wait; once the lock is gone they are stored and counted, skipped rows said too."""
    csv = tmp_path / "timeline.csv"
    csv.write_text("time,who,what\n19:20,Ada Quist,Wrote the first summary\n,Eli Santos,No time\n", encoding="utf-8")
    panel = _open_timeline(qtbot, windows, review)
    with LockHolder(store.path) as lock:
        _import(qtbot, panel, csv)
        qtbot.waitUntil(lambda: panel.message.text().startswith("Waiting for the database"), timeout=10_000)
        assert store.timeline.count(review.id) == 0
        lock.release()
        qtbot.waitUntil(lambda: panel.message.text().startswith("Added"), timeout=10_000)
    assert panel.message.text().startswith("Added 1 entry") and "no time" in panel.message.text()
    assert store.timeline.count(review.id) == 1


def test_after_an_import_the_first_key_marks_a_moment(qtbot, windows, review, store, tmp_path):
    """The message says to mark moments with 1–5, so after the import 1 marks the selected entry (it used to
    start editing the first entry's time)."""
    csv = tmp_path / "timeline.csv"
    csv.write_text("time,who,what\n19:20,Ada Quist,Wrote the first summary\n19:45,Eli Santos,Called the client\n", encoding="utf-8")
    panel = _open_timeline(qtbot, windows, review)
    panel.table.setFocus()
    _import(qtbot, panel, csv)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    assert [e.moment for e in store.timeline.entries(review.id)] == [MomentKind.DETECTION, None]


def test_a_bad_file_imports_nothing_and_says_where(qtbot, windows, review, timeline, store, tmp_path):
    """A CSV with a row that has no time adds nothing and the message names the line."""
    csv = tmp_path / "timeline.csv"
    csv.write_text("time,who,what\n19:20,Ada,Fine\nsoon,Bo,No time here\n", encoding="utf-8")
    panel = _open_timeline(qtbot, windows, review)
    panel.import_file(csv)
    preview = _previewed(qtbot, panel)
    assert "line 3" in preview.message.text() and not preview.import_button.isEnabled()
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    assert panel.preview is preview
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Nothing was imported"))
    assert "line 3" in panel.message.text()
    assert store.timeline.count(review.id) == len(timeline)


def test_pasted_markdown_becomes_entries(qtbot, windows, review, timeline, store):
    """Ctrl+Shift+V reads Markdown bullets from the clipboard into entries."""
    QGuiApplication.clipboard().setText("- 19:30 Ada Quist: Confirmed no data was lost\n- 19:40 Bo: Wrote the ticket\n")
    panel = _open_timeline(qtbot, windows, review)
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(_previewed(qtbot, panel), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    assert store.timeline.count(review.id) == len(timeline) + 2
    assert any(e.text == "Confirmed no data was lost" for e in store.timeline.entries(review.id))


def test_pasted_slack_messages_become_entries_with_their_senders(qtbot, windows, review, timeline, store):
    """Ctrl+Shift+V reads a stretch of the channel copied from the Slack app: each sender is the entry's Who."""
    QGuiApplication.clipboard().setText("Ada Quist  7:30 PM\nConfirmed no data was lost\n7:33\nClosing the bridge\n")
    panel = _open_timeline(qtbot, windows, review)
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(_previewed(qtbot, panel), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    added = {e.text: e.actor for e in store.timeline.entries(review.id)}
    assert (added["Confirmed no data was lost"], added["Closing the bridge"]) == ("Ada Quist", "Ada Quist")


def test_times_are_shown_in_the_reviews_zone_and_the_zone_is_named(qtbot, windows, review, timeline):
    """An entry stored at 17:02 UTC shows as 18:02 in Europe/London, under a header naming the zone."""
    panel = _open_timeline(qtbot, windows, review)
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Time\n(Europe/London)"
    assert panel.model.index(0, 0).data().endswith("18:02")


def test_the_pre_read_is_written_for_attendees_without_private_notes(qtbot, windows, review, timeline, tmp_path, monkeypatch):
    """File → Export pre-read writes owner-only Markdown with the timeline and no preparation note."""
    import stat

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "preread.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window = windows.open_review(review.id)
    qtbot.waitExposed(window)
    window._export_preread()
    text = target.read_text(encoding="utf-8")
    assert "Rolled back the certificate bundle" in text
    assert "runbook age" not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in window.statusBar().currentMessage()


def test_closing_the_window_during_an_import_still_stores_the_entries(qtbot, windows, review, timeline, store, tmp_path):
    """The worker finishes after the window is gone: entries are stored and nothing breaks."""
    from PySide6.QtCore import QThreadPool

    csv = tmp_path / "timeline.csv"
    csv.write_text("time,who,what\n" + "".join(f"20:{m:02d},Ada,Step {m}\n" for m in range(50)), encoding="utf-8")
    panel = _open_timeline(qtbot, windows, review)
    _import(qtbot, panel, csv)
    panel.window().close()
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.waitUntil(lambda: store.timeline.count(review.id) == len(timeline) + 50)
    assert store.timeline.count(review.id) == len(timeline) + 50


def test_the_timeline_tab_keeps_full_dates_under_its_zone(qtbot, windows, review, timeline):
    """Preparing, the table shows each entry's date and the header names the zone the times are in."""
    window = shown(qtbot, windows, review.id)
    panel = window.timeline
    assert panel.filter.headerData(0, Qt.Orientation.Horizontal) == "Time\n(Europe/London)"
    assert panel.filter.index(0, 0).data() == "Wed 14 Oct 18:02"


def _to_cell(panel, entry, column):
    panel.table.setCurrentIndex(panel.quiet.mapFromSource(panel.filter.mapFromSource(panel.model.index(panel.model.row_of(entry.id), column))))


def _edit_cell(qtbot, panel, text):
    """F2 on the current cell, the words typed over what is there, Enter."""
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_time_typed_into_the_time_cell_changes_the_time_and_marks_nothing(qtbot, windows, review, timeline, store):
    """In the Time column digits start a time, so '19:05' and Enter move the entry, and its words and mark stay."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Joined the incident channel")
    _to_cell(panel, entry, TIME)
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    editor = QApplication.focusWidget()
    assert editor is not panel.table and store.timeline.get(entry.id).moment is None
    qtbot.keyClicks(editor, "9:05")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.timeline.get(entry.id).at != entry.at)
    stored = store.timeline.get(entry.id)
    local = stored.at.astimezone(panel.model.zone)
    assert (local.hour, local.minute, local.date()) == (19, 5, entry.at.astimezone(panel.model.zone).date())
    assert (stored.text, stored.moment) == (entry.text, entry.moment)


def test_after_a_time_that_moves_the_entry_the_keys_still_reach_the_table(qtbot, windows, review, timeline, store):
    """A time typed that puts the entry further down keeps the keyboard in the table, on the entry: the next
    key goes on with the preparation (focus was left on the closed editor, and every key did nothing)."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Joined the incident channel")
    _to_cell(panel, entry, TIME)
    for key in "19:06":
        qtbot.keyClicks(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.timeline.get(entry.id).at != entry.at)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    assert panel.selected_entry().id == entry.id
    _to_cell(panel, entry, ACTOR)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert store.timeline.get(entry.id).moment is MomentKind.DECISION


def test_a_time_typed_in_twelve_hour_form_is_read_as_the_sheet_gives_it(qtbot, windows, review, timeline, store):
    """'6:25 PM', as the team's spreadsheet writes it, sets 18:25 (and '12:10 am' ten past midnight); it was refused
    as no time."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Joined the incident channel")
    _to_cell(panel, entry, TIME)
    _edit_cell(qtbot, panel, "6:25 PM")
    qtbot.waitUntil(lambda: store.timeline.get(entry.id).at != entry.at)
    local = store.timeline.get(entry.id).at.astimezone(panel.model.zone)
    assert (local.hour, local.minute, local.date()) == (18, 25, entry.at.astimezone(panel.model.zone).date())
    assert not panel.message.isVisible()
    _to_cell(panel, entry, TIME)
    _edit_cell(qtbot, panel, "2026-10-15 12:10 am")
    qtbot.waitUntil(lambda: store.timeline.get(entry.id).at.astimezone(panel.model.zone).day == 15)
    local = store.timeline.get(entry.id).at.astimezone(panel.model.zone)
    assert (local.hour, local.minute) == (0, 10)


def test_marking_keeps_the_cursor_in_its_column(qtbot, windows, review, timeline, store):
    """A mark key pressed on the Who cell leaves the cursor there, so the next key cannot land in 'What happened'."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Joined the incident channel")
    _to_cell(panel, entry, ACTOR)
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert store.timeline.get(entry.id).moment is MomentKind.COMMUNICATION
    assert panel.table.currentIndex().column() == ACTOR


def test_a_time_that_is_no_time_is_refused_out_loud(qtbot, windows, review, timeline, store):
    """'nonsense' typed as a time leaves the time as it was and says why in the message line."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Joined the incident channel")
    _to_cell(panel, entry, TIME)
    _edit_cell(qtbot, panel, "nonsense")
    qtbot.waitUntil(lambda: panel.message.isVisible() and "“nonsense” is not a time" in panel.message.text())
    assert store.timeline.get(entry.id).at == entry.at
    _to_cell(panel, entry, ACTOR)
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    assert store.timeline.get(entry.id).moment is MomentKind.DECISION
    assert not panel.message.isVisible()


def test_a_mark_key_pressed_in_the_time_column_says_how_to_mark(qtbot, windows, review, timeline, store):
    """A newcomer clicks an entry's time and presses 3 to mark it, as the hint below says: the lone digit is no
    time, and the refusal says where the mark keys work, so they are not left guessing."""
    panel = _open_timeline(qtbot, windows, review)
    entry = _select(panel, "Joined the incident channel")
    _to_cell(panel, entry, TIME)
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.isVisible() and panel.message.text() != "")
    assert panel.message.text() == (
        "“3” is not a time: in the Time column a digit starts typing one. To mark the entry, press 3 in another"
        " column (Tab, then 3). The time is unchanged."
    )
    assert (store.timeline.get(entry.id).at, store.timeline.get(entry.id).moment) == (entry.at, entry.moment)
