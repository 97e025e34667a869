"""Presenter mode on the one offscreen screen: a window for you only first warns that the room would see it."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from shown import on_tab

from facilitator.content import texts
from facilitator.ui.meeting import presenter

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WORDS = texts("meeting")["presenter"]


def _when_modal(callback, seen):
    """Answer the next modal dialog as a user would, keeping what it said."""

    def answer():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(modal)
        callback(modal)

    QTimer.singleShot(0, answer)


def _click(qtbot, label):
    def press(box):
        seen_text = box.text() if isinstance(box, QMessageBox) else ""
        assert WORDS["warn_text"] == seen_text
        button = next(b for b in box.findChildren(QPushButton) if b.text() == label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return press


def _back_to(qtbot, window):
    """The warning answered, the facilitator is back in the meeting's window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _meeting(qtbot, windows, review):
    return on_tab(qtbot, windows, review.id, "meeting_view")


def test_on_one_screen_the_cue_warns_first_and_stays_closed_when_told(qtbot, windows, review, timeline):
    """Ctrl+Shift+M with one screen: a warning that the room would see it; "Keep it closed" keeps it closed."""
    window = _meeting(qtbot, windows, review)
    view = window.meeting_view
    seen = []
    _when_modal(_click(qtbot, WORDS["warn_keep"]), seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL_SHIFT)
    assert len(seen) == 1
    assert not view.cue.isVisible()
    assert not view.cue_action.isChecked()
    _back_to(qtbot, window)
    _when_modal(_click(qtbot, WORDS["warn_show"]), seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL_SHIFT)
    assert len(seen) == 2
    assert view.cue.isVisible()
    _back_to(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL_SHIFT)
    assert not view.cue.isVisible()
    _when_modal(_click(qtbot, WORDS["warn_keep"]), seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL_SHIFT)
    assert len(seen) == 3, "closed and opened again, it asks again"


def test_saying_only_the_meetings_window_is_shared_is_remembered_for_this_screen(qtbot, windows, review, timeline):
    """"Only the meeting's window is shared" on "not heard from yet": it opens, and the cue then opens unasked."""
    window = _meeting(qtbot, windows, review)
    seen = []
    _when_modal(_click(qtbot, WORDS["warn_window_only"]), seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, CTRL_SHIFT)
    assert len(seen) == 1
    assert window.meeting_notes.cue.isVisible()
    assert presenter.load_setup(presenter.screens_now()).window_only
    _back_to(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL_SHIFT)
    assert window.meeting_view.cue.isVisible()
    assert len(seen) == 1


def test_the_presenter_set_up_names_the_screens_and_says_what_to_share_on_a_call(qtbot, windows, review, timeline):
    """Ctrl+Shift+R: the room's screen, no other one, the advice to share this window only; Space ticks
    "only the meeting's window", Enter saves it for this set of screens."""
    window = _meeting(qtbot, windows, review)
    seen = []

    def answer(dialog):
        assert dialog.room.currentData() == QApplication.primaryScreen().name()
        assert not dialog.own.isEnabled()
        guidance = dialog.findChild(QLabel, "callGuidance")
        assert "share this window only" in guidance.text() and "INC-100 — Facilitator" in guidance.text()
        dialog.window_only.setFocus()
        qtbot.keyClick(dialog.window_only, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.window_only, Qt.Key.Key_Return)

    _when_modal(answer, seen)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    assert len(seen) == 1
    assert presenter.load_setup(presenter.screens_now()).window_only


def test_the_note_takers_window_warns_too_on_one_screen(qtbot, windows, review, timeline):
    """Ctrl+Shift+O shows private notes and who has not spoken: on one screen it asks first."""
    window = _meeting(qtbot, windows, review)
    seen = []
    _when_modal(_click(qtbot, WORDS["warn_keep"]), seen)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)
    assert len(seen) == 1
    assert review.id not in windows.notes


def test_a_window_for_you_only_opens_in_the_corner_of_your_screen(qtbot, windows, review, timeline):
    """Only the meeting's window shared: the cue opens unasked, in the lower right corner, clear of the middle."""
    from presenter_helpers import only_the_meeting_window_is_shared

    only_the_meeting_window_is_shared()
    window = _meeting(qtbot, windows, review)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL_SHIFT)
    cue = window.meeting_view.cue
    assert cue.isVisible()
    area = QApplication.primaryScreen().availableGeometry()
    assert cue.frameGeometry().right() <= area.right() - 8 and cue.frameGeometry().bottom() <= area.bottom() - 8
    assert cue.frameGeometry().left() > area.center().x() - cue.width()
