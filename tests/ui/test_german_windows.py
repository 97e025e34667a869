"""Issue 18 end to end: with FACILITATOR_LANGUAGE=de the set-up, the meeting and the notes window speak German."""

import re
import tomllib

from in_german import german  # noqa: F401  (every test here runs in German)
from notes_helpers import meeting_in_timeline, open_notes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shown import shown

from facilitator import content
from facilitator.app.hub import Hub
from facilitator.ui.library.new_review_dialog import NewReviewDialog
from facilitator.ui.meeting.action_dialog import ActionDialog
from facilitator.ui.prep.agenda_dialog import AgendaDialog
from facilitator.ui.prep.opening_editor import OpeningEditor
from facilitator.ui.record.preread_export import export_preread

CTRL = Qt.KeyboardModifier.ControlModifier
MNEMONIC = re.compile(r"&([^&\s])")
TEXT = content.resource("text")



def english_only() -> set[str]:
    """Every sentence of the English texts that German says differently (Meeting is Meeting in both)."""
    def sentences(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for inner in value.values():
                yield from sentences(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from sentences(inner)

    english, translated = set(), set()
    for path in TEXT.glob("*.toml"):
        english |= set(sentences(tomllib.loads(path.read_text(encoding="utf-8"))))
        translated |= set(sentences(tomllib.loads((TEXT / "de" / path.name).read_text(encoding="utf-8"))))
    return {s for s in english - translated if len(s) > 3 and "{" not in s}


def words_shown(window: QWidget) -> list[str]:
    """The words a person sees in a window: labels, buttons, group titles, tabs and empty-field hints."""
    found = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    found += [w.title() for w in window.findChildren(QGroupBox)]
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
        found += [w.placeholderText() for w in window.findChildren(kind)]
    for tabs in window.findChildren(QTabWidget):
        found += [tabs.tabText(i) for i in range(tabs.count())]
    return [text for text in found if text]


def test_set_up_meeting_and_notes_window_speak_german(qtbot, windows, review, timeline):
    english = english_only()
    window = shown(qtbot, windows, review.id)
    setup = window.setup
    window.show_panel(setup)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Einrichtung", "Zeitleiste", "Meeting", "Kommentare"]
    assert {"Vorfall", "Hinweise zur Teilnahme", "Personen"} <= {box.title() for box in setup.findChildren(QGroupBox)}
    people = setup.people.table.model()
    assert [people.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ["Name", "Rolle", "Beteiligt", "Teilnahme", "Aufgabe"]
    parked = window.parking.model
    assert [parked.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Abgelegt", "Kategorie", "Eingebracht von", "Verbleib"]
    window.show_panel(window.comments)
    comments = window.comments.table.model()
    assert [comments.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Kommentar", "Von", "Zu", "Eingegangen"]
    window.show_panel(window.timeline)
    headers = [window.timeline.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers[0].startswith("Zeit\n(") and headers[1:] == ["Wer", "Was geschah", "Moment", "Auf dem Bildschirm"]
    assert setup.timeline_summary.text().startswith("Zeitleiste: ")

    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    assert "Warum wir hier sind" in view.opening.page.text() or "Warum wir hier sind" in " ".join(words_shown(view))
    assert "Regardless of what we discover" in view.opening.page.text()  # Kerth's original, quoted as written
    assert "Inoffizielle deutsche Übersetzung" in view.opening.page.text()

    notes = open_notes(qtbot, windows, review)
    shown_there = words_shown(notes)
    notes_model = notes.table.model()
    assert [notes_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ["Wann", "Wer", "Schlagwort", "Notiz", "Abgelegt unter"]
    assert "Sprecher·in" in shown_there and "Privat  Strg+Umschalt+H" in shown_there
    assert any("Notiz eingeben" in text for text in shown_there)

    for place in (setup, view, notes):
        leftover = [text for text in words_shown(place) if text in english]
        assert leftover == [], f"English from the texts in {type(place).__name__}: {leftover}"


def test_every_german_menu_reaches_each_entry_by_its_own_letter(qtbot, windows, review, timeline):
    """Within one menu of the library, the review and the notes window, no two German entries share an Alt letter."""
    places = [shown(qtbot, windows, review.id), windows.show_library(), open_notes(qtbot, windows, review)]
    clashes, menus = [], 0
    for window in places:
        for top in window.menuBar().actions():
            if top.menu() is None:
                continue
            menus += 1
            seen: dict[str, str] = {}
            for act in top.menu().actions():
                match = MNEMONIC.search(act.text())
                if match is None:
                    continue
                letter = match.group(1).lower()
                if seen.setdefault(letter, act.text()) != act.text():
                    clashes.append((top.text(), seen[letter], act.text()))
    assert menus >= 12
    assert clashes == []
    assert "Hilfe" in [top.text() for top in places[0].menuBar().actions()]


def test_the_library_and_a_new_review_speak_german(qtbot, windows, store):
    english = english_only()
    library = windows.show_library()
    qtbot.waitExposed(library)
    assert library.filter.placeholderText().startswith("Nach Vorfall")
    model = library.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Vorfall", "Titel", "Datum", "Stand"]
    dialog = NewReviewDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Neues Review — Facilitator"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Anlegen"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's own, in German
    for place in (library, dialog):
        leftover = [text for text in words_shown(place) if text in english]
        assert leftover == [], f"English from the texts in {type(place).__name__}: {leftover}"


def test_the_action_agenda_and_opening_dialogs_speak_german_with_distinct_letters(qtbot, store, review):
    english = english_only()
    phases = content.texts("meeting")["phases"]
    dialogs = [ActionDialog(None, ["Ada Quist"]), AgendaDialog(store, review.id, phases), OpeningEditor("Hallo", "Willkommen")]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        shown_there = words_shown(dialog)
        assert [text for text in shown_there if text in english] == [], type(dialog).__name__
        letters = [match.group(1).lower() for match in map(MNEMONIC.search, shown_there) if match]
        assert len(letters) == len(set(letters)), (type(dialog).__name__, shown_there)
    assert [dialog.windowTitle() for dialog in dialogs] == ["Maßnahme", "Agenda für dieses Review", "Eröffnungsworte für dieses Review"]
    assert dialogs[0].priority.currentText() == "Mittel"
    assert dialogs[1].total.text().startswith("Gesamt: ")


def test_an_export_says_in_german_where_it_went(qtbot, store, review, tmp_path, monkeypatch):
    asked = []

    def save_as(_parent, caption, suggested, _filters):
        asked.append(caption)
        return str(tmp_path / "vorab.md"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window = QMainWindow()
    qtbot.addWidget(window)
    assert export_preread(window, store, review.id, Hub()) == tmp_path / "vorab.md"
    assert asked == ["Vorab-Lektüre exportieren"]
    assert window.statusBar().currentMessage() == f"Die Vorab-Lektüre wurde nach {tmp_path / 'vorab.md'} geschrieben (nur für dich lesbar)."


def test_the_walk_through_speaks_german_from_the_timer_to_the_count_of_moments(qtbot, windows, review, timeline):
    """The timer strip's captions and state, the hints in the jump and question boxes, and where the moment on screen stands, come from the texts."""
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    meeting, bar = window.meeting, window.meeting_view.bar
    assert [caption.text() for caption in bar._captions] == ["Phase", "Rest der Phase", "Rest des Zeitfensters", "Bei diesem Moment"]
    assert bar.state.text() == "Nicht begonnen: F5 startet die Meeting-Uhr"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert bar.state.text() == "Läuft (F5 hält an)"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert bar.state.text() == "Angehalten (F5 setzt fort)"
    qtbot.keyClick(window, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.meeting_view.stack.currentWidget() is meeting
    assert meeting.jump.placeholderText() == "Springen zu… eine Zeit, einen Namen oder Wörter eingeben, dann Enter (Strg+G)"
    assert meeting.ask.placeholderText() == "Dem Raum eine neue Frage zu diesem Moment stellen (Strg+K), dann Enter"
    assert meeting.card.position.text() == "Moment 1 von 3"

    def jump_to(words):
        qtbot.keyClick(window, Qt.Key.Key_G, CTRL)
        qtbot.keyClicks(meeting.jump, words)
        qtbot.keyClick(meeting.jump, Qt.Key.Key_Return)

    jump_to("handshake")
    assert meeting.card.what.text() == "Saw TLS handshake failures in the gateway logs"
    assert meeting.card.position.text() == "3 markierte Momente"
    assert meeting.card.kind.text().startswith("Nicht als Moment markiert")
    for moment in ("Acknowledged", "Rolled back"):
        jump_to(moment)
        qtbot.keyClick(meeting, Qt.Key.Key_0)
    assert meeting.card.position.text() == "1 markierter Moment"


def test_the_set_up_timeline_and_notes_fields_hint_and_refuse_in_german(qtbot, windows, review, timeline):
    """The hints in the empty fields, the slot's unit, the entry's details and a refused date: all German."""
    english = english_only()
    window = shown(qtbot, windows, review.id)
    form = window.setup.form
    assert form.incident_date.placeholderText() == form.meeting_date.placeholderText() == "JJJJ-MM-TT"
    assert form.slot.suffix() == " Min."
    form.incident_date.setFocus()
    form.incident_date.selectAll()
    qtbot.keyClicks(form.incident_date, "2024-02-30")
    form.commit()
    assert form.problem.text() == "„2024-02-30“ ist kein Datum: bitte als JJJJ-MM-TT eingeben, z. B. 2026-10-14."

    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    panel = window.timeline
    assert panel.words.placeholderText() == "Einträge nach Zeit, Name oder Wörtern filtern (Strg+F)"
    assert panel.details.new_question.placeholderText() == "Eine Wie- oder Was-Frage zu diesem Moment hinzufügen, dann Enter"
    assert {"De&tails", "&Vorbereitungsnotiz (privat)"} <= set(words_shown(panel))
    assert [text for text in words_shown(panel) if text in english] == []

    notes = open_notes(qtbot, windows, review)
    assert notes.speaker.box.placeholderText() == "Wer spricht? (Strg+E)"


def test_the_parking_lot_the_cue_and_the_close_count_in_german(qtbot, windows, review, timeline, store):
    """Parked and waiting under the parking lot, who raised an idea, the cue's private note and the close's counts."""
    from presenter_helpers import only_the_meeting_window_is_shared

    from facilitator.domain.agenda import Phase

    only_the_meeting_window_is_shared()
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    assert window.parking.count.text() == "Noch nichts abgelegt."
    view.go_to_phase(Phase.TIMELINE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL)
    qtbot.keyClicks(window.parking.text, "Runbook ansehen")
    window.parking.raised_by.setText("Ada Quist")
    qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
    assert window.parking.count.text() == "1 abgelegt · 1 offen bis zum Ende"
    assert window.undo_stack.undoText() == "Punkt ablegen"
    tip = window.parking.model.data(window.parking.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(" · eingebracht von Ada Quist")

    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    view.refresh_clock()
    assert view.cue.private.text() == "Deine Notiz: Ask about the rollback runbook age"
    view.go_to_phase(Phase.CLOSE)
    assert view.close_phase.learned.specialValueText() == "nicht gezählt"


def test_the_timeline_tab_and_the_notes_clock_say_in_german_what_happened(qtbot, windows, review, timeline, store):
    """The marking keys under the table, a time refused, a new and a deleted entry; the notes' line of the clock."""
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    panel = window.timeline
    assert panel.hint.text().startswith("Den ausgewählten Eintrag markieren: 1 ")
    row = next(i for i, entry in enumerate(panel.model.entries()) if entry.text == "Joined the incident channel")
    panel.select_entry(panel.model.entry_at(row).id)
    panel.table.setCurrentIndex(panel.quiet.mapFromSource(panel.filter.mapFromSource(panel.model.index(row, 0))))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "nonsense")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.text().startswith("„nonsense“ ist keine Uhrzeit"))
    qtbot.keyClick(panel.table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "Neuer Eintrag" in [entry.text for entry in store.timeline.entries(review.id)]
    panel.select_entry(timeline[3].id)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.message.text() == "„Joined the incident channel“ gelöscht. Strg+Z holt den Eintrag zurück."
    assert window.undo_stack.undoText() == "„Joined the incident channel“ löschen"  # Bearbeiten ▸ Rückgängig names it

    meeting_in_timeline(store, review, timeline[4])
    notes = open_notes(qtbot, windows, review)
    assert notes.on_screen.where.text().startswith("Auf dem geteilten Bildschirm: ")
    assert "seit Beginn des Meetings" in notes.on_screen.where.text()


def test_the_comments_tab_and_the_people_lists_answer_in_german(qtbot, windows, review, timeline, store):
    """An address refused for an anonymous comment, the comment then added, and 'nobody yet' to facilitate."""
    window = shown(qtbot, windows, review.id)
    assert window.setup.people.facilitator.itemText(0) == "— noch niemand —"
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    panel = window.comments
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "Ich war nicht sicher, ob ich zuruecksetzen durfte")
    panel.anonymous.setChecked(True)
    panel.via.setFocus()
    qtbot.keyClicks(panel.via, "bo.lindqvist@example.com")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert panel.message.text().startswith("Ein anonymer Kommentar behält, wie er kam")
    panel.via.clear()
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Hinzugefügt, ohne einen Namen zu behalten."
    assert window.undo_stack.undoText() == "Kommentar hinzufügen"


def test_the_follow_ups_are_offered_in_german_kinds_of_file_and_the_chosen_one_is_written(qtbot, store, review, tmp_path, monkeypatch):
    """The save dialog lists each tracker's format in German; choosing the German Jira entry writes Jira's columns."""
    from facilitator.domain.actions import Action
    from facilitator.ui.record.follow_ups_export import export_follow_ups

    store.parking.add_action(review.id, Action("Alert on pool saturation", "Ada Quist"))
    offered = []

    def save_as(_parent, caption, _suggested, filters):
        offered.extend(filters.split(";;"))
        return str(tmp_path / "aufgaben.csv"), "Jira: CSV für den Import dort (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window = QMainWindow()
    qtbot.addWidget(window)
    assert export_follow_ups(window, store, review.id, Hub()) == tmp_path / "aufgaben.csv"
    assert offered[0] == "CSV für Tabellenkalkulationen (*.csv)" and len(offered) == 7
    assert (tmp_path / "aufgaben.csv").read_text(encoding="utf-8").startswith("Summary,Description,Assignee")


def test_the_view_menu_names_the_tabs_and_the_set_up_its_advice_in_german(qtbot, windows, review):
    """View ▸ the four tabs by their German names; each finding beside the people starts with its German level."""
    window = shown(qtbot, windows, review.id)
    entries = [act.text() for top in window.menuBar().actions() if top.menu() for act in top.menu().actions()]
    assert {"&Einrichtung", "&Zeitleiste", "&Meeting", "&Kommentare"} <= set(entries)
    assert not {"&Set-up", "&Timeline", "&Comments"} & set(entries)
    lines = [window.setup.findings_model.index(row, 0).data() for row in range(window.setup.findings_model.rowCount())]
    assert lines and all(line.startswith(("Empfehlung: ", "Hinweis: ")) for line in lines)


def test_an_unforeseen_failure_off_the_window_is_told_in_german_and_the_notes_window_titled(qtbot, windows, store, review):
    """A job's unexpected error reaches the window in German words; the notes window is 'INC-100 — Notizen'."""
    from PySide6.QtCore import QThreadPool

    from facilitator.ui.record.record_job import ReviewJob

    failures: list[str] = []

    def work(_store, _kept):
        raise RuntimeError("kaputt")

    job = ReviewJob(store.path, work, Hub())
    job.failed.connect(failures.append)
    job.start()
    qtbot.waitUntil(lambda: failures == ["ein unerwartetes Problem (RuntimeError: kaputt)"])
    QThreadPool.globalInstance().waitForDone(5000)
    assert open_notes(qtbot, windows, review).windowTitle() == "INC-100 — Notizen"


def test_the_card_says_in_german_which_questions_it_shows_and_that_nothing_is_marked(qtbot, windows, review, timeline, store):
    """A decision point's questions four at a time: 'Fragen 1–4 von N (Q für weitere)'; with no moment marked, the
    card says where to mark them, in German."""
    window = shown(qtbot, windows, review.id)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    meeting = window.meeting
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert re.search(r"Fragen 1–4 von \d+ \(Q für weitere\)", meeting.card.kind.text())
    meeting.card.show_entry(None, meeting.model.zone, "", 0)
    assert meeting.card.what.text().startswith("Noch sind keine Momente markiert.")
