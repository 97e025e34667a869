"""The preview of an import: entries and what is left out shown before anything is stored, the day and zone
the file does not say set by the user, an ambiguous zone answered, Enter imports, Esc cancels."""

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from shown import on_tab

from facilitator.domain.timeline import TimelineEntry
from facilitator.importers import AmbiguousZone, ImportContext, Skipped
from facilitator.importers.formats import Parsed
from facilitator.ui.prep.import_preview import ImportPreview
from facilitator.ui.prep.import_preview_model import PreviewEntriesModel, SkippedModel

SHEET = (
    "INC-100 timeline,,,\n"
    "time,who,what,severity\n"
    ",,Day one,\n"
    "19:20,Ada Quist,<b>Wrote</b> the first summary,SEV2\n"
    "19:45,Eli Santos,Called the client,\n"
    "19:50,Bo,,\n"
)
LONDON = ZoneInfo("Europe/London")


def _timeline_panel(qtbot, windows, review):
    return on_tab(qtbot, windows, review.id, "timeline").timeline


def _previewed(qtbot, panel):
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    return panel.preview


def _rows(model):
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_preview_shows_entries_and_what_is_left_out_before_anything_is_stored(
    qtbot, windows, review, timeline, store, tmp_path
):
    sheet = tmp_path / "timeline.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    panel = _timeline_panel(qtbot, windows, review)
    panel.import_file(sheet)
    preview = _previewed(qtbot, panel)
    assert _rows(preview.entries_model) == [
        ("Wed 14 Oct 19:20", "Ada Quist", "Wrote the first summary"),
        ("Wed 14 Oct 19:45", "Eli Santos", "Called the client"),
    ]
    assert preview.entries_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).endswith("severity: SEV2")
    assert _rows(preview.skipped_model) == [
        ("line 1", "above the column headings"),
        ("line 3", "no time"),
        ("line 6", "a time with no words"),
    ]
    assert preview.counts.text() == "2 entries to add · 3 left out"
    assert store.timeline.count(review.id) == len(timeline)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.preview is None)
    assert panel.message.text() == "Nothing was imported."
    assert store.timeline.count(review.id) == len(timeline)


def test_enter_imports_what_the_preview_shows_and_says_what_was_left_out(qtbot, windows, review, timeline, store, tmp_path):
    sheet = tmp_path / "timeline.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    panel = _timeline_panel(qtbot, windows, review)
    panel.import_file(sheet)
    qtbot.keyClick(_previewed(qtbot, panel), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    assert panel.message.text() == (
        "Added 2 entries. Mark the moments worth discussing with keys 1–5. Left out: 1 line (above the"
        " column headings): 1; 1 line (no time): 3; 1 line (a time with no words): 6."
    )
    added = [e for e in store.timeline.entries(review.id) if e.text in ("Wrote the first summary", "Called the client")]
    assert [e.at for e in added] == [dt.datetime(2026, 10, 14, 19, 20, tzinfo=LONDON), dt.datetime(2026, 10, 14, 19, 45, tzinfo=LONDON)]


def test_the_day_and_zone_the_file_does_not_say_are_set_in_the_preview(qtbot, windows, review, timeline, store, tmp_path):
    """Up on the day moves the clock times a day on; typing a zone reads them there; the import stores that."""
    sheet = tmp_path / "timeline.csv"
    sheet.write_text("time,who,what\n19:20,Ada Quist,Wrote the first summary\n", encoding="utf-8")
    panel = _timeline_panel(qtbot, windows, review)
    panel.import_file(sheet)
    preview = _previewed(qtbot, panel)
    preview.day.setFocus()
    qtbot.keyClick(preview.day, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not preview.reading() and _rows(preview.entries_model)[0][0] == "Thu 15 Oct 19:20")
    preview.zone.setFocus()
    preview.zone.lineEdit().selectAll()
    qtbot.keyClicks(preview.zone.lineEdit(), "America/New_York")
    qtbot.waitUntil(lambda: not preview.reading() and preview.entries_model.zone_name == "America/New_York")
    assert preview.entries_model.headerData(0, Qt.Orientation.Horizontal) == "Time\n(America/New_York)"
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    (entry,) = [e for e in store.timeline.entries(review.id) if e.text == "Wrote the first summary"]
    assert entry.at == dt.datetime(2026, 10, 15, 19, 20, tzinfo=ZoneInfo("America/New_York"))


def test_the_preview_shows_a_day_without_a_time_and_a_rough_time_as_the_timeline_will(
    qtbot, windows, review, timeline, store, tmp_path
):
    """A line known only by its day reads 'date only', a rough time '~'; the preview showed them as '00:00' and
    an exact '19:00', a midnight and a precision the file never gave."""
    notes = tmp_path / "postmortem.md"
    notes.write_text(
        "## Timeline\n\n- 2026-10-14: Renewal reminder went to an unwatched mailbox\n"
        "- ~19:00 Ada noticed the checkout errors\n- 19:20 Bo rolled back\n",
        encoding="utf-8",
    )
    panel = _timeline_panel(qtbot, windows, review)
    panel.import_file(notes)
    preview = _previewed(qtbot, panel)
    assert [row[0] for row in _rows(preview.entries_model)] == [
        "Wed 14 Oct date only", "Wed 14 Oct ~19:00", "Wed 14 Oct 19:20"
    ]
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Added"))
    shown = {panel.model.index(row, 2).data(): panel.model.index(row, 0).data() for row in range(panel.model.rowCount())}
    assert shown["Renewal reminder went to an unwatched mailbox"] == "Wed 14 Oct date only"


def _asks_about_cst(context: ImportContext) -> Parsed:
    """A reader as the text importers behave: 'CST' the review's zone does not settle is asked about."""
    answer = dict(context.zone_answers).get("CST")
    if answer is None:
        raise AmbiguousZone('line 2: "CST" names more than one zone', "CST", ("America/Chicago", "Asia/Shanghai"))
    at = dt.datetime(2026, 10, 14, 9, 0, tzinfo=ZoneInfo(answer))
    return Parsed([TimelineEntry(at=at, actor="Ada", text="Paged")], [Skipped("line 1", "no time")])


def test_an_ambiguous_zone_is_asked_about_and_the_answer_reads_the_file_again(qtbot, qapp):
    context = ImportContext(dt.date(2026, 10, 14), "Europe/London")
    preview = ImportPreview(_asks_about_cst, "Importing “notes.md”", context)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: not preview.reading() and preview.question_row.isVisible())
    assert "“CST”" in preview.asking.text() and not preview.import_button.isEnabled()
    qtbot.keyClick(preview.candidates, Qt.Key.Key_Down)
    assert preview.candidates.currentText() == "Asia/Shanghai"
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.reading() and preview.parsed is not None)
    assert not preview.question_row.isVisible()
    assert preview.parsed.entries[0].at.tzinfo == ZoneInfo("Asia/Shanghai")
    assert _rows(preview.entries_model) == [("Wed 14 Oct 02:00", "Ada", "Paged")]
    with qtbot.waitSignal(preview.accepted):
        qtbot.keyClick(preview, Qt.Key.Key_Return)


def test_the_preview_tables_pass_qts_model_checks(qtmodeltester):
    words = {"time": "Time\n({zone})", "who": "Who", "what": "What", "where": "Where", "why": "Why"}
    entries = PreviewEntriesModel(words)
    entries.show([TimelineEntry(at=dt.datetime(2026, 10, 14, 9, tzinfo=dt.UTC), actor="Ada", text="Paged")], dt.UTC, "UTC")
    qtmodeltester.check(entries)
    skipped = SkippedModel(words)
    skipped.show([Skipped("line 3", "no time")])
    qtmodeltester.check(skipped)


def test_every_control_of_the_preview_has_a_name_for_a_screen_reader(qtbot, qapp):
    preview = ImportPreview(_asks_about_cst, "Importing “notes.md”", ImportContext(dt.date(2026, 10, 14), "UTC"))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: not preview.reading())
    for widget in preview.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            accessible = QAccessible.queryAccessibleInterface(widget)
            assert accessible.text(QAccessible.Text.Name), type(widget).__name__
    assert QApplication.instance() is not None


def test_a_reading_overtaken_by_a_newer_one_is_not_shown(qtbot, qapp):
    """Three days chosen in a row: whatever order the readings finish in, the preview shows the last day's."""
    def read(context):
        at = dt.datetime.combine(context.incident_date, dt.time(9), tzinfo=dt.UTC)
        return Parsed([TimelineEntry(at=at, actor="Ada", text="Paged")], [])

    preview = ImportPreview(read, "Importing “notes.csv”", ImportContext(dt.date(2026, 10, 14), "UTC"))
    qtbot.addWidget(preview)
    preview.show()
    preview.day.setFocus()
    for _ in range(3):
        qtbot.keyClick(preview.day, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not preview.reading() and preview.parsed is not None)
    qtbot.waitUntil(lambda: not preview._jobs)  # every overtaken reading has come back too, and been ignored
    assert _rows(preview.entries_model) == [("Sat 17 Oct 09:00", "Ada", "Paged")]


def test_tab_walks_the_preview_from_the_day_to_cancel(qtbot, qapp):
    """Keyboard only: the day, the zone, the entries, what was left out, Import, Cancel, in that order."""
    def read(context):
        at = dt.datetime.combine(context.incident_date, dt.time(9), tzinfo=dt.UTC)
        return Parsed([TimelineEntry(at=at, actor="Ada", text="Paged")], [Skipped("line 1", "no time")])

    preview = ImportPreview(read, "Importing “notes.csv”", ImportContext(dt.date(2026, 10, 14), "UTC"))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.parsed is not None)
    preview.activateWindow()
    preview.day.setFocus()
    qtbot.waitUntil(lambda: preview.day.hasFocus())
    for _ in range(4):  # Tab first walks the day's own parts (weekday, day, month, year)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not preview.day.hasFocus():
            break
    seen = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [preview.zone, preview.entries_view, preview.skipped_view, preview.import_button,
                    preview.cancel_button]


def test_closing_the_window_while_the_preview_reads_stores_nothing_and_breaks_nothing(
    qtbot, windows, review, timeline, store, tmp_path
):
    from PySide6.QtCore import QThreadPool

    sheet = tmp_path / "timeline.csv"
    sheet.write_text("time,who,what\n" + "".join(f"20:{m:02d},Ada,Step {m}\n" for m in range(60)), encoding="utf-8")
    panel = _timeline_panel(qtbot, windows, review)
    panel.import_file(sheet)
    panel.window().close()
    QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()  # what the readings posted before they ended is delivered
    assert store.timeline.count(review.id) == len(timeline)
