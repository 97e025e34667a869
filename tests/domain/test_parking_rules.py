"""Parked items' fates, the about-three guidance for actions, and anonymous comments."""

import datetime as dt

import pytest

from facilitator.domain.actions import Action, ActionError, moved, ranked, too_many, top_three
from facilitator.domain.comments import Comment, CommentError, anonymous
from facilitator.domain.parking import (
    Fate,
    ParkCategory,
    ParkedItem,
    ParkingError,
    fits,
    next_category,
    next_waiting,
    waiting,
    with_fate,
)

NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


def _item(text, fate=None, reason=""):
    return ParkedItem(text, ParkCategory.ACTION_IDEA, NOW, fate=fate, fate_reason=reason)


def test_an_item_without_words_cannot_be_parked():
    """Blank text is refused in the meeting's words."""
    with pytest.raises(ParkingError, match="needs some words"):
        _item("   ")


def test_dropping_an_item_needs_a_short_reason():
    """A drop without a reason is refused; with one it is kept with the item."""
    item = _item("Alert on certificate expiry")
    with pytest.raises(ParkingError, match="short reason"):
        with_fate(item, Fate.DROPPED)
    dropped = with_fate(item, Fate.DROPPED, "  covered by CHG-1002 ")
    assert (dropped.fate, dropped.fate_reason) == (Fate.DROPPED, "covered by CHG-1002")


def test_taking_a_fate_back_clears_its_reason():
    """An item put back to waiting has neither fate nor reason."""
    dropped = with_fate(_item("x"), Fate.DROPPED, "duplicate")
    back = with_fate(dropped, None)
    assert back.fate is None and back.fate_reason == ""


def test_waiting_items_are_those_without_a_fate_and_the_walk_wraps_round():
    """Next waiting item skips those already decided and wraps to the start; None once all are decided."""
    items = [_item("a", Fate.ACTION), _item("b"), _item("c", Fate.FORUM), _item("d")]
    assert [i.text for i in waiting(items)] == ["b", "d"]
    assert next_waiting(items, None) == 1
    assert next_waiting(items, 1) == 3
    assert next_waiting(items, 3) == 1
    decided = [with_fate(i, Fate.FORUM) if i.fate is None else i for i in items]
    assert next_waiting(decided, None) is None


def test_every_action_needs_a_title_and_an_owner():
    """An action without an owner is refused, saying who can own it."""
    with pytest.raises(ActionError, match="owner"):
        Action("Alert on expiry", "  ")
    with pytest.raises(ActionError, match="title"):
        Action(" ", "Ada")


def _actions(n):
    return [Action(f"Action {i}", "Ada", rank=i, id=i + 1) for i in range(n)]


def test_about_three_actions_is_the_aim_and_a_fourth_brings_the_note():
    """Three actions are fine; four bring the note; the top three are the three ranked highest."""
    assert not too_many(_actions(3))
    four = _actions(4)
    assert too_many(four)
    assert [a.title for a in top_three(four)] == ["Action 0", "Action 1", "Action 2"]


def test_moving_an_action_up_swaps_it_with_the_one_above():
    """Moving the fourth action up puts it third; ranks stay 0..n-1."""
    four = _actions(4)
    ranks = dict(moved(four, 4, -1))
    assert sorted(ranks.values()) == [0, 1, 2, 3]
    assert ranks[4] == 2 and ranks[3] == 3
    assert moved(four, 1, -1) == [(1, 0), (2, 1), (3, 2), (4, 3)]
    reordered = [Action(a.title, a.owner, rank=ranks[a.id], id=a.id) for a in four]
    assert [a.title for a in ranked(reordered)] == ["Action 0", "Action 1", "Action 3", "Action 2"]


def test_an_anonymous_comment_has_no_author_at_all():
    """Making a comment anonymous drops any author given; a blank author is refused rather than stored."""
    comment = anonymous("I was scared to roll back", author="Bo")
    assert comment.author is None and comment.anonymous
    with pytest.raises(CommentError):
        Comment("text", author="  ")


@pytest.mark.parametrize(
    ("category", "fate", "becomes"),
    [
        (ParkCategory.LATER, Fate.FORUM, ParkCategory.TECH_FORUM),
        (ParkCategory.ACTION_IDEA, Fate.FORUM, ParkCategory.TECH_FORUM),
        (ParkCategory.TECH_FORUM, Fate.ACTION, ParkCategory.ACTION_IDEA),
        (ParkCategory.LATER, Fate.ACTION, ParkCategory.ACTION_IDEA),
        (ParkCategory.UNSORTED, Fate.ACTION, ParkCategory.ACTION_IDEA),
        (ParkCategory.PREVENTION, Fate.ACTION, ParkCategory.PREVENTION),
        (ParkCategory.LATER, Fate.DROPPED, ParkCategory.LATER),
        (ParkCategory.TECH_FORUM, Fate.DROPPED, ParkCategory.TECH_FORUM),
    ],
)
def test_a_fate_brings_the_category_into_line(category, fate, becomes):
    """Sent to the forum is 'for the tech team forum'; an action is an action idea or prevention; a drop keeps it."""
    item = with_fate(ParkedItem("x", category, NOW), fate, "no longer needed")
    assert (item.category, item.fate) == (becomes, fate)
    assert fits(item.category, item.fate)
    assert with_fate(item, None).category is becomes


def test_changing_the_category_stays_within_what_the_fate_allows():
    """C never makes 'Question for later / Sent to the tech team forum': a forum item keeps its category,
    an action moves between action idea and prevention, a waiting item goes round all four."""
    assert next_category(ParkCategory.TECH_FORUM, Fate.FORUM) is ParkCategory.TECH_FORUM
    assert next_category(ParkCategory.LATER, Fate.FORUM) is ParkCategory.TECH_FORUM
    assert next_category(ParkCategory.ACTION_IDEA, Fate.ACTION) is ParkCategory.PREVENTION
    assert next_category(ParkCategory.PREVENTION, Fate.ACTION) is ParkCategory.ACTION_IDEA
    seen, category = [], ParkCategory.UNSORTED
    for _ in range(5):
        category = next_category(category)
        seen.append(category)
    assert seen == [ParkCategory.ACTION_IDEA, ParkCategory.PREVENTION, ParkCategory.TECH_FORUM, ParkCategory.LATER, ParkCategory.ACTION_IDEA]
    for fate in (None, *Fate):
        for start in ParkCategory:
            assert fits(next_category(start, fate), fate)
