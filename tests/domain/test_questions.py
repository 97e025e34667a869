"""The question library in resources/: enough open how/what questions for every kind, none asking why or who."""

import re

import pytest

from facilitator.content import texts
from facilitator.domain.questions import QuestionLibrary
from facilitator.domain.timeline import MomentKind

LIBRARY = QuestionLibrary(texts("questions"))
KINDS = [*MomentKind, None]
BLAME = re.compile(r"\b(why|who|whose|should have|failed to|human error|careless|mistake|fault|blame)\b", re.IGNORECASE)
CLOSED_OPENINGS = ("did ", "was ", "were ", "is ", "are ", "could ", "should ", "would ", "do ", "does ", "can ")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "general" if k is None else k.value)
def test_every_kind_has_at_least_six_questions(kind):
    """Each kind of moment (and an unmarked one) offers six or more questions."""
    assert len(LIBRARY.questions(kind)) >= 6


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "general" if k is None else k.value)
def test_questions_are_open_and_free_of_blame(kind):
    """No question asks why or who, uses blame wording, or can be answered yes or no."""
    for question in LIBRARY.questions(kind):
        assert not BLAME.search(question), question
        assert not question.lower().startswith(CLOSED_OPENINGS), question
        assert question.endswith("?"), question


def test_every_kind_has_its_own_label():
    """The kinds are told apart on screen by distinct labels from the library."""
    labels = [LIBRARY.label(kind) for kind in MomentKind]
    assert len(set(labels)) == len(labels)
    assert LIBRARY.label(MomentKind.DECISION) == "Decision point"


def test_questions_added_to_a_moment_follow_the_librarys():
    """A moment's own questions come after the library's for its kind."""
    questions = LIBRARY.questions(MomentKind.DETECTION, ("What did the pager say?",))
    assert questions[-1] == "What did the pager say?"
    assert questions[:-1] == LIBRARY.questions(MomentKind.DETECTION)


def test_a_missing_table_falls_back_to_a_readable_label():
    """A library without a kind still labels it from the kind's name and offers no questions."""
    library = QuestionLibrary({})
    assert library.label(MomentKind.DEEP_DIVE) == "Deep dive"
    assert library.questions(MomentKind.DEEP_DIVE) == ()
