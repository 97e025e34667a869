"""What the facilitator plans before the meeting: the minutes each phase gets, and the opening words."""

from __future__ import annotations

from collections.abc import Mapping

from ..domain.agenda import Phase
from .edits import Edit, Edits


class MeetingPlan(Edits):
    def set_budgets(self, review_id: int, budgets: Mapping[Phase, int], slot_minutes: int) -> Edit:
        """The minutes each phase gets in a slot of this length."""
        return self._edit(review_id, ("meeting.set_budgets", (review_id, dict(budgets), slot_minutes)))

    def set_opening_text(self, review_id: int, text: str | None) -> Edit:
        """The review's own opening words (None: the default text)."""
        return self._edit(review_id, ("meeting.set_opening_text", (review_id, text)))
