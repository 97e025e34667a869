"""Phase budgets: the defaults for common slots, always summing to the slot, and edits that keep it so."""

import pytest

from facilitator.domain.agenda import PHASES, AgendaError, Phase, checked_budgets, default_budgets, rebalanced, refitted


def test_ninety_minutes_splits_as_the_guidance_suggests():
    """A 90-minute slot: 5 / 55 / 12 / 13 / 5."""
    assert list(default_budgets(90).values()) == [5, 55, 12, 13, 5]


def test_two_hours_splits_as_the_guidance_suggests():
    """A 120-minute slot: 5 / 75 / 15 / 17 / 8."""
    assert list(default_budgets(120).values()) == [5, 75, 15, 17, 8]


@pytest.mark.parametrize("slot", range(30, 241, 5))
def test_every_slot_gets_every_phase_and_sums_to_the_slot(slot):
    """From 30 to 240 minutes each phase has at least a minute and the total is the slot."""
    budgets = default_budgets(slot)
    assert list(budgets) == list(PHASES)
    assert all(minutes >= 1 for minutes in budgets.values())
    assert sum(budgets.values()) == slot


def test_a_longer_slot_moves_phases_by_rounding_at_most():
    """One more minute of slot changes any phase by two minutes at most (whole-minute rounding)."""
    for slot in range(30, 240):
        shorter, longer = default_budgets(slot), default_budgets(slot + 1)
        assert all(abs(longer[p] - shorter[p]) <= 2 for p in PHASES)


def test_a_longer_opening_comes_out_of_the_timeline():
    """Giving the opening ten minutes takes five from the timeline; the total stays 90."""
    budgets = rebalanced(default_budgets(90), Phase.OPENING, 10, 90)
    assert budgets[Phase.OPENING] == 10
    assert budgets[Phase.TIMELINE] == 50
    assert sum(budgets.values()) == 90


def test_a_shorter_phase_gives_its_minutes_to_the_timeline():
    """Cutting the close to two minutes adds three to the timeline."""
    budgets = rebalanced(default_budgets(90), Phase.CLOSE, 2, 90)
    assert budgets[Phase.TIMELINE] == 58
    assert sum(budgets.values()) == 90


def test_a_longer_timeline_comes_out_of_the_later_phases_first():
    """Stretching the timeline takes from actions, then key questions, never below a minute each."""
    budgets = rebalanced(default_budgets(90), Phase.TIMELINE, 70, 90)
    assert budgets[Phase.ACTIONS] == 1
    assert budgets[Phase.KEY_QUESTIONS] == 9
    assert sum(budgets.values()) == 90


def test_a_phase_that_would_crowd_out_the_rest_is_refused():
    """More minutes than the others can give up is refused with a reason."""
    with pytest.raises(AgendaError, match="too little"):
        rebalanced(default_budgets(90), Phase.OPENING, 90, 90)
    with pytest.raises(AgendaError, match="at least a minute"):
        rebalanced(default_budgets(90), Phase.CLOSE, 0, 90)


def test_checked_budgets_refuse_a_total_that_is_not_the_slot():
    """Budgets adding up to something other than the slot are refused, naming both numbers."""
    budgets = default_budgets(90)
    budgets[Phase.CLOSE] += 1
    with pytest.raises(AgendaError, match="91 minutes; the slot is 90"):
        checked_budgets(budgets, 90)
    assert checked_budgets(default_budgets(90), 90) == default_budgets(90)


def test_a_chosen_agenda_keeps_its_choices_when_the_slot_changes():
    """Opening 10 and actions 20 chosen for 90 minutes; the slot becomes 120: they stay, the timeline takes the 30."""
    chosen = rebalanced(rebalanced(default_budgets(90), Phase.OPENING, 10, 90), Phase.ACTIONS, 20, 90)
    refit = refitted(chosen, 120)
    assert refit[Phase.OPENING] == 10 and refit[Phase.ACTIONS] == 20
    assert refit[Phase.TIMELINE] == chosen[Phase.TIMELINE] + 30 and sum(refit.values()) == 120


def test_the_default_agenda_follows_the_slot_and_an_impossible_refit_falls_back_to_it():
    """Untouched defaults become the new slot's defaults; a chosen agenda too big for a 30-minute slot does too."""
    assert refitted(default_budgets(90), 120) == default_budgets(120)
    big = rebalanced(default_budgets(120), Phase.KEY_QUESTIONS, 40, 120)
    assert refitted(big, 30) == default_budgets(30)


def test_the_agenda_registers_every_phase_once_in_meeting_order():
    from facilitator.domain.agenda import AGENDA, PHASES, Phase

    assert [plan.phase for plan in AGENDA] == list(PHASES) and set(PHASES) == set(Phase)
    assert sum(plan.minutes_in_90 for plan in AGENDA) == 90 and sum(plan.minutes_in_120 for plan in AGENDA) == 120
