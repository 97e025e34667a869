"""Blame and hindsight hints from the editable rules: they catch the usual phrasings and leave plain words alone."""

import pytest

from facilitator.content import texts
from facilitator.domain.wording import WordingCheck, WordingRule, wording_hints, wording_rules

RULES = wording_rules(texts("wording"))
NAMES = ["Priya Raghunathan", "Tomasz Wójcik", "Al Bo"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Honestly she should have rolled back", "hindsight"),
        ("we SHOULD’VE paged earlier", "hindsight"),
        ("The team failed to notice the alert", "shortfall"),
        ("It was human   error, plain and simple", "human error"),
        ("That was a careless change", "character"),
        ("Why did you not escalate?", "why you"),
        ("So who broke the build?", "who"),
        ("It was obviously the cache", "obvious"),
        ("Priya's fault, really", "person as cause"),
        ("The outage was caused by Tomasz Wójcik", "person as cause"),
        ("because of priya", "person as cause"),
        ("Nobody is to blame here", "blame"),
    ],
)
def test_the_shipped_rules_catch_blame_and_hindsight(text, rule):
    """Each rule in resources/text/wording.toml fires on a typical phrasing, whatever the case or spacing."""
    hints = wording_hints(text, RULES, NAMES)
    assert rule in [h.rule for h in hints]
    hint = next(h for h in hints if h.rule == rule)
    assert hint.rephrase.startswith("Try:")


@pytest.mark.parametrize(
    "text",
    [
        "What did you see on the dashboard at that point?",
        "How did the team decide to scale out?",
        "Her shoulder was sore from the pager strap",
        "Priya rolled back the change at 19:40",
        "Al broke the silence",
        "",
    ],
)
def test_plain_how_and_what_wording_gets_no_hint(text):
    """Open questions, words that merely contain a phrase, and short first names do not trigger a hint."""
    assert wording_hints(text, RULES, NAMES) == []


def test_naming_someone_as_the_cause_needs_the_reviews_people():
    """Without names the person rule stays quiet rather than guessing who is a person."""
    assert wording_hints("It was Priya's fault", RULES) == []


def test_hints_come_in_the_order_the_words_appear():
    """Two problems in one note: the first in the text is the first hint, where it starts."""
    hints = WordingCheck(RULES, NAMES).hints("This was careless and he should have known")
    assert [h.rule for h in hints] == ["character", "hindsight"]
    assert hints[0].words == "careless" and hints[0].start == 9


def test_rules_without_phrases_or_a_hint_are_left_out():
    """A half-written rule in the editable file is skipped instead of matching everything."""
    rules = wording_rules({"rules": [{"name": "empty", "phrases": [], "hint": "h"}, {"phrases": ["x y"]}, {"phrases": ["oops"], "hint": "Careful."}]})
    assert rules == (WordingRule("oops", ("oops",), "Careful.", ""),)
