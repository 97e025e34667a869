"""The review set-up, driven by keys: details saved as typed, people, live guidance."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.app.changes import Change, Changed
from facilitator.ui.prep.people_model import ATTENDANCE, INVOLVED, PeopleModel


def _open(qtbot, windows, review):
    window = shown(qtbot, windows, review.id)
    return window


def _codes(window):
    return [f.code for f in window.setup.findings_model.findings()]


def _replace_text(qtbot, line, text):
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_window_is_titled_with_the_incident_reference(qtbot, windows, review):
    """The review window's title is '<incident ref> — Facilitator'."""
    assert _open(qtbot, windows, review).windowTitle() == "INC-100 — Facilitator"


def test_typed_title_is_saved_without_pressing_anything(qtbot, windows, review, store):
    """A title typed into the form reaches the database shortly after the last keystroke."""
    window = _open(qtbot, windows, review)
    _replace_text(qtbot, window.setup.form.title, "Checkout errors for two evenings")
    qtbot.waitUntil(lambda: store.get(review.id).title == "Checkout errors for two evenings")


def test_reference_change_retitles_the_window(qtbot, windows, review, store):
    """Changing the incident reference and pressing Tab updates the window title."""
    window = _open(qtbot, windows, review)
    _replace_text(qtbot, window.setup.form.incident_ref, "INC-101")
    qtbot.keyClick(window.setup.form.incident_ref, Qt.Key.Key_Tab)
    assert store.get(review.id).incident_ref == "INC-101"
    assert window.windowTitle() == "INC-101 — Facilitator"


def test_empty_reference_is_refused_with_a_reason_and_the_text_kept(qtbot, windows, review, store):
    """Clearing the reference shows why it cannot be saved and leaves the stored one alone."""
    window = _open(qtbot, windows, review)
    form = window.setup.form
    form.incident_ref.setFocus()
    form.incident_ref.selectAll()
    qtbot.keyClick(form.incident_ref, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.incident_ref, "   ")
    qtbot.keyClick(form.incident_ref, Qt.Key.Key_Tab)
    assert form.problem.isVisible()
    assert "reference" in form.problem.text()
    assert form.incident_ref.text() == "   "
    assert store.get(review.id).incident_ref == "INC-100"


def test_unknown_time_zone_is_refused_and_a_known_one_saved(qtbot, windows, review, store):
    """A misspelt zone is refused with a hint; a real one is stored."""
    window = _open(qtbot, windows, review)
    form = window.setup.form
    zone = form.timezone.lineEdit()
    _replace_text(qtbot, zone, "Europe/Londn")
    form.commit()
    assert "time zone" in form.problem.text()
    assert store.get(review.id).timezone == "Europe/London"
    _replace_text(qtbot, zone, "America/Chicago")
    form.commit()
    assert not form.problem.isVisible()
    assert store.get(review.id).timezone == "America/Chicago"


def test_slot_length_stays_within_30_to_240_minutes(qtbot, windows, review, store):
    """The slot steps by keyboard; 500 typed is refused with the reason and kept on screen, not turned into 50."""
    window = _open(qtbot, windows, review)
    form = window.setup.form
    slot = form.slot
    slot.setFocus()
    qtbot.keyClick(slot, Qt.Key.Key_Up)
    qtbot.keyClick(slot, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: store.get(review.id).slot_minutes == 120)
    slot.selectAll()
    qtbot.keyClicks(slot, "500")
    form.commit()
    assert slot.value() == 500 and "between 30 and 240" in form.problem.text()
    assert store.get(review.id).slot_minutes == 120


def _other_store(store):
    """A second connection to the same file, as another process would have."""
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore

    return ReviewStore(open_database(store.db.conn.execute("PRAGMA database_list").fetchone()[2]))


def test_a_detail_saved_here_keeps_another_windows_change_to_another(qtbot, windows, review, store):
    """Another process sets the client; this window then saves its title at once: both are kept."""
    window = _open(qtbot, windows, review)
    form = window.setup.form
    other = _other_store(store)
    try:
        other.update_fields(review.id, {"client": "Calder & Finch"})
        _replace_text(qtbot, form.title, "Checkout errors, second night")
        form.commit()
    finally:
        other.db.close()
    stored = store.get(review.id)
    assert (stored.title, stored.client) == ("Checkout errors, second night", "Calder & Finch")


def test_an_empty_title_holds_back_no_other_detail(qtbot, windows, review, store):
    """With the title emptied (refused, and said so), a new client is still saved."""
    window = _open(qtbot, windows, review)
    form = window.setup.form
    _replace_text(qtbot, form.title, "")
    qtbot.keyClick(form.title, Qt.Key.Key_Delete)
    _replace_text(qtbot, form.client, "Other Client")
    form.commit()
    stored = store.get(review.id)
    assert stored.client == "Other Client" and stored.title == review.title
    assert "title" in form.problem.text()


def test_a_date_is_saved_as_typed_or_refused(qtbot, windows, review, store):
    """'2025-03-07' is the 7th of March; '2024-02-30' is no date and is refused with how to type one."""
    import datetime as dt

    window = _open(qtbot, windows, review)
    form = window.setup.form
    _replace_text(qtbot, form.incident_date, "2025-03-07")
    form.commit()
    assert store.get(review.id).incident_date == dt.date(2025, 3, 7)
    _replace_text(qtbot, form.incident_date, "2024-02-30")
    form.commit()
    assert store.get(review.id).incident_date == dt.date(2025, 3, 7)
    assert "YYYY-MM-DD" in form.problem.text()


def test_an_incident_date_no_one_can_mean_is_refused_with_the_range_and_stays_typed(qtbot, windows, review, store):
    """0001 or 9999 is a slip, not a date: refused with the range (1990 to a year after today by the review's
    clock), the typed text left in the field to mend, the stored date unchanged; 1990-01-01 is taken."""
    import datetime as dt

    window = _open(qtbot, windows, review)
    form = window.setup.form
    latest = store.clock.now().date() + dt.timedelta(days=366)
    for typed in ("0001-01-01", "9999-12-31", "1989-12-31", (latest + dt.timedelta(days=1)).isoformat()):
        _replace_text(qtbot, form.incident_date, typed)
        form.commit()
        assert store.get(review.id).incident_date == review.incident_date
        assert form.incident_date.text() == typed
        assert form.problem.isVisible()
        assert f"The incident date {typed} cannot be right" in form.problem.text()
        assert f"from 1990-01-01 to {latest.isoformat()}" in form.problem.text()
    _replace_text(qtbot, form.incident_date, "1990-01-01")
    form.commit()
    assert store.get(review.id).incident_date == dt.date(1990, 1, 1) and not form.problem.isVisible()


def test_a_number_being_typed_survives_another_windows_save(qtbot, windows, review, store):
    """Typing the slot while another process writes: the typed digits stay and are what is saved."""
    window = _open(qtbot, windows, review)
    form = window.setup.form
    form.slot.setFocus()
    form.slot.selectAll()
    qtbot.keyClicks(form.slot, "15")
    other = _other_store(store)
    try:
        other.update_fields(review.id, {"severity": "SEV1"})
        qtbot.waitUntil(lambda: form.severity.text() == "SEV1", timeout=3000)
    finally:
        other.db.close()
    qtbot.keyClicks(form.slot, "0")
    form.commit()
    assert store.get(review.id).slot_minutes == 150


def test_well_set_up_review_has_only_a_note_about_outside_parties(qtbot, windows, review):
    """The fixture review follows the guidance; only the client contact's presence is noted."""
    window = _open(qtbot, windows, review)
    assert _codes(window) == ["outside_parties"]
    assert window.setup.all_clear.isVisible()


def test_marking_the_facilitator_as_involved_brings_advice(qtbot, windows, review):
    """Ticking 'involved' for the facilitator with the keyboard shows that finding at once."""
    window = _open(qtbot, windows, review)
    table = window.setup.people.table
    facilitator_row = window.setup.people.model.row_of(next(p.id for p in windows.store.people(review.id) if p.facilitates))
    table.setFocus()
    table.setCurrentIndex(table.model().index(facilitator_row, INVOLVED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert "facilitator_involved" in _codes(window)
    assert "Cyd Marr" in window.setup.findings_view.model().index(0, 0).data()


def test_choosing_the_facilitator_as_note_taker_brings_advice(qtbot, windows, review, store):
    """Making one person both facilitator and note-taker is flagged, and not blocked."""
    window = _open(qtbot, windows, review)
    combo = window.setup.people.note_taker
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("Cyd Marr"))
    combo.activated.emit(combo.currentIndex())
    assert "note_taker_is_facilitator" in _codes(window)
    cyd = next(p for p in store.people(review.id) if p.name == "Cyd Marr")
    assert cyd.facilitates and cyd.takes_notes


def test_typing_a_name_and_enter_adds_a_person(qtbot, windows, review, store):
    """A name typed in the add field and Enter adds an invited person, shown in the table."""
    window = _open(qtbot, windows, review)
    people = window.setup.people
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert people.new_name.hasFocus()
    qtbot.keyClicks(people.new_name, "Gus Ferreira")
    qtbot.keyClick(people.new_name, Qt.Key.Key_Return)
    assert [p.name for p in store.people(review.id)][-1] == "Gus Ferreira"
    assert people.model.rowCount() == 7
    assert people.new_name.text() == ""


def test_attendance_edited_in_the_table_updates_the_advice(qtbot, windows, review, store):
    """Setting the client contact to 'not invited' brings the client finding."""
    window = _open(qtbot, windows, review)
    model: PeopleModel = window.setup.people.model
    row = model.row_of(next(p.id for p in store.people(review.id) if p.name == "Fay Brooke"))
    assert model.setData(model.index(row, ATTENDANCE), "not invited")
    assert "client_without_contact" in _codes(window)


def test_removing_a_person_can_be_undone(qtbot, windows, review, store):
    """Delete removes the selected person and Ctrl+Z brings them back with their duties."""
    window = _open(qtbot, windows, review)
    people = window.setup.people
    table = people.table
    cyd_row = people.model.row_of(next(p.id for p in store.people(review.id) if p.name == "Cyd Marr"))
    table.setFocus()
    table.selectRow(cyd_row)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Cyd Marr" not in [p.name for p in store.people(review.id)]
    assert "no_facilitator" in _codes(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    cyd = next(p for p in store.people(review.id) if p.name == "Cyd Marr")
    assert cyd.facilitates
    assert "no_facilitator" not in _codes(window)


def test_delete_key_in_a_text_field_does_not_remove_anyone(qtbot, windows, review, store):
    """Pressing Delete while typing edits the text, it never removes a person."""
    window = _open(qtbot, windows, review)
    window.setup.people.table.selectRow(0)
    line = window.setup.form.title
    line.setFocus()
    line.home(False)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    assert len(store.people(review.id)) == 6
    assert line.text() == review.title[1:]


def test_dark_palette_toggle_is_one_shortcut_and_remembered(qtbot, windows, review):
    """Ctrl+Shift+D switches to a dark palette, and the choice is kept for next time."""
    from facilitator.ui.common import settings, theme

    window = _open(qtbot, windows, review)
    was_dark = theme.is_dark()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert theme.is_dark() is not was_dark
    assert settings.value("appearance/palette") == ("dark" if not was_dark else "light")
    theme.apply(QApplication.instance(), was_dark)
    settings.set_value("appearance/palette", "system")


def test_a_change_in_another_window_shows_here(qtbot, windows, review, store):
    """A person added through another connection appears in the open set-up."""
    from facilitator.domain.people import Person
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore

    window = _open(qtbot, windows, review)
    other = ReviewStore(open_database(store.db.conn.execute("PRAGMA database_list").fetchone()[2]))
    other.add_person(review.id, Person("Hal Ito"))
    qtbot.waitUntil(lambda: window.setup.people.model.rowCount() == 7, timeout=3000)
    other.db.close()


def test_at_1280_by_720_the_people_table_shows_every_column_without_scrolling(qtbot, windows, review):
    """On a 720p screen the set-up's form gives way, so the people table needs no sideways scrolling."""
    window = _open(qtbot, windows, review)
    window.resize(1280, 720)
    window.show_panel(window.setup)
    QApplication.processEvents()
    table = window.setup.people.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_a_long_title_shows_from_its_start(qtbot, windows, review, store):
    """A title longer than its field is shown from the first word, not scrolled to its end."""
    store.update(review.with_changes(title="Checkout errors after certificate rotation on the payment edge, two evenings"))
    window = _open(qtbot, windows, review)
    windows.events.hub.publish(Changed(Change.EVERYTHING))
    assert window.setup.form.title.cursorPosition() == 0


def test_a_long_time_zone_name_shows_from_its_start(qtbot, windows, review, store):
    """The time-zone box is narrow at 720p, so a long zone name is shown from its first letter."""
    store.update(review.with_changes(timezone="America/Argentina/Buenos_Aires"))
    window = _open(qtbot, windows, review)
    windows.events.hub.publish(Changed(Change.EVERYTHING))
    assert window.setup.form.timezone.lineEdit().cursorPosition() == 0


def test_the_summary_and_impact_are_typed_line_by_line_and_left_with_tab(qtbot, windows, review, store):
    """Enter starts a new line in the summary or impact; Tab moves on and the text is saved with its lines."""
    window = _open(qtbot, windows, review)
    form = window.setup.form
    form.summary.setFocus()
    qtbot.keyClicks(form.summary, "Checkout failed for 70 minutes.")
    qtbot.keyClick(form.summary, Qt.Key.Key_Return)
    qtbot.keyClicks(form.summary, "The pool was smaller.")
    qtbot.keyClick(form.summary, Qt.Key.Key_Tab)
    assert not form.summary.hasFocus()
    assert store.get(review.id).summary == "Checkout failed for 70 minutes.\nThe pool was smaller."
    form.impact.setFocus()
    qtbot.keyClicks(form.impact, "Who: buyers")
    qtbot.keyClick(form.impact, Qt.Key.Key_Return)
    qtbot.keyClicks(form.impact, "How long: 70 min")
    qtbot.waitUntil(lambda: store.get(review.id).impact == "Who: buyers\nHow long: 70 min")
    assert form.impact.hasFocus()


def test_the_meeting_day_time_place_and_link_are_saved_or_refused_with_how_to_type_them(qtbot, windows, review, store):
    """'2026-10-19' and '14:00' are the meeting's day and time; '25:00' is refused, saying how to type a time."""
    import datetime as dt

    window = _open(qtbot, windows, review)
    form = window.setup.form
    for line, text in ((form.meeting_date, "2026-10-19"), (form.meeting_time, "14:00"), (form.meeting_place, "Lomond room"),
                       (form.meeting_link, "https://meet.example.com/x")):
        _replace_text(qtbot, line, text)
        qtbot.keyClick(line, Qt.Key.Key_Tab)
    saved = store.get(review.id)
    assert (saved.meeting_date, saved.meeting_time) == (dt.date(2026, 10, 19), dt.time(14, 0))
    assert (saved.meeting_place, saved.meeting_link) == ("Lomond room", "https://meet.example.com/x")
    _replace_text(qtbot, form.meeting_time, "25:00")
    qtbot.keyClick(form.meeting_time, Qt.Key.Key_Tab)
    assert "HH:MM" in form.problem.text() and form.meeting_time.text() == "25:00"
    assert store.get(review.id).meeting_time == dt.time(14, 0)
    _replace_text(qtbot, form.meeting_time, "9.30")
    qtbot.keyClick(form.meeting_time, Qt.Key.Key_Tab)
    assert store.get(review.id).meeting_time == dt.time(9, 30) and not form.problem.isVisible()


def test_at_1280_by_720_every_detail_of_the_set_up_shows_at_its_full_height(qtbot, windows, review):
    """With the summary, impact and meeting details added, no field of the form is squeezed below its height on a
    720p screen, and the people table still shows every column."""
    window = _open(qtbot, windows, review)
    window.resize(1280, 720)
    window.show_panel(window.setup)
    QApplication.processEvents()
    form = window.setup.form
    fields = (form.incident_ref, form.title, form.slot, form.timezone, form.meeting_date, form.meeting_place, form.meeting_link)
    qtbot.waitUntil(lambda: all(f.height() >= f.sizeHint().height() for f in fields))
    for box in (form.summary, form.impact):
        assert box.height() >= 3 * box.fontMetrics().lineSpacing()
        assert box.visibleRegion().boundingRect().height() == box.height()
    assert window.setup.findings_view.height() >= 3 * window.setup.findings_view.fontMetrics().lineSpacing()


def test_a_screen_reader_names_every_new_field_of_the_set_up(qtbot, windows, review):
    """The summary, impact and the meeting's day, time, place and call link each have a name a screen reader says."""
    from PySide6.QtGui import QAccessible

    window = _open(qtbot, windows, review)
    form = window.setup.form
    names = {
        widget: QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        for widget in (form.summary, form.impact, form.meeting_date, form.meeting_time, form.meeting_place, form.meeting_link)
    }
    assert all(name.strip() for name in names.values()), names
    assert names[form.meeting_time] == "Review meeting time"
