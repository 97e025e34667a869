"""The preview's HTML: the record rendered, with nothing that could run, restyle the page or fetch anything."""

import re

from record_data import whole_review

from facilitator.export.record import record_markdown
from facilitator.export.record_html import record_html

RAW = """# Heading

<script>alert(1)</script>
<img src="https://tracker.example.com/pixel.png">
<iframe src="https://example.com"></iframe>
<style>body { display: none }</style>
<p onclick="alert(1)" style="color: red">styled</p>
<!-- a comment -->

![remote image](https://tracker.example.com/i.png)
[script link](javascript:alert(1)) [data link](data:text/html,hi) [web link](https://example.com/page)
<https://example.com/auto> <mailto:someone@example.com>
"""


def _tags(html: str) -> set[str]:
    return {tag.lower() for tag in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", html)}


def test_raw_html_never_becomes_markup_even_if_it_reached_the_renderer():
    """Should raw HTML ever reach the preview, scripts, images, frames, styles, handlers and comments are removed."""
    html = record_html(RAW)
    assert not _tags(html) & {"script", "img", "iframe", "style", "link", "object", "embed", "svg"}
    assert "onclick" not in html and "style=" not in html and "<!--" not in html


def test_only_web_and_mail_links_survive():
    """Links keep web and mail addresses; javascript: and data: addresses lose their target."""
    hrefs = re.findall(r'href="([^"]*)"', record_html(RAW))
    assert sorted(hrefs) == ["https://example.com/auto", "https://example.com/page", "mailto:someone@example.com"]


def test_the_front_matter_is_left_to_the_file():
    """The preview starts at the title: the incident section says in words what the front matter holds."""
    html = record_html(record_markdown(whole_review()))
    assert html.startswith("<h1>Post-incident review: INC-1 typed words")
    assert "duration_minutes" not in html


def test_typed_html_in_notes_shows_as_text():
    """A note that is HTML reads in the preview exactly as it was typed."""
    html = record_html(record_markdown(whole_review("<b>bold?</b> <img src=x>")))
    assert "&lt;b&gt;bold?&lt;/b&gt; &lt;img src=x&gt;" in html
    assert "<b>" not in html and "<img" not in html


def test_right_aligned_columns_keep_their_alignment_without_inline_styles():
    """Numbers line up on the right through the align attribute; no style attribute is needed or kept."""
    html = record_html(record_markdown(whole_review()))
    assert '<td align="right">' in html
