"""Comments from outside the meeting, read from a CSV sheet or a Markdown list."""

import datetime as dt

import pytest

from facilitator.importers import ImportProblem
from facilitator.importers.comments import read_comments


def test_csv_comments_keep_author_date_channel_and_moment():
    """A sheet with from/comment/date/via/moment columns reads into comments with those fields."""
    data = (
        "From;Comment;Date;Via;Moment\r\n"
        "Bo Lindqvist;\"The rollback felt risky; nobody said so\";2026-10-16;mail;19:33\r\n"
        "anonymous;I did not know the runbook existed;2026-10-17;form;\r\n"
    ).encode("utf-8-sig")
    (first, moment), (second, _) = read_comments(data, "comments.csv")
    assert (first.author, first.received_on, first.via, moment) == ("Bo Lindqvist", dt.date(2026, 10, 16), "mail", "19:33")
    assert first.text == "The rollback felt risky; nobody said so"
    assert second.anonymous and second.author is None


def test_an_anonymous_column_drops_the_name_given():
    """'yes' in an anonymous column means no author is kept, whatever the from column says."""
    data = b"comment,from,anonymous\nToo many people on the bridge,Cyd,yes\nNobody asked us,Jane Doe (anonymous),\n"
    comments = [c for c, _ in read_comments(data, "c.csv")]
    assert [c.author for c in comments] == [None, None]


@pytest.mark.parametrize("heading", ["Anonymous?", "Stay anonymous", "Submit anonymously", "ANON.", "Keep my name private?"])
def test_an_anonymous_column_is_found_under_the_headings_forms_use(heading):
    """A form's question as the column heading still marks the answer 'yes' as anonymous: no name is kept."""
    data = f"Comment,Author,{heading}\nI could not push back on the rollback,Jane Doe,Yes\nThe runbook was old,Sam,No\n".encode()
    comments = [c for c, _ in read_comments(data, "form.csv")]
    assert [c.author for c in comments] == [None, "Sam"]


def test_the_anonymity_question_wins_over_another_private_one_and_a_yes_in_words_counts():
    """'Anonymous?' is the column even after 'Private follow-up wanted?'; 'Yes please' and 'Yes, keep me
    anonymous' drop the name, 'No thanks' keeps it."""
    data = (
        "Comment,Name,Private follow-up wanted?,Anonymous?\n"
        "I could not push back,Jane Doe,No,Yes\n"
        "The bridge was crowded,Sam,Yes,Yes please\n"
        "Pairing helped,Ada,No,\"Yes, keep me anonymous\"\n"
        "More runbooks,Bo,Yes,No thanks\n"
    ).encode()
    assert [c.author for c, _ in read_comments(data, "form.csv")] == [None, None, None, "Bo"]


@pytest.mark.parametrize(
    ("answer", "named"),
    [("Private", False), ("✓", False), ("Oui", False), ("No - keep me anonymous", False), ("No thanks", True), ("", True)],
)
def test_in_doubt_an_answer_asks_for_no_name(answer, named):
    """Only an empty answer or a plain no keeps the name; anything else, understood or not, keeps none."""
    data = f"Name,Comment,Keep my name private?\nJane Doe,The runbook was old,{answer}\n".encode()
    ((comment, _),) = read_comments(data, "form.csv")
    assert (comment.author == "Jane Doe") is named


def test_an_anonymous_comment_keeps_its_channel_but_not_its_address():
    """'mail' stays; 'jane.doe@corp.example' would name the sender, so an anonymous comment keeps no 'via'."""
    data = b"Comment,Anonymous?,Source\nThe bridge was crowded,yes,jane.doe@corp.example\nMore pairing,yes,chat\n"
    assert [c.via for c, _ in read_comments(data, "form.csv")] == ["", "chat"]


def test_a_name_with_a_note_in_brackets_is_read_whole_or_dropped_when_anonymous():
    """'- Jane Doe (anonymous): …' keeps no name at all; '- Sam O'Neil (SRE): …' keeps the name and its note."""
    text = "- Jane Doe (anonymous): I felt I could not push back\n- Sam O'Neil (SRE): the runbook was out of date\n"
    comments = [c for c, _ in read_comments(text.encode(), "comments.md")]
    assert [(c.author, c.text) for c in comments] == [
        (None, "I felt I could not push back"),
        ("Sam O'Neil (SRE)", "the runbook was out of date"),
    ]


def test_markdown_bullets_with_and_without_a_name():
    """'- Name: text' keeps the name; '- anonymous: text' and a bare bullet are anonymous."""
    text = "# Comments\n\n- Eli Santos: The client update went out late\n- anonymous: Pager fatigue\n- No name here\n"
    comments = [c for c, _ in read_comments(text.encode(), "comments.md")]
    assert [(c.author, c.text) for c in comments] == [
        ("Eli Santos", "The client update went out late"),
        (None, "Pager fatigue"),
        (None, "No name here"),
    ]


def test_a_comment_wrapped_over_lines_or_in_a_numbered_list_is_read_whole():
    """A bullet hard-wrapped onto its next lines keeps them, and '1.' items count as bullets; both were dropped
    without a word, leaving half a comment or none."""
    text = (
        "# Comments on INC-100\n\n"
        "- Ada Quist: the alert was noisy for weeks before,\n"
        "  so nobody looked at it at first.\n"
        "- anonymous: I did not know whom to call\n"
        "for the load balancer.\n\n"
        "    It took twenty minutes to find out.\n\n"
        "Sent by mail after the review:\n\n"
        "1. Bo Lindqvist: the runbook link was dead\n"
        "2) The status page went out late\n"
    )
    comments = [c for c, _ in read_comments(text.encode(), "comments.md")]
    assert [(c.author, c.text) for c in comments] == [
        ("Ada Quist", "the alert was noisy for weeks before, so nobody looked at it at first."),
        (None, "I did not know whom to call for the load balancer.\n\nIt took twenty minutes to find out."),
        ("Bo Lindqvist", "the runbook link was dead"),
        (None, "The status page went out late"),
    ]


def test_a_bad_row_is_refused_with_its_line():
    """A row without comment text or with a bad date stops the import, naming the line."""
    with pytest.raises(ImportProblem, match="line 3: no comment text"):
        read_comments(b"comment,from\nfine,Ada\n,Bo\n", "c.csv")
    with pytest.raises(ImportProblem, match='line 2: not a date'):
        read_comments(b"comment,date\nfine,soon\n", "c.csv")
    with pytest.raises(ImportProblem, match="no comment column"):
        read_comments(b"who,when\nAda,today\n", "c.csv")


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), name=st.sampled_from(["c.csv", "c.md", "c.txt"]))
def test_mangled_input_raises_only_our_import_problem(data, name):
    """Random bytes either read as comments or raise ImportProblem; nothing else escapes."""
    try:
        read_comments(data, name)
    except ImportProblem:
        pass


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_mangled_text_raises_only_our_import_problem(text):
    """Random text as CSV or Markdown either reads or raises ImportProblem."""
    for name in ("c.csv", "c.md"):
        try:
            read_comments(text.encode("utf-8", "surrogatepass"), name)
        except ImportProblem:
            pass


def test_times_and_links_in_a_markdown_comment_are_not_taken_for_a_name():
    """'- The page at 19:25 …' and '- See https://…' stay unnamed with their words whole; a heading with commas is not a sheet."""
    text = "# Comments from the team, after the review\n\n- The page at 19:25 was easy to miss\n- See https://status.example/x\n- Jo Ann-Marie O'Neill: Thanks for the space\n"
    comments = [c for c, _ in read_comments(text.encode(), "comments.md")]
    assert [(c.author, c.text) for c in comments] == [
        (None, "The page at 19:25 was easy to miss"),
        (None, "See https://status.example/x"),
        ("Jo Ann-Marie O'Neill", "Thanks for the space"),
    ]
