"""Blame and hindsight hints from the editable rules: they catch the usual phrasings and leave plain words alone."""

import pytest

from facilitator.content import texts
from facilitator.domain.wording import WordingCheck, WordingRule, someone_words, wording_hints, wording_rules

RULES = wording_rules(texts("wording"))
SOMEONE = someone_words(texts("wording"))
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
    hints = wording_hints(text, RULES, NAMES, SOMEONE)
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
    assert wording_hints(text, RULES, NAMES, SOMEONE) == []


def test_naming_someone_as_the_cause_needs_the_reviews_people_or_a_persons_shape():
    """'Priya caused' needs Priya on the review; 'Priya's fault' has a person's shape either way."""
    assert wording_hints("Priya caused the outage", RULES, (), SOMEONE) == []
    assert [h.rule for h in wording_hints("Priya caused the outage", RULES, NAMES, SOMEONE)] == ["person as cause"]
    assert [h.rule for h in wording_hints("It was Priya's fault", RULES, (), SOMEONE)] == ["person as cause"]
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


SHOULD_HINT = [
    "why didn't Sam just check the dashboard",
    "Why didn't Sam check the dashboard?",
    "Why did Sam not notice the alert?",
    "Why didn't Émile check the logs?",
    "why didn't the on-call engineer page the network team",
    "Why didn't they roll back sooner?",
    "Why didn't anyone escalate?",
    "why did nobody notice the expiry",
    "why did you not escalate",
    "why did Priya restart the wrong node",
    "Why did Tomasz deploy on a Friday?",
    "why did the new engineer deploy on a Friday",
    "why wasn't the on-call engineer awake?",
    "Why didn't we page the vendor earlier?",
    "why didn't our SRE catch it",
    "Why didn't the developers test it?",
    "Sam should have checked the certificate",
    "Tomasz should've known",
    "if only Priya had looked at the alert",
    "It was Sam's mistake",
    "It was the developer's fault",
    "Honestly, Priya's mistake",
    "Sam just needed to read the runbook",
    "The engineer just needed to restart it",
    "all Sam had to do was check the logs",
    "Obviously the cert had expired",
    "It was human error",
    "That was careless",
    "The outage was caused by Priya",
    "This happened because of the on-call engineer",
    "Sam failed to notice the page",
    "Sam was supposed to renew it",
]
SHOULD_NOT_HINT = [
    "why did the cache expire?",
    "What made checking the dashboard hard?",
    "How did the team decide to scale out?",
    "What did Sam see on the dashboard at that point?",
    "Why did Redis evict the keys?",
    "Why didn't the cache refresh?",
    "Why wasn't the certificate renewed automatically?",
    "Why didn't Kubernetes restart the pod?",
    "Why did the alert fire twice?",
    "Why did DNS resolution fail?",
    "Why did the deploy take 40 minutes?",
    "Priya rolled back the change at 19:40",
    "Sam checked the dashboard and it was green",
    "What were the options for the on-call engineer at that point?",
    "What did the engineer expect to happen?",
    "What did the team know about the certificate then?",
    "How did PagerDuty route the page?",
    "The deploy had just finished when the errors began",
    "Sam's dashboard showed green",
    "Her shoulder was sore from the pager strap",
    "Al broke the silence",
    "The change was made because of the outage",
    "What made the rollback look like the safest option?",
]


@pytest.mark.parametrize("text", SHOULD_HINT)
def test_blame_and_hindsight_about_any_person_get_a_hint(text):
    """Names on the review, pronouns, roles, and name-shaped words acting as people: all are someone."""
    assert wording_hints(text, RULES, NAMES, SOMEONE), text


@pytest.mark.parametrize("text", SHOULD_NOT_HINT)
def test_neutral_questions_and_statements_get_no_hint(text):
    """Questions about a system, how/what questions, and plain accounts of what someone did are left alone."""
    assert wording_hints(text, RULES, NAMES, SOMEONE) == [], text


def test_a_name_on_the_review_is_someone_whatever_follows():
    """'Why did Priya…' is about a person because Priya is on the review; an unknown word needs a person's act."""
    assert wording_hints("Why did Priya evict the keys?", RULES, NAMES, SOMEONE)
    assert wording_hints("Why did Redis evict the keys?", RULES, NAMES, SOMEONE) == []
    assert wording_hints("Why did Redis evict the keys?", RULES, [*NAMES, "Redis"], SOMEONE)
