"""The record as safe HTML for the in-app preview: rendered with Python-Markdown, then sanitized with nh3.

The record escapes user text already; the sanitizer is the second guard. Only a small set of tags
survives, with no style, script, image or embedded content, and links keep only web and mail addresses,
so nothing in the preview can run, restyle the page or fetch anything. The front matter is left out:
the incident section says the same in words.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as etree

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import InlineProcessor

TAGS = {
    "h1", "h2", "h3", "h4", "p", "br", "ul", "ol", "li", "blockquote", "strong", "em",
    "table", "thead", "tbody", "tr", "th", "td", "a", "code", "hr",
}
ATTRIBUTES = {"a": {"href"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


class _BackslashBreak(InlineProcessor):
    """CommonMark's hard line break, a backslash at the end of a line, which Python-Markdown lacks."""

    def handleMatch(self, m, data):
        return etree.Element("br"), m.start(0), m.end(0)


class _CommonMarkEscapes(Extension):
    """Read the record the way CommonMark does: any ASCII punctuation can be escaped, and '\\' + newline breaks the line."""

    def extendMarkdown(self, md):
        md.ESCAPED_CHARS = list(string.punctuation)
        md.inlinePatterns.register(_BackslashBreak(r"\\\n", md), "backslash_break", 185)


def record_html(record: str) -> str:
    body = _FRONT_MATTER.sub("", record, count=1)
    rendered = markdown.markdown(body, extensions=[TableExtension(use_align_attribute=True), "sane_lists", _CommonMarkEscapes()])
    return nh3.clean(
        rendered,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
