"""Anything a user typed shows in Markdown exactly as typed, and never adds structure of its own."""

import html
import re
from unittest import mock

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from facilitator.export.markdown_text import inline, lines

_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])|&lt;|&amp;|&#(\d+);")
MARKDOWN_CHARS = "#>-+=*_`~|$<>&[]()!\\.:@0123456789 \n\tabcXYZ"
TRICKY = [
    "# heading",
    "## Title ##",
    "> quoted",
    "- bullet",
    "+ bullet",
    "* bullet",
    "1. ordered",
    "12) ordered",
    "---",
    "===",
    "***",
    "___",
    "_ _ _",
    "```python",
    "~~~",
    "    indented code",
    "| a | b |",
    "[link](http://example.com)",
    "![image](x.png)",
    "[ref]: http://example.com",
    "<script>alert(1)</script>",
    "<!-- comment -->",
    "<https://example.com>",
    "&amp; &#169; &copy;",
    "*emphasis* and **strong** and _under_",
    "`code`",
    "~~struck~~ and ~single~",
    "$x^2$ costs $5",
    "[^1] footnote",
    "ends with a backslash \\",
    "two trailing spaces  ",
    "- [ ] task",
]


def _shown(markdown: str) -> str:
    """What a reader sees: the escapes taken back out."""
    return _UNESCAPE.sub(lambda m: m[1] or (chr(int(m[2])) if m[2] else {"&lt;": "<", "&amp;": "&"}[m[0]]), markdown)


def _typed(text: str) -> str:
    return " ".join(re.sub(r"[\x00-\x08\x0e-\x1b\x7f]", "", text).split())


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_reads_back_as_typed(text):
    """Each Markdown construct typed as plain text comes back unchanged once the escapes are read."""
    assert _shown(inline(text)) == _typed(text)


@given(st.text(alphabet=st.sampled_from(MARKDOWN_CHARS)) | st.text())
@example("1.")
@example("_a_b_")
@settings(max_examples=300, deadline=None)
def test_any_text_stays_one_line_and_reads_back_as_typed(text):
    """inline() never makes a new line, and loses nothing but extra white space (what it may not make is
    checked by the parsers below)."""
    shown = inline(text)
    assert "\n" not in shown and "\r" not in shown
    assert _shown(shown) == _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "p95 > 2s on booking_api for Calder & Finch (prod-eu), see #88213.",
        "p95 < 2s after 4.18.1 rolled out",
        "2.5% of checkouts failed",
        "-5% traffic, +1 replica",
        "Alertmanager says [FIRING] CheckoutLatencyHigh (booking-api)",
        r"logs under C:\temp\booking",
    ],
)
def test_plain_words_are_left_alone(text):
    """Ordinary sentences read as typed, without backslashes: snake_case names, a lone '<', '>' or '&',
    numbers with points, signs and percentages, an alert's [LABEL] mid-sentence, a Windows path."""
    assert inline(text) == text


def test_heading_closing_hashes_are_kept():
    """Trailing hashes, which a heading would swallow, are escaped."""
    assert inline("Issue ##").endswith("\\##")


def test_lines_keep_each_line_and_drop_blank_ones():
    """Multi-line text becomes one escaped line per typed line, with blank lines left out."""
    assert lines("first\r\n\n  # second  \n- third\u2028fourth") == ["first", "\\# second", "\\- third", "fourth"]


def test_control_characters_are_dropped():
    """Characters no renderer shows are dropped rather than passed on."""
    assert inline("bell\x07 and null\x00 here") == "bell and null here"


try:
    import markdown_it
except ImportError:
    markdown_it = None
needs_commonmark = pytest.mark.skipif(markdown_it is None, reason="no CommonMark parser (markdown-it-py) is installed")


def _commonmark():
    """A CommonMark parser with GitHub's tables and strikethrough."""
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])


ONE_ITEM_THEN_ANOTHER = [
    "bullet_list_open", "list_item_open", "paragraph_open", "inline", "paragraph_close", "list_item_close",
    "list_item_open", "paragraph_open", "inline", "paragraph_close", "list_item_close", "bullet_list_close",
]


@needs_commonmark
@given(st.text(alphabet=st.sampled_from(MARKDOWN_CHARS)) | st.text())
@example("## Title ##")
@settings(max_examples=300, deadline=None)
def test_a_commonmark_parser_sees_one_plain_list_item(text):
    """Placed in a list item, escaped text parses as one item of plain text: no emphasis, code, link or HTML."""
    assume(_typed(text))
    tokens = _commonmark().parse(f"- {inline(text)}\n- next\n")
    assert [t.type for t in tokens] == ONE_ITEM_THEN_ANOTHER
    children = tokens[3].children or []
    assert {child.type for child in children} == {"text"}
    assert "".join(child.content for child in children) == _typed(text)


@needs_commonmark
@pytest.mark.parametrize("text", TRICKY)
def test_a_commonmark_parser_sees_a_plain_heading(text):
    """Escaped text as a heading stays one heading holding exactly the typed text."""
    tokens = _commonmark().parse(f"# {inline(text)}\n")
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert "".join(child.content for child in tokens[1].children) == _typed(text)


_BARE_ADDRESS = re.compile(r'<a href="(?:mailto:|http://)?([^"]*)">([^<]*)</a>')


def _without_bare_addresses(html_text: str) -> str:
    """GitHub links a bare mail or web address to itself (markdown_text says why that is left): such links,
    whose text is their own address, are taken back to their text; any other link stays and fails the test."""
    return _BARE_ADDRESS.sub(lambda m: m[2] if html.unescape(m[2]) in (m[1], html.unescape(m[1])) else m[0], html_text)


def _plain_lines(text: str) -> list[str]:
    return [typed for typed in map(_typed, text.splitlines()) if typed]


@needs_commonmark
@given(st.text(alphabet=st.sampled_from(MARKDOWN_CHARS), max_size=40) | st.text(max_size=40))
@example("Scores before and after\n-:")
@example("Scores\n:-")
@settings(max_examples=300, deadline=None, derandomize=True)
def test_lines_joined_by_breaks_stay_one_paragraph_of_plain_text(text):
    """The record joins a text's lines with hard breaks, in a list item or a quote: they stay one paragraph
    of plain text there, with no table, list, heading or rule made of a later line, to CommonMark and to
    GitHub's own renderer."""
    import cmarkgfm
    from cmarkgfm.cmark import Options

    assume(_plain_lines(text))
    for before, between in (("- ", "  \n  "), ("> ", "  \n> ")):
        markdown = before + between.join(lines(text)) + "\n"
        tokens = _commonmark().parse(markdown)
        assert [t.type for t in tokens].count("inline") == 1
        assert not {t.type for t in tokens} & {"table_open", "heading_open", "hr", "ordered_list_open", "fence", "code_block"}
        children = next(t for t in tokens if t.type == "inline").children
        assert {c.type for c in children} <= {"text", "softbreak", "hardbreak"}
        github = _without_bare_addresses(cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE))
        assert set(re.findall(r"<(/?[a-z0-9]+)", github)) <= {"ul", "/ul", "li", "/li", "blockquote", "/blockquote", "p", "/p", "br"}, github


@given(st.text(alphabet=st.sampled_from(MARKDOWN_CHARS), max_size=40) | st.text(max_size=40))
@example("<0day@example.com>")
@example("<_x@evil.io>")
@example("x <1@b<c> y")
@example("1234567890. x")
@settings(max_examples=300, deadline=None, derandomize=True)
def test_the_preview_shows_a_list_item_of_plain_text(text):
    """Python-Markdown, as the preview uses it, sees the escaped text as one list item holding only text:
    no link, mail link, code, emphasis, list or table."""
    from facilitator.export.record_html import record_html

    assume(_typed(text))
    rendered = record_html(f"- {inline(text)}\n- next\n")
    tags = set(re.findall(r"<(/?[a-z0-9]+)", rendered))
    assert tags <= {"ul", "/ul", "li", "/li"}, rendered


PYTHON_MARKDOWN_EXTENSIONS = ["extra", "toc", "sane_lists", "fenced_code"]
"""Python-Markdown as people run it (`python -m markdown -x extra ...`), with none of the preview's own additions."""


def _text_of(rendered: str) -> str:
    return _typed(html.unescape(re.sub(r"<[^>]+>", "", rendered)))


@given(st.text(alphabet=st.sampled_from(MARKDOWN_CHARS), max_size=40) | st.text(max_size=40))
@example("about ~12 min, not ~5")
@example("costs $5-$10")
@example("= x")
@example(":- x")
@example("~~~")
@settings(max_examples=300, deadline=None, derandomize=True)
def test_plain_python_markdown_shows_the_text_as_typed(text):
    """Plain Python-Markdown with its usual extensions shows a list item of exactly the typed text: no stray
    backslash ('\\~12 min'), no tag of its own."""
    import markdown

    assume(_typed(text))
    rendered = markdown.markdown(f"- {inline(text)}\n- next\n", extensions=PYTHON_MARKDOWN_EXTENSIONS)
    assert set(re.findall(r"<(/?[a-z0-9]+)", rendered)) <= {"ul", "/ul", "li", "/li"}, rendered
    assert _text_of(rendered.split("</li>")[0]) == _typed(text), rendered


PYTHON_MARKDOWN_CHARS = MARKDOWN_CHARS + "{}:#."


@given(st.text(alphabet=st.sampled_from(PYTHON_MARKDOWN_CHARS), max_size=40) | st.text(max_size=40))
@example("Title {.x}")
@example("first\n: second")
@example("first\n{: #id}")
@example("labels {job=\"api\"}")
@example("[TOC]")
@settings(max_examples=300, deadline=None, derandomize=True)
def test_plain_python_markdown_keeps_every_typed_line_in_headings_items_and_quotes(text):
    """Python-Markdown's 'extra' reads '{...}' at a heading's end or on a block's last line as attributes, and a
    line starting ': ' as a definition: typed text keeps its words in a heading, and its lines in a list item,
    a quote and a paragraph (joined with two-space breaks, as the record joins them)."""
    import markdown

    assume(_plain_lines(text))
    heading = markdown.markdown(f"# {inline(text)}\n", extensions=PYTHON_MARKDOWN_EXTENSIONS)
    assert re.fullmatch(r'<h1 id="[^"]*">.*</h1>', heading, re.DOTALL) and _text_of(heading) == _typed(text), heading
    for before, between in (("- ", "  \n  "), ("> ", "  \n> "), ("", "  \n")):
        rendered = markdown.markdown(before + between.join(lines(text)) + "\n", extensions=PYTHON_MARKDOWN_EXTENSIONS)
        assert set(re.findall(r"<(/?[a-z0-9]+)", rendered)) <= {"ul", "/ul", "li", "/li", "blockquote", "/blockquote", "p", "/p", "br"}, rendered
        assert _text_of(rendered) == " ".join(_plain_lines(text)), rendered


@pytest.mark.parametrize("text", ["about ~12 min", "costs $5 or $6", "a ~ b", "tilde at the end ~"])
def test_a_tilde_or_dollar_that_cannot_close_a_span_is_left_as_typed(text):
    """A '~' or '$' after a space opens nothing without a partner that could close, so it stays as typed."""
    assert inline(text) == text


_OLD_AUTOLINK_END = re.compile(r"[^\s>]*>")
"""The rule for a '<' not followed by a letter, '/', '!' or '?' as it was: a '>' before any space. As one regular
expression matched at each '<', it rescanned the rest of the line at every '<'."""


@given(st.text(alphabet=st.sampled_from("<<<>> \tab@1_&*"), max_size=60))
@example("x <1@b<c> y")
@example("<< <a")
@settings(max_examples=300, deadline=None, derandomize=True)
def test_a_less_than_sign_is_escaped_exactly_where_it_was(text):
    """Each '<' is escaped exactly where it was before, the '>' now being looked for once per stretch of text."""
    from facilitator.export import markdown_text

    line = " ".join(text.split())
    ends = markdown_text._TagEnds(line)
    after = [at + 1 for at, char in enumerate(line) if char == "<"]
    assert [ends.closes(at) for at in after] == [bool(_OLD_AUTOLINK_END.match(line, at)) for at in after]
    escaped = inline(text)
    with mock.patch.object(markdown_text._TagEnds, "closes", lambda self, at: bool(_OLD_AUTOLINK_END.match(self.line, at))):
        assert escaped == inline(text)


class _CountingSearch:
    """A regular expression whose searches count how many characters they passed over."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.scanned = pattern, 0

    def search(self, text: str, at: int = 0):
        found = self.pattern.search(text, at)
        self.scanned += (found.end() if found else len(text)) - at
        return found


@pytest.mark.parametrize("line", ["<" * 5000, "<a" * 2500, "< " * 2500, "<" * 2500 + ">", "<x@y" * 1000 + ">"])
def test_a_run_of_less_than_signs_is_read_once_not_once_per_sign(line, monkeypatch):
    """Escaping a line looks at each character a bounded number of times, however many '<' it holds, so a
    megabyte of '<' in a note is escaped in about the time of a megabyte of words (it took minutes)."""
    from facilitator.export import markdown_text

    counting = _CountingSearch(markdown_text._TAG_END)
    monkeypatch.setattr(markdown_text, "_TAG_END", counting)
    inline(line)
    assert counting.scanned <= 2 * len(line)
