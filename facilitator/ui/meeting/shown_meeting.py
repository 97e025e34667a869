"""The meeting as one window shows it: the record last read (app/meeting_screen.py) with the writes still waiting
for the database laid over it, so what is typed or pressed shows at once even while another program holds it."""

from __future__ import annotations

from ...app.meeting_screen import MeetingRecord, MeetingScreen, ReviewNotFound, with_waiting
from ...domain.agenda import Phase
from ...domain.parking import ParkedItem
from ..common.waiting_edits import waiting_calls
from ..common.write_queue import WriteQueue


class ShownMeeting:
    """Reads only when told to (after a change that touches it); everything else is worked out from what it read."""

    def __init__(self, screen: MeetingScreen, queue: WriteQueue, review_id: int):
        self.screen, self.queue, self.review_id = screen, queue, review_id
        self._read: MeetingRecord | None = None
        self._shown: MeetingRecord | None = None

    def read(self, after=None) -> bool:
        """Read the meeting after this report (shared with the process's other windows); False if the review is gone."""
        try:
            self._read = self.screen.record(self.review_id, after)
        except ReviewNotFound:
            return False
        self.rewait()
        return True

    def rewait(self) -> None:
        """Lay the writes waiting now over what was read."""
        if self._read is None:
            self._read = self.screen.last(self.review_id) or self.screen.record(self.review_id)
        self._shown = with_waiting(self._read, self.queue.pending())

    def known(self) -> bool:
        """Whether the meeting was read (reading it now if never); False if the review is gone."""
        return self._shown is not None or self.read()

    def record(self) -> MeetingRecord:
        if self._shown is None:
            self.rewait()
        assert self._shown is not None
        return self._shown

    def parked(self) -> list[ParkedItem]:
        return list(self.record().parked)

    def budgets(self) -> dict[Phase, int]:
        """The minutes each phase gets, the last ones saved if they still wait for the database."""
        record = self.record()
        budgets = record.budgets()
        for _method, args, _later in waiting_calls(self.queue, self.review_id, "meeting.set_budgets"):
            if args[2] == record.review.slot_minutes:
                budgets = dict(args[1])
        return budgets

    def opening_text(self) -> str | None:
        """The review's own opening words (None: the default), the last ones saved if they still wait."""
        text = self.record().opening_text
        for _method, args, _later in waiting_calls(self.queue, self.review_id, "meeting.set_opening_text"):
            text = args[1]
        return text
