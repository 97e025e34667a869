"""The shared screen on a 720p projector: every word the room reads at 20 px or more, whole notes only, and the
zoom going to the questions first."""

import datetime as dt

from notes_helpers import meeting_in_timeline
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo, QWheelEvent
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.domain.agenda import Phase
from facilitator.domain.notes import Note, Place

CTRL = Qt.KeyboardModifier.ControlModifier
ROOM_PX = 20
LONG = (
    "When the handshake errors started we thought the client had rotated their own certificate, because the last "
    "time this happened it was on their side and nobody had told us about a change on ours"
)


def _px(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _at_720p_with_five_notes(qtbot, windows, store, review, timeline, private: int = 0):
    moment = timeline[4]
    meeting_in_timeline(store, review, moment)
    for n in range(5):
        store.notes.add(review.id, Note(f"Note {n + 1}: {LONG}", dt.datetime.now(dt.UTC), Place(Phase.TIMELINE, entry_id=moment.id)))
    for n in range(private):
        place = Place(Phase.TIMELINE, entry_id=moment.id)
        store.notes.add(review.id, Note(f"Private {n + 1}: {LONG}", dt.datetime.now(dt.UTC), place, private=True))
    window = shown(qtbot, windows, review.id)
    window.resize(1280, 720)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    strip = window.meeting_notes.strip
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720) and strip.isVisible() and bool(strip.shown_rows()))
    return window, window.meeting.card, strip


def _whole_or_away(strip) -> bool:
    """Each note is either wholly inside the strip's viewport or takes no room at all."""
    inside = strip.viewport().rect()
    for row in range(strip.notes_model.rowCount()):
        rect = strip.visualRect(strip.notes_model.index(row, 3)).united(strip.visualRect(strip.notes_model.index(row, 0)))
        if strip.rowHeight(row) == 0:
            continue
        if not inside.contains(rect) or rect.height() < strip.heights[row]:
            return False
    return True


def test_at_1280x720_the_prompt_its_questions_and_the_notes_are_at_least_20_px(qtbot, windows, store, review, timeline):
    """A moment with five long notes at 1280x720: prompt, questions and notes all 20 px or more; no note cut."""
    window, card, strip = _at_720p_with_five_notes(qtbot, windows, store, review, timeline)
    sizes = {name: _px(getattr(card, name)) for name in ("position", "when", "what", "kind", "questions")}
    sizes["notes"] = _px(strip)
    assert min(sizes.values()) >= ROOM_PX, sizes
    assert card.questions.text().count("•") >= 2, "the questions get the space before the notes"
    assert _whole_or_away(strip)
    assert strip.shown_rows()[-1] == 4, "the newest note is on screen"
    inside = card.contentsRect()
    assert all(label.geometry().bottom() <= inside.bottom() for label in (card.what, card.kind, card.questions))


def test_the_notes_scroll_a_whole_note_at_a_time(qtbot, windows, store, review, timeline):
    """The wheel over the notes brings the earlier notes in whole, and takes them out whole."""
    window, card, strip = _at_720p_with_five_notes(qtbot, windows, store, review, timeline)
    newest = strip.shown_rows()
    up = QWheelEvent(QPointF(10, 10), QPointF(strip.mapToGlobal(QPoint(10, 10))), QPoint(), QPoint(0, 120),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(strip.viewport(), up)
    qtbot.waitUntil(lambda: strip.shown_rows() != newest)
    assert strip.shown_rows()[-1] == newest[-1] - 1
    assert _whole_or_away(strip)


def test_zoom_grows_the_questions_first(qtbot, windows, store, review, timeline):
    """Ctrl+= at 1280x720 makes the questions larger, by more than the notes and the timer strip grow."""
    window, card, strip = _at_720p_with_five_notes(qtbot, windows, store, review, timeline)
    view = window.meeting_view
    before = _px(card.questions), _px(strip), _px(view.bar.phase)
    qtbot.keyClick(window.meeting, Qt.Key.Key_Equal, CTRL)
    after = _px(card.questions), _px(strip), _px(view.bar.phase)
    grew = [b / a for a, b in zip(before, after)]
    assert after[0] > before[0]
    assert grew[0] > grew[1] and grew[0] > grew[2], (before, after)
    assert min(_px(getattr(card, name)) for name in ("when", "what", "kind", "questions")) >= ROOM_PX
    assert _whole_or_away(strip)


def _in_sight(strip) -> int:
    return len(strip.shown_rows())


def test_at_1280x720_a_line_says_how_many_notes_are_out_of_sight_and_the_key_for_them(qtbot, windows, store, review, timeline):
    """Five long notes, room for one or two: under them "3 more notes — Ctrl+Up for earlier", at 20 px or more,
    inside the strip and the window, the notes still whole."""
    window, card, strip = _at_720p_with_five_notes(qtbot, windows, store, review, timeline)
    hidden = 5 - _in_sight(strip)
    assert hidden >= 3
    assert strip.more.isVisible()
    assert strip.more.text() == f"{hidden} more notes — Ctrl+Up for earlier"
    assert _px(strip.more) >= ROOM_PX
    assert strip.more.height() >= strip.more.fontMetrics().height()
    below = strip.mapTo(window, strip.more.geometry().bottomLeft()).y()
    last = strip.visualRect(strip.notes_model.index(4, 3))
    assert strip.viewport().mapTo(strip, last.bottomLeft()).y() < strip.more.geometry().top() and below <= window.height()
    assert strip.more.geometry().bottom() < strip.height()
    assert _whole_or_away(strip) and strip.shown_rows()[-1] == 4


def test_ctrl_up_and_ctrl_down_bring_the_earlier_and_newer_notes_in_and_the_line_follows(qtbot, windows, store, review, timeline):
    window, card, strip = _at_720p_with_five_notes(qtbot, windows, store, review, timeline)
    newest = strip.shown_rows()
    qtbot.keyClick(window, Qt.Key.Key_Up, CTRL)
    qtbot.waitUntil(lambda: strip.shown_rows() != newest)
    assert strip.shown_rows()[-1] == 3 and _whole_or_away(strip)
    hidden = 5 - _in_sight(strip)
    assert strip.more.text() == f"{hidden} more notes — Ctrl+Up for earlier, Ctrl+Down for newer"
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Up, CTRL)
    qtbot.waitUntil(lambda: strip.shown_rows()[0] == 0)
    assert strip.more.text().endswith("— Ctrl+Down for newer")
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: strip.shown_rows()[-1] == 4)
    assert strip.more.text().endswith("— Ctrl+Up for earlier")


def test_private_notes_are_never_counted_on_the_room_screen(qtbot, windows, store, review, timeline):
    """Three private notes under the same moment: the line counts only the five the room may see."""
    window, card, strip = _at_720p_with_five_notes(qtbot, windows, store, review, timeline, private=3)
    assert strip.notes_model.rowCount() == 5
    assert strip.more.text() == f"{5 - _in_sight(strip)} more notes — Ctrl+Up for earlier"
    assert "Private" not in " ".join(strip.notes_model.note_at(r).text for r in range(5))


def test_no_line_when_every_note_is_in_sight(qtbot, windows, store, review, timeline):
    moment = timeline[4]
    meeting_in_timeline(store, review, moment)
    store.notes.add(review.id, Note("Short one", dt.datetime.now(dt.UTC), Place(Phase.TIMELINE, entry_id=moment.id)))
    window = shown(qtbot, windows, review.id)
    window.resize(1280, 720)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    strip = window.meeting_notes.strip
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720) and strip.isVisible() and bool(strip.shown_rows()))
    assert strip.shown_rows() == [0] and not strip.more.isVisible()


def test_the_line_saying_how_many_more_never_covers_a_note(qtbot, windows, store, review, timeline):
    """At 1280x720 with five long notes: the newest note shows whole, and the 'more' line sits below the notes."""
    _window, _card, strip = _at_720p_with_five_notes(qtbot, windows, store, review, timeline)
    assert strip.more.isVisible()
    notes_end = strip.viewport().geometry().bottom()
    assert strip.more.geometry().top() > notes_end
    assert _whole_or_away(strip) and strip.shown_rows()
