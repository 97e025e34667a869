"""The presenter set-up a facilitator on a video call gives, for tests about windows for them only."""

from facilitator.ui.meeting import presenter
from facilitator.ui.meeting.screen_plan import PresenterSetup


def only_the_meeting_window_is_shared() -> None:
    """Only the meeting's window is shared on the call, so windows for you only may open on the one offscreen screen."""
    presenter.save_setup(presenter.screens_now(), PresenterSetup(window_only=True))
