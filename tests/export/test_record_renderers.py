"""The demo's record and pre-read as people will read them: GitHub's renderer, plain CommonMark, and plain
Python-Markdown with its usual extensions; no stray backslashes, the front matter one field a line."""

import html
import re

import cmarkgfm
import markdown
import pytest

from facilitator.app.demo import demo_review_id
from facilitator.export.preread import preread_markdown
from facilitator.export.record import record_markdown
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore
from facilitator.storage.whole_review import load_whole

PYTHON_MARKDOWN_EXTENSIONS = ["extra", "toc", "sane_lists", "fenced_code"]
RENDERERS = {
    "Python-Markdown": lambda text: markdown.markdown(text, extensions=PYTHON_MARKDOWN_EXTENSIONS),
    "GitHub (cmark-gfm)": cmarkgfm.github_flavored_markdown_to_html,
    "CommonMark (cmark)": cmarkgfm.markdown_to_html,
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = ReviewStore(open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    whole = load_whole(store, demo_review_id(store))
    store.db.close()
    return whole


@pytest.fixture(scope="module")
def documents(demo):
    return {
        "record": record_markdown(demo),
        "pre-read": preread_markdown(demo.review, list(demo.people), list(demo.entries)),
    }


def _text(rendered: str) -> str:
    """What a reader sees: the tags gone, the character references read."""
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("document", ["record", "pre-read"])
def test_no_renderer_shows_a_stray_backslash(documents, document, renderer):
    """No '\\' at a line's end (a hard break only CommonMark knows) nor before '~' or '$' reaches the reader."""
    shown = _text(RENDERERS[renderer](documents[document]))
    assert "\\" not in shown, [line for line in shown.splitlines() if "\\" in line][:3]


@pytest.mark.parametrize("renderer", ["Python-Markdown", "CommonMark (cmark)"])
def test_where_front_matter_is_not_understood_it_shows_one_field_a_line(documents, renderer):
    """A renderer that does not know front matter shows a rule, then each field on its own line, then a rule."""
    rendered = RENDERERS[renderer](documents["record"])
    first = rendered.split("<h1", 1)[0]
    assert first.lstrip().startswith("<hr")
    fields = [line.strip() for line in _text(re.sub(r"\s*<br\s*/?>\s*", "<br>\n", first)).splitlines() if line.strip()]
    assert [field.split(":", 1)[0] for field in fields[:4]] == ["title", "incident", "incident_date", "severity"]
    assert all(re.fullmatch(r"[a-z_]+: .+", field) for field in fields), fields
    assert len(re.findall(r"<br", first)) == len(fields) - 1, "the fields run together as one paragraph"


@pytest.mark.parametrize("renderer", RENDERERS)
def test_the_record_opens_with_the_summary_and_impact(documents, renderer):
    """After the title, the reader meets what happened and its impact, before the incident's details and the timeline."""
    shown = _text(RENDERERS[renderer](documents["record"]))
    summary, impact = shown.index("\nSummary\n"), shown.index("\nImpact\n")
    assert summary < impact < shown.index("\nThe incident\n") < shown.index("\nTimeline\n")
    assert "Who: people buying tickets online" in shown[impact:]
    assert "47 on the first night, 12 on the second" in shown[impact:]


def test_the_pre_read_says_when_and_where_the_meeting_is(documents):
    """The attendees' pre-read names the meeting's day, time, place and call link, and opens with the summary."""
    shown = _text(RENDERERS["GitHub (cmark-gfm)"](documents["pre-read"]))
    assert "Monday 19 October 2026, 14:00 (Europe/London)" in shown
    assert "Lomond room, 3rd floor, Leith office" in shown
    assert '<a href="https://meet.example.com/inc-2417-review">' in RENDERERS["GitHub (cmark-gfm)"](documents["pre-read"])
    assert shown.index("On the evening of Wednesday 14 October") < shown.index("Timeline")
