"""A facilitator who has never seen the app runs a whole review from an empty database, by keys and clicks: a new
review from the library, its set-up, a published-postmortem Markdown timeline and a CSV one through the import
preview, moments marked, the meeting phase by phase with a note-taker's window open and ideas parked, their fates
and three owned actions at the end, and the Markdown record in the incident folder."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.domain.agenda import Phase
from facilitator.domain.parking import Fate

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

POSTMORTEM = """# Postmortem: payments API outage, 29 October 2026

## Summary

For 74 minutes card payments failed for about 40% of checkout attempts.

## Timeline

All times are UTC.

- **13:58 UTC** — Deploy of payments-api v4.12.0 starts (routine Thursday release).
- **14:02 UTC** — Error rate on `/v2/charge` climbs to 8%. The `PaymentsErrorRate` alert pages the on-call engineer.
- **14:04 UTC** — Priya (on call) acknowledges the page.
- **14:06 UTC** — Priya opens the payments dashboard; p99 latency is 9 s and the pool graph is flat at its maximum.
- **14:09 UTC** — Priya posts in #inc-payments: "Looks like the DB pool is exhausted, not sure why yet".
- **14:11 UTC** — Customer support reports a spike in "payment failed" tickets.
- **14:13 UTC** — Incident declared as SEV-2. Priya takes incident command.
- **14:15 UTC** — Marcus joins and starts looking at the deploy.
  He notices the new release changed the connection pool size
  from 50 to 5 in the Helm values.
- **14:19 UTC** — Marcus suggests a rollback; Priya asks to wait until they confirm the pool change is the cause.
- **14:22 UTC** — Database CPU is normal (35%); no slow queries in the log.
- **14:24 UTC** — Priya decides to roll back payments-api to v4.11.3.
- **14:26 UTC** — Rollback starts. The pipeline is queued behind two other deploys.
- **14:31 UTC** — Rollback still queued. Marcus asks in #deploys for the queue to be cleared.
- **14:34 UTC** — Release manager (Jonas) cancels the two queued deploys.
- **14:37 UTC** — Rollback to v4.11.3 begins rolling out.
- **14:41 UTC** — Half the pods are on v4.11.3; error rate down to 4%.
- **14:44 UTC** — Incident upgraded to SEV-1: a large merchant cannot take payments at all.
- **14:46 UTC** — Sam (account manager) emails the merchant with a first update.
- **14:49 UTC** — All pods on v4.11.3. Error rate still 3%.
- **14:53 UTC** — Marcus finds the merchant's requests hit eu-west-2,
  whose rollback did not run.
- **14:55 UTC** — Rollback triggered by hand for eu-west-2.
- **15:02 UTC** — eu-west-2 back on v4.11.3.
- **15:05 UTC** — Error rate below 0.1% in every region.
- **15:08 UTC** — Sam confirms with the merchant that payments work again.
- **15:12 UTC** — Incident resolved. Priya posts a summary in #inc-payments.
- **15:20 UTC** — Jonas opens a ticket to find out why eu-west-2 was missed by the rollback.
- **15:40 UTC** — Status page updated to "resolved".

## Root cause

A typo in the Helm values.
"""

SHEET = """time,who,what
2026-10-29 13:40,Jonas,"Release train for Thursday approved, payments-api v4.12.0 included"
2026-10-29 13:52,CI,"payments-api v4.12.0 build green, Helm chart values changed"
2026-10-29 15:30,Priya,Asked the team to hold further deploys of payments-api until the review
2026-10-29 16:10,Sam,Merchant asked for a written incident report by Friday
"""

PEOPLE = {
    "Priya Raman": ("responder", True),
    "Marcus Cole": ("responder", True),
    "Jonas Weber": ("tech team", True),
    "Sam Okafor": ("client contact", False),
    "Lena Fischer": ("senior staff", False),
    "Tom Hale": ("tech team", False),
    "Ruth Adeyemi": ("tech team", False),
}
MOMENTS = {  # the entry (in time order, both files together) and the digit that marks it
    4: "4", 7: "3", 9: "2", 12: "2", 18: "1", 19: "3", 21: "4", 24: "5",
}
PARKED = {  # while the moment with this number is on screen
    1: "Alert on connection-pool saturation, not only on error rate",
    3: "Let a rollback jump the deploy queue",
    5: "Check every region after a rollback",
}
DROPPED_BECAUSE = "covered by the rollback ticket Jonas opened"
ACTIONS = [
    ("Alert on connection-pool saturation, not only on error rate", "Priya Raman", "2026-11-20"),
    ("Let a rollback jump the deploy queue", "Marcus Cole", "2026-11-27"),
    ("Write the client update template for payment outages", "Jonas Weber", "2026-12-04"),
]


def _when_modal(callback):
    """Answer the next modal dialog as a user would, once it is up and has the keys."""

    def answer():
        modal = QApplication.activeModalWidget()
        if modal is None or QApplication.activeWindow() is not modal or QApplication.focusWidget() is None:
            QTimer.singleShot(10, answer)
            return
        callback(modal)

    QTimer.singleShot(0, answer)


def _key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _back_to(qtbot, window):
    """Click back into a window (offscreen there is no window manager to give it the keys after a dialog)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)


def _new_review(qtbot, windows):
    library = windows.show_library()
    library.resize(1280, 720)
    qtbot.waitExposed(library)
    _back_to(qtbot, library)

    def fill(dialog):
        qtbot.keyClicks(dialog.incident_ref, "INC-2041")
        qtbot.keyClick(dialog.incident_ref, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Card payments failing after a payments-api release")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    _when_modal(fill)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(windows.reviews) == 1)
    window = next(iter(windows.reviews.values()))
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    _back_to(qtbot, window)
    return window


def _set_up(qtbot, window, store, folder):
    assert window.tabs.currentWidget() is window.setup
    form = window.setup.form
    for field, text in (
        (form.incident_date, "2026-10-29"), (form.severity, "SEV-1"), (form.client, "Brightmart"), (form.folder, str(folder)),
        (form.summary, "Card payments failed for 40% of checkouts for 74 minutes after a release."),
        (form.impact, "About 3,100 failed payments; one large merchant could not take payments for an hour."),
    ):
        field.setFocus()
        if hasattr(field, "selectAll"):
            field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(form.major, Qt.Key.Key_Space)
    people = window.setup.people
    for name in PEOPLE:
        people.new_name.setFocus()
        qtbot.keyClicks(people.new_name, name)
        qtbot.keyClick(people.new_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people.model.rowCount() == len(PEOPLE))
    table = people.table
    for row, (role, involved) in enumerate(PEOPLE.values()):
        for column, choice in ((1, role), (3, "present")):
            table.setFocus()
            table.setCurrentIndex(people.model.index(row, column))
            qtbot.keyClick(table, Qt.Key.Key_F2)
            qtbot.keyClicks(QApplication.focusWidget(), choice)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        if involved:
            table.setCurrentIndex(people.model.index(row, 2))
            qtbot.keyClick(table, Qt.Key.Key_Space)
    for combo, name in ((people.facilitator, "Ruth"), (people.note_taker, "Tom")):
        combo.setFocus()
        qtbot.keyClicks(combo, name)
    review_id = window.review_id
    qtbot.waitUntil(lambda: [(p.role.value, p.involved) for p in store.people(review_id)] == list(PEOPLE.values()))
    qtbot.waitUntil(lambda: [p.name for p in store.people(review_id) if p.facilitates or p.takes_notes] == ["Tom Hale", "Ruth Adeyemi"])
    review = store.get(review_id)
    assert (review.incident_date.isoformat(), review.severity, review.major, review.client) == ("2026-10-29", "SEV-1", True, "Brightmart")


def _import(qtbot, window, monkeypatch, path):
    """File → Import timeline (Ctrl+I), the file chosen, Enter in the preview."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    panel = window.timeline
    _key(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.preview.reading())
    counts = panel.preview.counts.text()
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.preview is None and panel.message.text().startswith("Added"))
    _back_to(qtbot, window)
    return counts


def _prepare_timeline(qtbot, window, store, monkeypatch, tmp_path):
    _back_to(qtbot, window)
    _key(qtbot, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentWidget() is window.timeline
    (tmp_path / "postmortem.md").write_text(POSTMORTEM)
    (tmp_path / "responders.csv").write_text(SHEET)
    assert _import(qtbot, window, monkeypatch, tmp_path / "postmortem.md") == "27 entries to add · nothing left out"
    assert _import(qtbot, window, monkeypatch, tmp_path / "responders.csv") == "4 entries to add · nothing left out"
    entries = store.timeline.entries(window.review_id)
    assert len(entries) == 31
    assert entries[9].text == (
        "Marcus joins and starts looking at the deploy. He notices the new release changed the connection pool size"
        " from 50 to 5 in the Helm values."
    )
    panel = window.timeline
    for row, digit in MOMENTS.items():
        panel.select_entry(entries[row].id)
        qtbot.keyClick(panel.table, digit)
    qtbot.waitUntil(lambda: store.timeline.marked_count(window.review_id) == len(MOMENTS))
    return [entries[row] for row in MOMENTS]


def _keep_note(qtbot, notes, text):
    qtbot.keyClicks(notes.input, text)
    qtbot.keyClick(notes.input, Qt.Key.Key_Return)


def _walk_the_timeline(qtbot, window, notes, clock, moments):
    """A note under each moment, ideas parked under three of them, PageDown to the next; past the last, the key
    questions."""
    view = window.meeting_view
    noted = {}
    for number, moment in enumerate(moments):
        assert window.meeting.current_id == moment.id
        noted[moment.id] = f"What the dashboard showed at {moment.at:%H:%M} was read differently by each responder"
        _keep_note(qtbot, notes, noted[moment.id])
        _back_to(qtbot, window)
        if number in PARKED:
            _key(qtbot, Qt.Key.Key_P, CTRL)
            qtbot.keyClicks(window.parking.text, PARKED[number])
            qtbot.keyClick(window.parking.text, Qt.Key.Key_Return)
        clock.advance(minutes=6)
        _key(qtbot, Qt.Key.Key_PageDown)
    assert view.reading.phase is Phase.KEY_QUESTIONS
    return noted


def _key_questions(qtbot, window, notes, clock):
    view = window.meeting_view
    answers = []
    for number in range(len(view.key_questions.model.questions)):
        answers.append(f"The room's answer to key question {number + 1}")
        _keep_note(qtbot, notes, answers[-1])
        _back_to(qtbot, window)
        _key(qtbot, Qt.Key.Key_N if number == 2 else Qt.Key.Key_Space)
        clock.advance(minutes=2)
        _key(qtbot, Qt.Key.Key_PageDown)
    assert view.reading.phase is Phase.ACTIONS
    return answers


def _action(qtbot, window, key, title, owner, due):
    """The action dialog, filled by keys: title (when not given by the parked item), owner, due date, Ctrl+Enter."""

    def fill(dialog):
        if not dialog.title.text():
            qtbot.keyClicks(dialog.title, title)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), owner)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), due)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    _when_modal(fill)
    _key(qtbot, key)
    _back_to(qtbot, window)


def _fates_and_actions(qtbot, window, store):
    """A and A make the first two parked ideas actions, D drops the third with a reason; K makes the third action
    for the key question answered 'not yet'."""
    (first, second, third) = ACTIONS
    _action(qtbot, window, Qt.Key.Key_A, *first)
    _key(qtbot, Qt.Key.Key_N)
    _action(qtbot, window, Qt.Key.Key_A, *second)
    _key(qtbot, Qt.Key.Key_N)

    def reason(dialog):
        qtbot.keyClicks(dialog.reason, DROPPED_BECAUSE)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    _when_modal(reason)
    _key(qtbot, Qt.Key.Key_D)
    _back_to(qtbot, window)
    _action(qtbot, window, Qt.Key.Key_K, *third)
    review_id = window.review_id
    qtbot.waitUntil(lambda: len(store.parking.actions(review_id)) == 3)
    assert [i.fate for i in store.parking.items(review_id)] == [Fate.ACTION, Fate.ACTION, Fate.DROPPED]


def _record_lines(qtbot, window, folder):
    window.record_exporter.ask_open_folder = lambda parent, written: False
    with qtbot.waitSignal(window.record_exporter.done, timeout=10000):
        _key(qtbot, Qt.Key.Key_E, CTRL)
    record = folder / "2026-10-29-INC-2041-review.md"
    assert str(record) in window.statusBar().currentMessage()
    return record.read_text(encoding="utf-8").splitlines()


def test_a_whole_review_from_an_empty_database_to_the_record_in_the_incident_folder(
    qtbot, windows, store, clock, tmp_path, monkeypatch
):
    folder = tmp_path / "INC-2041"
    folder.mkdir()
    window = _new_review(qtbot, windows)
    _set_up(qtbot, window, store, folder)
    moments = _prepare_timeline(qtbot, window, store, monkeypatch, tmp_path)

    _key(qtbot, Qt.Key.Key_3, CTRL)
    notes = windows.open_notes(window.review_id)
    notes.resize(1280, 720)
    qtbot.waitExposed(notes)
    _back_to(qtbot, window)
    _key(qtbot, Qt.Key.Key_F5)
    assert window.meeting_view.reading.phase is Phase.OPENING
    _keep_note(qtbot, notes, "Ruth read the Prime Directive aloud")
    clock.advance(minutes=5)
    _back_to(qtbot, window)
    _key(qtbot, Qt.Key.Key_PageDown)
    noted = _walk_the_timeline(qtbot, window, notes, clock, moments)
    answers = _key_questions(qtbot, window, notes, clock)
    _fates_and_actions(qtbot, window, store)
    clock.advance(minutes=10)
    _key(qtbot, Qt.Key.Key_PageDown)
    assert window.meeting_view.reading.phase is Phase.CLOSE
    _keep_note(qtbot, notes, "Everyone would come to another review like this one")
    _back_to(qtbot, window)
    _key(qtbot, Qt.Key.Key_End, CTRL | SHIFT)
    lines = _record_lines(qtbot, window, folder)

    for moment in moments:  # each moment's line, and the note taken while it was on screen right under it
        (at,) = [n for n, line in enumerate(lines) if line.startswith(f"- **{moment.at:%H:%M}** **⚑") and moment.text[:30] in line]
        assert lines[at + 1] == f"    - {noted[moment.id]}"
    assert "- Ruth read the Prime Directive aloud" in lines
    assert all(f"- {answer}" in lines for answer in answers)
    assert "- Everyone would come to another review like this one" in lines
    assert "| Let a rollback jump the deploy queue |  | Action idea | Became an action |" in lines
    assert f"| Check every region after a rollback |  | Action idea | Dropped: {DROPPED_BECAUSE} |" in lines
    for rank, (title, owner, due) in enumerate(ACTIONS, start=1):
        assert f"| {rank} | {title} | {owner} | {due} | medium |  | no |" in lines
    assert lines.index("## Timeline") < lines.index("## Key questions") < lines.index("## Parking lot") < lines.index("## Actions")
