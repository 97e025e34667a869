"""Taking the marks out of an entry's words reads any line in one pass, however its marks are left open."""

import pytest

from facilitator.importers.markdown_words import actor_and_text, first_news, reader_words

UNCLOSED = ["[(", '[a](b "', "<http:", "**a ", "``a", "`", "_a ", "** x", "***", "[a]("]


@pytest.mark.parametrize("unit", UNCLOSED)
def test_a_long_line_of_unclosed_marks_reads_as_written(unit):
    """100,000 characters of marks, most never closed, are read at once (quadratic before: minutes) and keep the words."""
    text = "Paged " + unit * (100_000 // len(unit)) + " end"
    words, links = reader_words(text)
    assert words.startswith("Paged ") and words.endswith(" end")
    assert links == []


def test_marks_that_close_are_still_taken_out_next_to_open_ones():
    """An open bracket before a link, and emphasis three deep, still read as a reader sees them."""
    assert reader_words("see [[the graph](https://g.example/1)") == ("see [the graph", ["https://g.example/1"])
    assert reader_words("***very*** loud `` `tick` ``") == ("very loud `tick`", [])


@pytest.mark.parametrize("status", ["Monitoring", "Identified", "Investigating", "In progress", "Completed"])
def test_a_status_word_before_a_colon_is_no_one_who_acted(status):
    """'Monitoring: error rate falling' says what the line is, as 'Resolved:' does; 'Mia: ...' names who acted."""
    assert actor_and_text(f"{status}: error rate falling") == ("", f"{status}: error rate falling")
    assert actor_and_text("Mia: error rate falling") == ("Mia", "error rate falling")


@pytest.mark.parametrize(
    ("paragraphs", "first"),
    [
        (["Hello all,", "The queue is drained."], 1),
        (["Hi everyone —", "Good morning,", "Refunds are out."], 2),
        (["Dear customers,", "Hey team!", "Back to normal."], 2),
        (["Hi there, the database is down", "More later."], 0),
        (["Hi all — db back"], 0),
        (["Hello everyone,"], 0),
    ],
)
def test_the_first_news_comes_after_any_greeting(paragraphs, first):
    """A short paragraph that only greets ('Hello all,', 'Hi everyone —') is not what happened; one that greets and
    goes on to say something is, and a greeting alone is still kept as the words."""
    assert first_news(paragraphs) == first
