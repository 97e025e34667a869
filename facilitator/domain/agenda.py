"""The meeting's phases and the minutes budgeted to each, always adding up to the slot."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import ClassVar

from .record import record
from .refusals import Refused


class Phase(enum.StrEnum):
    OPENING = "opening"
    TIMELINE = "timeline"
    KEY_QUESTIONS = "key_questions"
    ACTIONS = "actions"
    CLOSE = "close"


@record
class PhasePlan:
    """What the agenda knows of a phase: the minutes that work in practice in the two common slots, and when the
    timeline's own budget changes, in which turn it gives or takes the difference (None: never)."""

    phase: Phase
    minutes_in_90: int
    minutes_in_120: int
    gives_turn: int | None


AGENDA: tuple[PhasePlan, ...] = (
    PhasePlan(Phase.OPENING, 5, 5, gives_turn=4),
    PhasePlan(Phase.TIMELINE, 55, 75, gives_turn=None),
    PhasePlan(Phase.KEY_QUESTIONS, 12, 15, gives_turn=2),
    PhasePlan(Phase.ACTIONS, 13, 17, gives_turn=1),
    PhasePlan(Phase.CLOSE, 5, 8, gives_turn=3),
)
"""Every phase, in meeting order: the registry the agenda, the shared screen (ui/meeting/phases.py) and the record
(export/record_phases.py) follow."""

PHASES = tuple(plan.phase for plan in AGENDA)
"""In meeting order."""

_ANCHORS = {
    90: {plan.phase: plan.minutes_in_90 for plan in AGENDA},
    120: {plan.phase: plan.minutes_in_120 for plan in AGENDA},
}
"""Budgets that work in practice for the two common slot lengths; others are scaled from these."""
_GIVING_WAY = [plan.phase for plan in sorted(AGENDA, key=lambda p: p.gives_turn or 0) if plan.gives_turn is not None]
"""The phases that give or take minutes when the timeline's budget changes, in turn."""


class AgendaError(Refused):
    """Budgets that cannot make an agenda, said in words a facilitator understands."""

    area = "agenda"
    sentences: ClassVar[dict[str, str]] = {
        "under_a_minute": "Every phase needs at least a minute.",
        "too_little_left": "That leaves too little of the {slot}-minute slot for the other phases.",
        "budget_missing": "Every phase needs a budget.",
        "wrong_total": "The phases add up to {total} minutes; the slot is {slot}.",
    }


def default_budgets(slot_minutes: int) -> dict[Phase, int]:
    """Whole minutes per phase for a slot: between 90 and 120 blended, outside them scaled; sums to the slot."""
    low, high = _ANCHORS[90], _ANCHORS[120]
    if slot_minutes <= 90:
        raw = {p: low[p] * slot_minutes / 90 for p in PHASES}
    elif slot_minutes >= 120:
        raw = {p: high[p] * slot_minutes / 120 for p in PHASES}
    else:
        share = (slot_minutes - 90) / 30
        raw = {p: low[p] + (high[p] - low[p]) * share for p in PHASES}
    budgets = {p: max(1, round(minutes)) for p, minutes in raw.items()}
    budgets[Phase.TIMELINE] += slot_minutes - sum(budgets.values())
    return budgets


def rebalanced(budgets: Mapping[Phase, int], phase: Phase, minutes: int, slot_minutes: int) -> dict[Phase, int]:
    """Set one phase's minutes and give or take the difference from the timeline (or, when that phase
    is the timeline, from the phases after it), so the total stays the slot."""
    if minutes < 1:
        raise AgendaError("under_a_minute")
    result = dict(budgets)
    result[phase] = minutes
    others = [Phase.TIMELINE] if phase is not Phase.TIMELINE else _GIVING_WAY
    excess = sum(result.values()) - slot_minutes
    if excess < 0:
        result[others[0]] -= excess
        return result
    for other in others:
        take = min(excess, result[other] - 1)
        result[other] -= take
        excess -= take
    if excess:
        raise AgendaError("too_little_left", slot=slot_minutes)
    return result


def refitted(budgets: Mapping[Phase, int], slot_minutes: int) -> dict[Phase, int]:
    """An agenda made for a slot that has since changed length: a chosen one keeps its choices, the timeline
    giving or taking the difference as in the agenda dialog; the default one (or one that cannot give
    enough) becomes the default for the new slot."""
    old_slot = sum(budgets.values())
    if set(budgets) != set(PHASES) or dict(budgets) == default_budgets(old_slot):
        return default_budgets(slot_minutes)
    timeline = budgets[Phase.TIMELINE] + slot_minutes - old_slot
    if timeline < 1:
        return default_budgets(slot_minutes)
    return checked_budgets({**budgets, Phase.TIMELINE: timeline}, slot_minutes)


def checked_budgets(budgets: Mapping[Phase, int], slot_minutes: int) -> dict[Phase, int]:
    """The budgets if they cover every phase with at least a minute and add up to the slot."""
    if set(budgets) != set(PHASES):
        raise AgendaError("budget_missing")
    if any(minutes < 1 for minutes in budgets.values()):
        raise AgendaError("under_a_minute")
    total = sum(budgets.values())
    if total != slot_minutes:
        raise AgendaError("wrong_total", total=total, slot=slot_minutes)
    return {p: budgets[p] for p in PHASES}
