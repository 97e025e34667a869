"""The agenda's minutes: a number typed past a box's limits shows as typed, then becomes the limit, and the dialog
says why (Qt dropped the key, or put the old value back, without a word)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from shown import active, on_tab

from facilitator.content import texts
from facilitator.domain.agenda import Phase
from facilitator.ui.prep.agenda_dialog import AgendaDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _dialog(qtbot, store, review) -> AgendaDialog:
    return active(qtbot, AgendaDialog(store, review.id, texts("meeting")["phases"]))


def _type(qtbot, dialog, phase: Phase, minutes: str):
    box = dialog.boxes[phase]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, minutes)
    return box


def test_a_number_past_the_slot_shows_as_typed_then_is_cut_to_the_slot_with_the_reason(qtbot, store, review):
    """95 typed in a 90-minute slot used to show 9 (the 5 dropped); now 95 shows, Tab cuts it to 90 and says so,
    and as 90 leaves nothing for the other phases that is said too, the opening keeping its 5 minutes."""
    dialog = _dialog(qtbot, store, review)
    box = _type(qtbot, dialog, Phase.OPENING, "95")
    assert box.text() == "95 min"
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert dialog.problem.text() == (
        "No phase can be longer than the 90-minute slot: 95 min was cut to 90 min. "
        "That leaves too little of the 90-minute slot for the other phases."
    )
    assert box.value() == 5


def test_a_number_under_a_minute_is_raised_to_one_with_the_reason(qtbot, store, review):
    """0 typed used to put the old minutes back silently; now it becomes 1 minute, the timeline takes the rest."""
    dialog = _dialog(qtbot, store, review)
    before = dialog.boxes[Phase.TIMELINE].value()
    box = _type(qtbot, dialog, Phase.OPENING, "0")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert dialog.problem.text() == "Every phase needs at least a minute: 0 min was raised to 1 min."
    assert box.value() == 1
    assert dialog.boxes[Phase.TIMELINE].value() == before + 4
    assert dialog.total.text() == "Total: 90 of 90 minutes"


def test_enter_on_a_capped_number_keeps_the_dialog_open_until_the_reason_is_read(qtbot, store, review):
    """0 then Enter: the dialog stays with the reason and the minute it took; Enter again saves that minute."""
    dialog = _dialog(qtbot, store, review)
    box = _type(qtbot, dialog, Phase.OPENING, "0")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.text() == "Every phase needs at least a minute: 0 min was raised to 1 min."
    assert store.meeting.budgets(review.id, 90)[Phase.OPENING] == 5
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert store.meeting.budgets(review.id, 90)[Phase.OPENING] == 1


def test_a_number_within_the_limits_says_nothing_and_a_later_one_clears_the_reason(qtbot, store, review):
    dialog = _dialog(qtbot, store, review)
    qtbot.keyClick(_type(qtbot, dialog, Phase.OPENING, "0"), Qt.Key.Key_Tab)
    assert dialog.problem.text()
    box = _type(qtbot, dialog, Phase.CLOSE, "7")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.value() == 7 and dialog.problem.text() == ""


def test_from_the_set_up_tab_ctrl_shift_g_opens_the_agenda_whose_boxes_say_why_they_cap(qtbot, windows, review):
    """The facilitator on the set-up tab: Ctrl+Shift+G, 200 minutes of close typed: the dialog says it was cut."""
    window = on_tab(qtbot, windows, review.id, "setup")
    seen = {}

    def in_the_dialog():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, AgendaDialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            box = _type(qtbot, dialog, Phase.CLOSE, "200")
            seen["typed"] = box.text()
            qtbot.keyClick(box, Qt.Key.Key_Tab)
            seen["said"] = dialog.problem.text()
        finally:
            dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    assert seen["typed"] == "200 min"
    assert seen["said"].startswith("No phase can be longer than the 90-minute slot: 200 min was cut to 90 min.")
