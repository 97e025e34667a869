"""How long the prompt on screen has been there: counted while the room sees it and the meeting runs."""

from __future__ import annotations

from collections.abc import Callable

from ...domain.clock import Clock, Stopwatch


class TimeOnScreen:
    """Counts the seconds of the walk-through's current prompt and hands them over as they are counted."""

    def __init__(self, clock: Clock, current: Callable[[], int | None], counted: Callable[[int, int], None]) -> None:
        self.held = False
        self._shown_for = Stopwatch(clock)
        self._current = current
        self._counted = counted

    def start_anew(self, shown: bool) -> None:
        """Another prompt is on screen: count it from nought if the room sees it."""
        if shown and not self.held:
            self._shown_for.start()
        else:
            self._shown_for.stop()

    def flush(self) -> None:
        """Hand over the seconds the current prompt has been on screen since last counted."""
        entry_id = self._current()
        if entry_id is not None and self._shown_for.running:
            seconds = int(self._shown_for.restart())
            if seconds:
                self._counted(entry_id, seconds)

    def uncounted(self) -> int:
        """The seconds on screen not handed over yet."""
        return int(self._shown_for.seconds())

    def pause(self) -> None:
        """The prompt left the screen (another tab or window): count its time so far and stop."""
        self.flush()
        self._shown_for.stop()

    def resume(self) -> None:
        if self._current() is not None and not self.held and not self._shown_for.running:
            self._shown_for.start()

    def hold(self, held: bool, shown: bool) -> None:
        """The meeting is paused, on a break or ended: the prompt's time on screen stops too, and goes on with it."""
        if held == self.held:
            return
        self.held = held
        if held:
            self.pause()
        elif shown:
            self.resume()
