"""What the facilitator's screen reader hears of the meeting: the phase changing, the moment put on the
shared screen, and time running out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...content import texts
from ...domain.agenda import Phase
from ..common import accessible
from .agenda_bar import TimerView

if TYPE_CHECKING:
    from .meeting_view import MeetingView


class MeetingVoice(QObject):
    """Listens to the meeting view; says each change once, and only while the meeting is on screen."""

    def __init__(self, view: MeetingView):
        super().__init__(view)
        self.view = view
        self.words = texts("access")["announce"]
        self._warning_said: tuple[str, bool] | None = None
        view.phase_shown.connect(self._phase_shown)
        view.panel.prompt_changed.connect(self._prompt_shown)

    def _phase_shown(self, _phase: Phase) -> None:
        if self.view.isVisible():
            phase = self.view.bar.phase
            accessible.announce(phase, self.words["phase"].format(phase=phase.text()))

    def _prompt_shown(self, _entry_id: int | None) -> None:
        """The moment put on the shared screen, with who acted: the facilitator may not see it."""
        entry = self.view.panel.current_entry()
        if entry is not None and self.view.panel.isVisible():
            said = self.words["moment_from"].format(who=entry.actor, what=entry.text) if entry.actor else entry.text
            accessible.announce(self.view.panel, said)

    def timer_shown(self, timer: TimerView, time_check: bool) -> None:
        """Time running out (a phase over its time, the time check) is said at once, once per warning."""
        warning = (timer.phase, time_check) if timer.warn else None
        if warning is not None and warning != self._warning_said:
            accessible.announce(self.view.bar.message, timer.message, urgent=True)
        self._warning_said = warning
