"""At 1280x720 the key questions and the parked items and actions the room agrees on read at 20 px or more, as the
moment on screen does (they were 15–18 px in a full review on a real 720p screen)."""

import datetime as dt

from notes_helpers import meeting_in_timeline
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from shown import shown

from facilitator.content import texts
from facilitator.domain.actions import Action
from facilitator.domain.agenda import Phase
from facilitator.domain.parking import ParkCategory, ParkedItem

CTRL = Qt.KeyboardModifier.ControlModifier
ROOM_PX = 20


def _px(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _phase_at_720p(qtbot, windows, store, review, timeline, phase):
    store.parking.add(review.id, ParkedItem("Alert on connection pool saturation", ParkCategory.ACTION_IDEA, dt.datetime.now(dt.UTC)))
    store.parking.add_action(review.id, Action("Write down each batch job's connection budget", "Ada Quist"))
    meeting_in_timeline(store, review, timeline[4])
    window = shown(qtbot, windows, review.id)
    window.resize(1280, 720)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    view = window.meeting_view
    view.go_to_phase(phase)
    qtbot.waitUntil(lambda: view.bar.phase.text() == texts("meeting")["phases"][phase.value])
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720))
    return view


def test_the_key_questions_read_at_20_px_at_1280x720(qtbot, windows, store, review, timeline):
    view = _phase_at_720p(qtbot, windows, store, review, timeline, Phase.KEY_QUESTIONS)
    shown_view = view.view(Phase.KEY_QUESTIONS)
    sizes = {name: _px(getattr(shown_view, name)) for name in ("current", "progress", "list")}
    assert min(sizes.values()) >= ROOM_PX, sizes


def test_the_parked_items_and_actions_read_at_20_px_at_1280x720(qtbot, windows, store, review, timeline):
    view = _phase_at_720p(qtbot, windows, store, review, timeline, Phase.ACTIONS)
    actions = view.actions_phase
    sizes = {name: _px(getattr(actions, name)) for name in ("current", "status", "table", "action_list")}
    assert min(sizes.values()) >= ROOM_PX, sizes
