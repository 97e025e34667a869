"""The record for the incident folder: what a reader who missed the meeting finds, and that typed text never breaks it.

Structure is checked by parsing the output with a CommonMark parser (markdown-it-py, with GitHub's
tables), and the preview's Python-Markdown rendering is held to the same structure.
"""

import datetime as dt
import json
import re
from dataclasses import replace

import markdown_it
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from record_data import RUN, at, whole_review

from facilitator.content import texts
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.domain.whole_review import WholeReview
from facilitator.export.markdown_text import inline
from facilitator.export.record import record_file_name, record_markdown
from facilitator.export.record_html import _FRONT_MATTER, record_html

HOSTILE = [
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "---",
    "===",
    "```",
    "~~~ fence",
    "| a | b |",
    "a | b | c",
    "<script>alert(1)</script>",
    "<img src=https://tracker.example.com/x.png>",
    "<!-- hidden -->",
    "[link](http://example.com) ![img](http://example.com/i.png)",
    "*not emphasis* `not code` ~~not struck~~ $not math$ _nor this_",
    "&amp; stays as typed",
    "    not code either",
    "ends with a backslash \\",
    "first line\n\n---\nsecond line\n# third",
    "x" * 5000,
]
SKELETON = {
    "heading_open", "bullet_list_open", "ordered_list_open", "list_item_open", "blockquote_open",
    "table_open", "tr_open", "th_open", "td_open", "hr", "fence", "code_block", "html_block",
}
"""Block tokens that make the document's structure (paragraphs aside: a typed blank line may add one)."""
LIVE_INLINE = {"html_inline", "code_inline", "link_open", "image", "s_open"}


def _parser() -> markdown_it.MarkdownIt:
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _tokens(markdown: str):
    return _parser().parse(markdown)


def _skeleton(markdown: str) -> list[tuple[str, str, int]]:
    return [(t.type, t.tag, t.level) for t in _tokens(markdown) if t.type in SKELETON]


def _inline_types(markdown: str) -> list[str]:
    """Inline tokens of the document's body, after the front matter."""
    tokens = _tokens(markdown)
    body = next(i for i, t in enumerate(tokens) if t.type == "heading_open")
    return [child.type for t in tokens[body:] if t.type == "inline" for child in t.children]


def _headings(markdown: str) -> list[tuple[str, str]]:
    tokens = _tokens(markdown)
    return [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]


def _plain(inline_token) -> str:
    return "".join(c.content for c in inline_token.children if c.type in ("text", "softbreak", "hardbreak") or c.type.endswith("code_inline"))


def _section(markdown: str, title: str) -> str:
    """The Markdown under a `## title`, up to the next `## `."""
    start = markdown.index(f"\n## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end >= 0 else len(markdown)]


def _front_matter(markdown: str) -> dict:
    """The front matter's fields; every value is one line of JSON."""
    lines = markdown.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    assert lines[end - 1] == ""
    return {key: json.loads(value) for key, value in (line.split(": ", 1) for line in lines[1 : end - 1])}


@pytest.fixture(scope="module")
def record() -> str:
    return record_markdown(whole_review())


def test_front_matter_names_the_incident_people_duration_and_recording(record):
    """The front matter is the incident folder's index card: reference, dates, hosts, attendees, length, recording."""
    assert _front_matter(record) == {
        "title": "Title typed words",
        "incident": "INC-1 typed words",
        "incident_date": "2026-10-14",
        "severity": "typed words",
        "major": True,
        "client": "typed words",
        "review_date": "2026-10-21",
        "facilitator": "typed words host",
        "note_taker": "typed words scribe",
        "attendees": ["typed words one", "typed words host", "typed words scribe"],
        "apologies": ["typed words two"],
        "duration_minutes": 85,
        "recording": "https://recordings.example.com/inc-2417",
    }


def test_a_reader_finds_every_part_of_the_meeting_under_its_own_heading(record):
    """The headings, in order, are the record's table of contents, as PRODUCT.md lists them."""
    words = texts("record")
    questions = [q["text"] for q in texts("meeting")["key_questions"]["questions"]]
    assert _headings(record) == [
        ("h1", "Post-incident review: INC-1 typed words — Title typed words"),
        ("h2", "Summary"),
        ("h2", "Impact"),
        ("h2", "The incident"),
        ("h2", "Who took part"),
        ("h2", "Opening"),
        ("h2", "Timeline"),
        ("h3", "Wednesday 14 October 2026"),
        ("h3", "Thursday 15 October 2026"),
        ("h2", "Key questions"),
        *(("h3", q) for q in questions),
        ("h2", "Perspectives and dissent"),
        *(("h3", words["perspectives"][k]) for k in ("dissent", "knew_then", "know_now", "open_question")),
        ("h2", "Comments raised outside the meeting"),
        ("h2", "Parking lot"),
        ("h2", "Actions"),
        ("h2", "Time spent"),
        ("h2", "Close"),
        ("h2", "Other notes"),
    ]


def test_the_tables_are_attendance_parking_lot_actions_and_time_spent(record):
    """Four tables with a header and one row per person invited, parked item, action and phase (plus the total)."""
    tokens = _tokens(record)
    tables, rows = [], 0
    for token in tokens:
        if token.type == "table_open":
            rows = 0
        elif token.type == "tr_open":
            rows += 1
        elif token.type == "table_close":
            tables.append(rows)
    assert tables == [1 + 4, 1 + 4, 1 + 4, 1 + 6]
    cells = [t.type for t in tokens if t.type in ("th_open", "td_open")]
    assert cells.count("th_open") == 4 + 4 + 7 + 4


def test_notes_sit_under_their_moment_with_their_tag_and_speaker(record):
    """A discussed moment shows its kind, its time on screen, its detail, then its notes as a list beneath it."""
    timeline = _section(record, "Timeline")
    moment = next(item for item in timeline.split("\n- ") if item.startswith("**18:05**"))
    head, *rest = moment.split("\n")
    assert head.startswith("**18:05** **⚑ Decision point** *(on screen for 6 min 20 s)* — typed words: typed words")
    assert rest[:2] == ["    *typed words*  ", "    *typed words*"]
    assert rest[2:] == [
        "    - typed words: typed words",
        "    - *Dissent* — typed words: typed words",
        "    - *Know now* — typed words",
    ]


def test_preparation_private_notes_and_questions_stay_out(record):
    """What the room never saw stays out: the facilitator's preparation notes and questions, and private notes."""
    assert "PREP" not in record and "QUESTION" not in record and "PRIVATE" not in record


def test_unmarked_entries_are_one_line_and_a_long_run_is_summarised(record):
    """Entries without a mark or notes lose their detail; a long run keeps three at each end and counts the rest."""
    day = _section(record + "\n## end", "Timeline").split("### Thursday 15 October 2026")[1]
    items = [line for line in day.split("\n") if line.startswith(("- **", "- …"))]
    assert len(items) == 3 + 1 + 3 + 1
    assert items[3] == f"- … {RUN - 6} more entries between 09:03 and 09:16, from typed words 0 5, typed words 1 5, typed words 2 4"
    assert "DETAIL" not in record


def test_an_unmarked_entry_with_notes_is_shown_in_full(record):
    """Notes filed under an entry that was not marked still appear, under that entry."""
    timeline = _section(record, "Timeline")
    assert "- **18:09** — typed words: typed words\n    - *Knew then* — typed words" in timeline


def test_moments_not_reached_say_so_and_notes_with_no_moment_are_kept(record):
    """A marked moment the meeting never reached is labelled; notes on the timeline as a whole and with no place are kept."""
    timeline = _section(record, "Timeline")
    assert "- **10:00** **⚑ Communication** *(not discussed)* — typed words: typed words" in timeline
    assert texts("record")["timeline"]["notes"] + "\n\n- *Open question* — typed words" in timeline
    assert _section(record, "Other notes").strip().endswith("- typed words")


def test_the_moment_on_screen_or_one_with_notes_counts_as_discussed():
    """Made mid-meeting, the record never calls the moment on the shared screen, or one with notes under it,
    'not discussed' (its time on screen is only counted when the prompt moves on)."""
    whole = whole_review()
    moment = next(e for e in whole.entries if e.id == 13)
    note = replace(whole.notes[1], place=replace(whole.notes[1].place, entry_id=13))
    words = texts("record")["timeline"]
    for changed in (replace(whole, current_entry_id=13), replace(whole, notes=(*whole.notes, note))):
        timeline = _section(record_markdown(changed), "Timeline")
        assert f"**⚑ Communication** *({words['not_reached']})*" not in timeline
        assert "walked through 2 of the 2 moments" in timeline
    assert moment.discussed is False


def test_a_record_made_before_the_meeting_speaks_of_what_is_prepared():
    """Before the clock starts, the record neither says the room heard the opening nor counts moments walked through."""
    whole = replace(whole_review(), events=(), notes=())
    record = record_markdown(whole)
    words = texts("record")
    assert words["opening"]["intro_before"] in record and words["opening"]["prime_directive_before"] in record
    assert words["opening"]["prime_directive"] not in record
    assert "walked through" not in record and "2 moments are marked for discussion" in record
    assert words["timeline"]["not_reached"] not in record


def test_a_summarised_stretch_names_its_most_frequent_senders_and_counts_the_rest():
    """'from A 5, B 4, C 3 and 2 more'; a stretch where nobody is named says only when it was."""
    whole = whole_review()
    unnamed = replace(whole, entries=tuple(replace(e, actor="") if e.id >= 100 else e for e in whole.entries))
    more = replace(whole, entries=(*whole.entries, TimelineEntry(at(15, 8, 10), "someone else", "x", id=999)))
    summary = [line for line in _section(record_markdown(more), "Timeline").split("\n") if line.startswith("- …")]
    assert summary[0].endswith("from typed words 0 5, typed words 1 5, typed words 2 4 and 1 more")
    summary = [line for line in _section(record_markdown(unnamed), "Timeline").split("\n") if line.startswith("- …")]
    assert summary[0] == f"- … {RUN - 6} more entries between 09:03 and 09:16"


def test_key_questions_give_their_state_and_the_notes_filed_under_them(record):
    """Covered, 'not yet' and not reached are said in words; notes filed under a question follow it, and a
    note taken before any question was chosen follows the first, which was on screen (no separate list)."""
    section = _section(record, "Key questions")
    words = texts("record")["key_questions"]
    assert f"{words['covered']}\n\n- typed words\n- *Discovery* — typed words\n\n### " in section
    assert words["answers"]["not yet"] in section
    assert section.count(words["not_reached"]) == len(texts("meeting")["key_questions"]["questions"]) - 2
    assert words["notes"] not in section


def test_perspectives_gather_dissent_hindsight_and_open_questions_with_where_they_came_up(record):
    """Each gathered note says which moment or part of the meeting it belongs to."""
    section = _section(record, "Perspectives and dissent")
    assert "- typed words: typed words *(on the entry at 18:05 on 14 October)*" in section
    assert "- typed words *(on the entry at 18:09 on 14 October)*" in section
    assert "- typed words *(on the timeline)*" in section


def test_comments_are_anonymous_where_asked(record):
    """An anonymous comment shows no author; a named one shows its author and when it came."""
    section = _section(record, "Comments raised outside the meeting")
    assert "- **Anonymous** (by typed words, about the entry at 18:05 on 14 October): typed words" in section
    assert "- **typed words** (by typed words, received 2026-10-20): typed words" in section


def test_parked_items_have_their_fate_and_actions_their_owner_due_date_tracker_and_isms_flag(record):
    """The parking lot says what became of each item; the actions table has every field, ranked, with the about-three note."""
    parking = _section(record, "Parking lot")
    assert "| typed words c | | Question for later | Dropped: typed words |" in parking.replace("|  |", "| |")
    assert "| typed words d | | Not sorted yet | no fate given |" in parking.replace("|  |", "| |")
    actions = _section(record, "Actions")
    assert texts("record")["actions"]["too_many"] in actions
    assert "| 1 | typed words action 0 — typed words | typed words | 2026-11-01 | high | typed words | yes |" in actions
    assert "| 4 | typed words action 3 — typed words | typed words | 2026-11-04 | high | typed words | no |" in actions


def test_time_spent_per_phase_against_its_budget(record):
    """Each phase's planned and spent time and the difference, then the whole meeting against the slot."""
    section = _section(record, "Time spent")
    assert "| Opening | 5 min | 6 min | 1 min over |" in section
    assert "| Timeline | 55 min | 32 min | 23 min under |" in section
    assert "| Key questions | 12 min | 17 min | 5 min over |" in section
    assert "| Close | 5 min | 13 min | 8 min over |" in section
    assert "| **Whole meeting** | 1 h 30 min | 1 h 25 min | 5 min under |" in section


def test_a_running_clock_is_read_at_the_last_note_not_at_export_time():
    """While the clock still runs, time counts to the latest thing recorded, so exporting later changes nothing."""
    whole = whole_review()
    running = replace(whole, events=whole.events[:3])
    record = record_markdown(running)
    assert "the last thing recorded" in record
    assert "| Key questions | 12 min | 42 min | 30 min over |" in record
    assert record_markdown(running) == record


def test_the_recording_is_a_link_only_when_it_is_a_web_address():
    """A web address becomes a link; a file name is text; anything else can never become a link."""
    assert "- **Recording:** <https://recordings.example.com/inc-2417>" in record_markdown(whole_review())
    for where in ("javascript:alert(1)", "recording.mp4", "https://x.example.com/a b", "<https://a.example.com>"):
        tokens = _inline_types(record_markdown(whole_review(recording=where)))
        assert "link_open" not in tokens


def test_a_review_not_yet_held_says_so_and_still_parses():
    """Before the meeting: no times, nothing discussed, every section present and saying so plainly."""
    review = Review("INC-9", "Quiet", whole_review().review.incident_date)
    record = record_markdown(WholeReview(review=review))
    words = texts("record")
    assert words["not_started"] in record
    assert words["timings"]["none"] in record and words["comments"]["none"] in record
    assert words["parking"]["none"] in record and words["actions"]["none"] in record
    assert words["people"]["nobody_invited"] in record
    assert _front_matter(record)["review_date"] is None
    assert "table_open" not in [t.type for t in _tokens(record)]


def test_the_same_review_always_gives_the_same_bytes(record):
    """No clock, no ids, no dictionary order: the record is a function of the review."""
    again = record_markdown(whole_review())
    assert again == record
    assert record.endswith("\n") and not record.endswith("\n\n") and "\r" not in record


def test_file_name_is_date_reference_and_review():
    """`<incident date>-<incident ref>-review.md`, the reference made safe for any file system."""
    assert record_file_name(Review("INC/7: x?", "T", whole_review().review.incident_date)) == "2026-10-14-INC-7-x-review.md"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_typed_markdown_never_changes_the_structure(hostile):
    """With Markdown, HTML, rules, fences or pipes typed into every field, a parser sees exactly the structure of plain words."""
    plain, attacked = record_markdown(whole_review("plain")), record_markdown(whole_review(hostile))
    assert _skeleton(attacked) == _skeleton(plain)
    assert not LIVE_INLINE & set(_inline_types(attacked)) - {"link_open"}
    assert _inline_types(attacked).count("link_open") == 1
    assert _inline_types(attacked).count("strong_open") == _inline_types(plain).count("strong_open")
    if "\n" not in hostile:
        assert _inline_types(attacked).count("em_open") == _inline_types(plain).count("em_open")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_typed_text_reads_as_typed(hostile):
    """Escaping is invisible to the reader: the rendered title is the typed text with its spaces tidied."""
    tokens = _tokens(record_markdown(whole_review(hostile)))
    title = next(tokens[i + 1] for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1")
    assert _plain(title) == f"Post-incident review: INC-1 {' '.join(hostile.split())} — Title {' '.join(hostile.split())}"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_front_matter_survives_any_text(hostile):
    """Each front matter value is one line of JSON holding the typed text; without front matter support it is a rule,
    a paragraph and a rule, with no HTML, code or link in it."""
    record = record_markdown(whole_review(hostile))
    assert _front_matter(record)["client"] == hostile.strip()
    tokens = _tokens(record)
    assert [t.type for t in tokens[:6]] == ["hr", "paragraph_open", "inline", "paragraph_close", "hr", "heading_open"]
    assert not {c.type for c in tokens[2].children} & (LIVE_INLINE | {"strong_open"})


def test_front_matter_reads_as_typed_and_stays_valid_yaml():
    """'Calder & Finch' appears as typed (GitLab shows front matter raw); '_urgent_' makes no emphasis where
    front matter is not understood; a character YAML refuses (U+FFFF) is written as an escape."""
    review = replace(whole_review().review, client="Calder & Finch", title="_urgent_ p95 > 2s\uffff")
    record = record_markdown(replace(whole_review(), review=review))
    head = record.split("\n---\n", 1)[0]
    assert 'client: "Calder & Finch"' in head and '\\u005furgent\\u005f p95 > 2s\\uffff"' in head
    assert _front_matter(record)["title"] == "_urgent_ p95 > 2s\uffff"
    assert "em_open" not in [c.type for t in _tokens(record)[:4] if t.type == "inline" for c in t.children]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_the_preview_renderer_sees_the_same_structure(hostile):
    """Python-Markdown (the preview) and CommonMark agree on headings, lists, quotes and tables, and no markup gets through."""
    record = record_markdown(whole_review(hostile))
    commonmark = _parser().render(_FRONT_MATTER.sub("", record, count=1))
    preview = record_html(record)
    for tag in ("<h1", "<h2", "<h3", "<li", "<blockquote", "<table", "<tr", "<td", "<th", "<br"):
        assert preview.count(tag) == commonmark.count(tag), tag
    assert not re.search(r"<(script|img|iframe|style|code|pre)\b|<!--", preview)


_TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(alphabet=st.sampled_from(list("#>-+*=`~|<&[]()!_\\$:. \n\t1aZé😀")), min_size=1, max_size=40),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),
).filter(lambda text: inline(text) and inline(f"{text} one"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(_TEXT)
def test_any_text_keeps_the_structure(text):
    """Whatever is typed, the parsed structure equals that of plain words, and the front matter stays JSON per line."""
    plain, typed = record_markdown(whole_review("plain")), record_markdown(whole_review(text))
    assert _skeleton(typed) == _skeleton(plain)
    assert _front_matter(typed)["incident"] == f"INC-1 {text}".strip()


def test_a_marked_entry_in_a_long_quiet_stretch_is_never_summarised_away():
    """Marking an entry (the impact figures, say) keeps it whole in the record, however many one-liners surround it:
    the stretches either side of it are summarised on their own."""
    whole = whole_review()
    figures = TimelineEntry(at(15, 8, 10) + dt.timedelta(seconds=30), "Tomasz", "47 payments taken with no booking", moment=MomentKind.OBSERVATION, id=500)
    record = record_markdown(replace(whole, entries=(*whole.entries, figures)))
    assert "47 payments taken with no booking" in record
    assert "- **09:10** **⚑ Observation** *(not discussed)* — Tomasz: 47 payments taken with no booking" in record
    assert not any("more entries between 09:03 and 09:16" in line for line in record.splitlines())
