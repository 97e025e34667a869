"""Presenter mode without a display: where windows for the facilitator only open, for made-up screen sets."""

from facilitator.ui.meeting.screen_plan import PresenterSetup, Screen, place_private, room_and_own, setup_key

LAPTOP = Screen("eDP-1", 0, 0, 1920, 1080)
PROJECTOR = Screen("HDMI-1", 1920, 0, 1280, 720)
CUE = (560, 260)


def test_with_two_screens_a_private_window_opens_on_the_one_the_room_does_not_see():
    """The meeting's window on the projector: the cue opens in the laptop's lower right corner, no question asked."""
    placed = place_private([LAPTOP, PROJECTOR], PresenterSetup(), current="HDMI-1", size=CUE)
    assert placed.screen == LAPTOP and not placed.over_room
    assert (placed.x, placed.y) == (1920 - 560 - 16, 1080 - 260 - 16)


def test_the_set_up_says_which_screen_the_room_sees_whatever_the_window_is_on():
    """Told the room sees the projector, a window dragged onto the laptop still keeps private windows off the projector."""
    setup = PresenterSetup(room="HDMI-1", own="eDP-1")
    placed = place_private([PROJECTOR, LAPTOP], setup, current="eDP-1", size=CUE)
    assert placed.screen == LAPTOP and not placed.over_room
    assert room_and_own([LAPTOP, PROJECTOR], PresenterSetup(room="eDP-1", own="eDP-1"), "eDP-1") == (LAPTOP, PROJECTOR)


def test_with_one_screen_a_private_window_would_be_over_the_shared_view():
    """Mirrored or shared whole: the only place is the room's screen, so the facilitator must say so first."""
    placed = place_private([LAPTOP], PresenterSetup(), current="eDP-1", size=CUE)
    assert placed.screen == LAPTOP and placed.over_room


def test_sharing_only_the_meetings_window_lets_private_windows_open_on_the_same_screen():
    placed = place_private([LAPTOP], PresenterSetup(window_only=True), current="eDP-1", size=CUE)
    assert not placed.over_room


def test_a_screen_set_up_is_known_again_whatever_order_the_screens_come_in():
    """The key names each screen with its size and place; another projector is another set-up."""
    assert setup_key([LAPTOP, PROJECTOR]) == setup_key([PROJECTOR, LAPTOP])
    assert setup_key([LAPTOP, PROJECTOR]) != setup_key([LAPTOP, Screen("HDMI-1", 1920, 0, 1920, 1080)])
    assert setup_key([LAPTOP]) != setup_key([LAPTOP, PROJECTOR])


def test_a_screen_named_in_the_set_up_but_gone_falls_back_to_the_window_s_own():
    placed = place_private([LAPTOP], PresenterSetup(room="HDMI-1", own="HDMI-2"), current="eDP-1", size=CUE)
    assert placed.screen == LAPTOP and placed.over_room
