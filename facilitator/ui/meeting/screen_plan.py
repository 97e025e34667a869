"""Presenter mode as plain data: which screen the room sees, which is the facilitator's, and where a window for
the facilitator only may open. No Qt here, so it is tested with made-up screens."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.record import record

MARGIN = 16
"""Pixels between a window for you only and the edges of its screen."""


@record
class Screen:
    """A screen's name and the part of the desktop it shows (without its task bars)."""

    name: str
    x: int
    y: int
    width: int
    height: int


@record
class PresenterSetup:
    """The facilitator's answer for one set of screens: None means not said (the room sees the main window's)."""

    room: str | None = None
    own: str | None = None
    window_only: bool = False
    """On a video call only the meeting's window is shared: other windows, even on its screen, stay private."""


@record
class Placement:
    screen: Screen
    x: int
    y: int
    over_room: bool
    """The window would be seen by the room (one screen, mirrored or shared whole): ask the facilitator first."""


def setup_key(screens: Sequence[Screen]) -> str:
    """The same screens give the same key whatever order the system lists them in."""
    return ";".join(sorted(f"{s.name}@{s.width}x{s.height}+{s.x}+{s.y}" for s in screens))


def _named(screens: Sequence[Screen], name: str | None) -> Screen | None:
    return next((s for s in screens if s.name == name), None)


def room_and_own(screens: Sequence[Screen], setup: PresenterSetup, current: str) -> tuple[Screen, Screen | None]:
    """The room's screen (as set up, else the one the meeting's window is on) and the facilitator's (as set up,
    else another one; None when there is no other)."""
    room = _named(screens, setup.room) or _named(screens, current) or screens[0]
    own = _named(screens, setup.own)
    if own is None or own == room:
        own = next((s for s in screens if s != room), None)
    return room, own


def place_private(screens: Sequence[Screen], setup: PresenterSetup, current: str, size: tuple[int, int]) -> Placement:
    """Where a window for the facilitator only opens: in the lower right corner of their own screen, or, with no
    screen of their own, of the room's, which needs their say unless only the meeting's window is shared."""
    room, own = room_and_own(screens, setup, current)
    target = own or room
    width, height = size
    x = target.x + max(0, target.width - width - MARGIN)
    y = target.y + max(0, target.height - height - MARGIN)
    return Placement(target, x, y, over_room=own is None and not setup.window_only)
