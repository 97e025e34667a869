"""The pre-read attendees get before the meeting: the incident, how the review works, who is invited, the timeline."""

import datetime as dt
import re
from dataclasses import replace

import pytest

from facilitator.content import demo_review, texts
from facilitator.domain.people import Attendance, Person, Role
from facilitator.domain.questions import QuestionLibrary
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.export.preread import long_date, preread_file_name, preread_markdown
from facilitator.importers.demo import read_demo

try:
    import markdown_it
except ImportError:
    markdown_it = None

UTC = dt.UTC
REVIEW = Review(
    incident_ref="INC-2417",
    title="Ticket checkout failures",
    incident_date=dt.date(2026, 10, 14),
    severity="SEV2",
    major=True,
    client="Calder & Finch",
    timezone="Europe/London",
)
HOSTILE = [
    "# not a heading",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "* not a list",
    "1. not a list",
    "---",
    "===",
    "```",
    "~~~",
    "| a | b |",
    "<script>alert(1)</script>",
    "<!-- hidden -->",
    "[link](http://example.com)",
    "*not emphasis* `not code` ~~not struck~~ $not math$",
    "&amp; stays as typed",
    "    not code either",
    "ends with a backslash \\",
]


def _entry(at: str, text: str, actor: str = "Priya", **fields) -> TimelineEntry:
    return TimelineEntry(at=dt.datetime.fromisoformat(at), actor=actor, text=text, **fields)


def _people() -> list[Person]:
    return [
        Person("Priya Raghunathan", Role.RESPONDER, involved=True, attendance=Attendance.PRESENT),
        Person("Tomasz Wójcik", Role.RESPONDER, involved=True, attendance=Attendance.APOLOGIES),
        Person("Fiona MacAllister", Role.CLIENT_CONTACT, attendance=Attendance.INVITED),
        Person("Nadia Left-Out", Role.TECH_TEAM, attendance=Attendance.NOT_INVITED),
        Person("Sam Whitcombe", Role.OTHER, facilitates=True),
        Person("Elif Demir", Role.OTHER, takes_notes=True),
    ]


def _section(markdown: str, heading: str) -> list[str]:
    """The lines under a `## heading`, up to the next `## ` heading."""
    lines = markdown.splitlines()
    start = lines.index(f"## {heading}") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def _items(markdown: str) -> list[str]:
    """The timeline's list items, each with its continuation lines joined by newlines."""
    items: list[str] = []
    for line in _section(markdown, "Timeline"):
        if line.startswith("- "):
            items.append(line)
        elif line.startswith("  ") and items:
            items[-1] += "\n" + line
    return items


def test_the_incident_is_named_at_the_top():
    """The heading names the incident, and the facts give its date, severity, client and time zone."""
    markdown = preread_markdown(REVIEW, [], [])
    assert markdown.splitlines()[0] == "# Pre-read: INC-2417 — Ticket checkout failures"
    assert "- **Incident date:** Wednesday 14 October 2026" in markdown.splitlines()
    assert "- **Severity:** SEV2, major incident" in markdown.splitlines()
    assert "- **Client affected:** Calder & Finch" in markdown.splitlines()
    assert "- **Times shown in:** Europe/London" in markdown.splitlines()


def test_how_the_review_works_is_the_editable_text_with_the_facilitator_named():
    """The note on the review comes from preread.toml, and says whom to send comments to."""
    words = texts("preread")["how"]
    section = "\n".join(_section(preread_markdown(REVIEW, _people(), []), words["heading"]))
    assert words["paragraphs"][0] in section
    assert "blameless" in section and "parked" in section
    assert "Send your comments before the meeting to the facilitator, Sam Whitcombe," in section


def test_without_a_facilitator_comments_go_to_the_facilitator_unnamed():
    """With nobody down as facilitator, the note still says where comments go."""
    markdown = preread_markdown(REVIEW, [], [])
    assert "Send your comments before the meeting to the facilitator, and say" in markdown


def test_the_invited_are_listed_with_their_roles_and_nothing_about_attendance():
    """Everyone asked to come is listed with role, facilitator and note-taker; those not invited and any advice are not."""
    markdown = preread_markdown(REVIEW, _people(), [])
    assert _section(markdown, "Who is invited") == [
        "",
        "- Priya Raghunathan — responder",
        "- Tomasz Wójcik — responder",
        "- Fiona MacAllister — client contact",
        "- Sam Whitcombe — facilitator",
        "- Elif Demir — note-taker",
        "",
    ]
    assert "Nadia" not in markdown
    for advice in texts("attendance").values():
        assert max(re.split(r"\{\w+\}", advice), key=len).strip() not in markdown
    assert "apologies" not in markdown and "present" not in markdown


def test_an_empty_invitation_list_says_so():
    """With nobody invited yet, the section says so rather than being blank."""
    markdown = preread_markdown(REVIEW, [], [])
    assert texts("preread")["people"]["nobody"] in _section(markdown, "Who is invited")


def test_times_are_shown_in_the_reviews_zone_under_a_heading_per_local_day():
    """UTC times become HH:MM in the review's zone, grouped under that zone's calendar days."""
    review = Review("INC-1", "Late night", dt.date(2026, 10, 14), timezone="America/New_York")
    entries = [
        _entry("2026-10-15T02:30:00+00:00", "Late evening in New York"),
        _entry("2026-10-14T21:05:00+00:00", "Afternoon in New York"),
        _entry("2026-10-15T13:00:00+00:00", "Next morning"),
    ]
    section = [line for line in _section(preread_markdown(review, [], entries), "Timeline") if line]
    assert section[1:] == [
        "### Wednesday 14 October 2026",
        "- **17:05** — Priya: Afternoon in New York",
        "- **22:30** — Priya: Late evening in New York",
        "### Thursday 15 October 2026",
        "- **09:00** — Priya: Next morning",
    ]
    assert "America/New\\_York" in section[0] or "America/New_York" in section[0]


def test_a_repeated_hour_when_clocks_go_back_is_told_apart():
    """On a day whose clock changes, each time carries its zone abbreviation, so 01:30 BST and 01:30 GMT differ."""
    entries = [
        _entry("2026-10-25T00:30:00+00:00", "First half past one"),
        _entry("2026-10-25T01:30:00+00:00", "Second half past one"),
    ]
    items = _items(preread_markdown(REVIEW, [], entries))
    assert items == ["- **01:30 BST** — Priya: First half past one", "- **01:30 GMT** — Priya: Second half past one"]


def test_marked_moments_carry_their_kind_label_and_others_do_not():
    """A marked entry shows its kind as the question library names it; an unmarked one shows no flag."""
    library = QuestionLibrary(texts("questions"))
    entries = [
        _entry("2026-10-14T18:00:00+00:00", "Rolled back", moment=MomentKind.DECISION),
        _entry("2026-10-14T18:05:00+00:00", "Watching the graphs"),
        _entry("2026-10-14T18:10:00+00:00", "Deep look needed", moment=MomentKind.DEEP_DIVE),
    ]
    items = _items(preread_markdown(REVIEW, [], entries))
    assert items[0] == f"- **19:00** **⚑ {library.label(MomentKind.DECISION)}** — Priya: Rolled back"
    assert items[1] == "- **19:05** — Priya: Watching the graphs"
    assert f"**⚑ {library.label(MomentKind.DEEP_DIVE)}**" in items[2]
    assert "(2 of them)" in "\n".join(_section(preread_markdown(REVIEW, [], entries), "Timeline"))


def test_detail_is_quoted_under_its_entry():
    """An entry's detail follows it as a quote inside the same list item."""
    entries = [_entry("2026-10-14T18:00:00+00:00", "Scaled up", detail="Twelve pods.\nAs a stopgap.")]
    assert _items(preread_markdown(REVIEW, [], entries)) == [
        "- **19:00** — Priya: Scaled up\n  > Twelve pods.  \n  > As a stopgap."
    ]


def test_private_preparation_never_reaches_the_pre_read():
    """The facilitator's prep notes, the questions added to a moment and the library's questions are all left out."""
    library = QuestionLibrary(texts("questions"))
    entries = [
        _entry(
            "2026-10-14T18:00:00+00:00",
            "Rolled back",
            moment=MomentKind.DECISION,
            prep_note="PRIVATE: ask Priya gently about the pager",
            questions=("What did the rollback runbook say at that point?",),
        )
    ]
    markdown = preread_markdown(REVIEW, _people(), entries)
    assert "PRIVATE" not in markdown and "gently" not in markdown
    assert "rollback runbook" not in markdown
    for question in library.questions(MomentKind.DECISION):
        assert question not in markdown
    assert library.guide(MomentKind.DECISION).hint not in markdown


def test_an_empty_timeline_says_so():
    """With no entries the timeline section says it is empty, and shows no day headings."""
    section = _section(preread_markdown(REVIEW, [], []), "Timeline")
    assert texts("preread")["timeline"]["empty"] in "\n".join(section)
    assert not any(line.startswith("###") for line in section)


def test_the_same_input_gives_the_same_bytes_whatever_the_entry_order():
    """Exporting twice, or with entries handed over in another order, gives identical text."""
    entries = [_entry(f"2026-10-14T18:{m:02d}:00+00:00", f"step {m}") for m in range(0, 60, 7)]
    first = preread_markdown(REVIEW, _people(), entries)
    assert preread_markdown(REVIEW, _people(), list(reversed(entries))) == first
    assert first.endswith("\n") and not first.endswith("\n\n")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_typed_text_never_changes_the_structure(hostile):
    """Markdown typed into any field stays inside its line: the headings and items are exactly the app's own."""
    review = Review(f"INC-9 {hostile}", f"Title {hostile}", dt.date(2026, 10, 14), severity=hostile, client=hostile)
    people = [Person(f"{hostile}\n{hostile}", Role.RESPONDER), Person(hostile, Role.OTHER, facilitates=True)]
    entries = [
        _entry("2026-10-14T18:00:00+00:00", f"{hostile}\n{hostile}\n\n{hostile}", actor=hostile, detail=f"{hostile}\n{hostile}"),
        _entry("2026-10-14T18:01:00+00:00", hostile, actor=hostile, moment=MomentKind.COMMUNICATION, detail=hostile),
        _entry("2026-10-15T09:00:00+00:00", hostile, actor=""),
    ]
    markdown = preread_markdown(review, people, entries)
    lines = markdown.splitlines()
    assert [line for line in lines if line.startswith("#")] == [
        lines[0],
        "## How the review works",
        "## Who is invited",
        "## Timeline",
        "### Wednesday 14 October 2026",
        "### Thursday 15 October 2026",
    ]
    assert len(_section(markdown, "Who is invited")) == 4
    items = _items(markdown)
    assert len(items) == 3
    for item in items:
        first, *rest = item.split("\n")
        assert re.match(r"- \*\*\d\d:\d\d\*\* ", first)
        bodies = [line[4:] if line.startswith("  > ") else line[2:] for line in rest]
        assert all(line.startswith("  ") for line in rest)
        assert not any(re.match(r"[#>+=`~|<-]|\d+[.)]|\s|$", body) for body in bodies)
    assert "<script" not in markdown and "<!--" not in markdown
    assert not re.search(r"(?<!\\)(?:\](?=\s?[(\[:])|[`*])", markdown.replace("**", ""))


@pytest.mark.skipif(markdown_it is None, reason="no CommonMark parser (markdown-it-py) is installed")
@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_commonmark_parser_sees_only_the_apps_structure(hostile):
    """Parsed for real, the document has the app's headings and items and no HTML, code, links or emphasis."""
    review = Review(f"INC-9 {hostile}", hostile, dt.date(2026, 10, 14), severity=hostile)
    people = [Person(hostile, Role.RESPONDER)]
    entries = [_entry("2026-10-14T18:00:00+00:00", f"{hostile}\n{hostile}", actor=hostile, detail=hostile)]
    tokens = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(
        preread_markdown(review, people, entries)
    )
    types = [t.type for t in tokens]
    assert types.count("heading_open") == 5
    assert types.count("list_item_open") == 5 + 1 + 1
    assert types.count("blockquote_open") == 1
    assert not {"html_block", "fence", "code_block", "hr", "table_open"} & set(types)
    inline_types = {child.type for t in tokens if t.type == "inline" for child in t.children}
    assert not {"html_inline", "code_inline", "link_open", "image", "em_open", "s_open"} & inline_types


def test_the_demo_review_reads_as_a_whole():
    """The demo review's pre-read has every section, all its entries, and its marked moments flagged."""
    bundle = read_demo(demo_review())
    markdown = preread_markdown(bundle.review, list(bundle.people), list(bundle.entries))
    assert len(_items(markdown)) == len(bundle.entries)
    flagged = [item for item in _items(markdown) if "**⚑ " in item.split("\n")[0]]
    assert len(flagged) == sum(entry.marked for entry in bundle.entries) > 0
    assert not any(entry.prep_note and entry.prep_note in markdown for entry in bundle.entries)


@pytest.mark.parametrize(
    ("ref", "name"),
    [
        ("INC-2417", "2026-10-14-INC-2417-preread.md"),
        ("INC/7: payments?", "2026-10-14-INC-7-payments-preread.md"),
        ("../../etc/passwd", "2026-10-14-etc-passwd-preread.md"),
        ("事故 42", "2026-10-14-42-preread.md"),
        ("???", "2026-10-14-review-preread.md"),
    ],
)
def test_file_name_is_date_and_reference_made_safe(ref, name):
    """The default file name is the incident date and reference, with no path separators or odd characters."""
    assert preread_file_name(Review(ref, "T", dt.date(2026, 10, 14))) == name


def test_long_dates_do_not_depend_on_the_locale():
    """Day and month names are spelled out in English whatever the machine's locale."""
    assert long_date(dt.date(2026, 10, 14)) == "Wednesday 14 October 2026"
    assert long_date(dt.date(2027, 1, 3)) == "Sunday 3 January 2027"


def test_dates_are_written_in_the_texts_language():
    """Issue 18: in German the pre-read and the record name days and months in German, not in strftime's English."""
    from facilitator.content import use_language
    from facilitator.export.preread import day_month

    use_language("de")
    try:
        assert long_date(dt.date(2026, 10, 14)) == "Mittwoch, 14. Oktober 2026"
        assert day_month(dt.date(2027, 3, 3)) == "3. März"
        bundle = read_demo(demo_review())
        text = preread_markdown(bundle.review, list(bundle.people), list(bundle.entries))
        assert "Vorab-Lektüre" in text
        days = [line for line in text.splitlines() if line.startswith("### ")]
        assert days and all(re.match(r"### (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d+\. ", d) for d in days)
    finally:
        use_language("en")


def test_the_pre_read_says_when_and_where_the_meeting_is():
    """The meeting's day and time (in the review's zone), its place and the call link an attendee can follow."""
    review = replace(
        REVIEW,
        meeting_date=dt.date(2026, 10, 19),
        meeting_time=dt.time(14, 0),
        meeting_place="Lomond room, Leith office",
        meeting_link="https://meet.example.com/inc-2417",
    )
    lines = preread_markdown(review, [], []).splitlines()
    assert "- **Meeting:** Monday 19 October 2026, 14:00 (Europe/London)" in lines
    assert "- **Where:** Lomond room, Leith office" in lines
    assert "- **Call link:** <https://meet.example.com/inc-2417>" in lines


def test_what_the_set_up_gives_of_the_meeting_is_said_and_nothing_else():
    """A time with no date yet says the time; a call given as words (not a web address) reads as typed."""
    review = replace(REVIEW, meeting_time=dt.time(9, 30), meeting_link="Teams: the INC-2417 channel")
    markdown = preread_markdown(review, [], [])
    assert "- **Meeting:** 09:30 (Europe/London)" in markdown.splitlines()
    assert "- **Call link:** Teams: the INC-2417 channel" in markdown.splitlines()
    assert "**Where:**" not in markdown and "## What happened" not in markdown and "## Impact" not in markdown


@pytest.mark.skipif(markdown_it is None, reason="no CommonMark parser (markdown-it-py) is installed")
@pytest.mark.parametrize("hostile", HOSTILE)
def test_the_summary_impact_and_meeting_place_never_change_the_structure(hostile):
    """Markdown typed into the summary, impact, place or call link stays text under the app's own headings."""
    review = replace(
        REVIEW, summary=f"{hostile}\n{hostile}\n\n{hostile}", impact=f"Who: {hostile}\n{hostile}",
        meeting_place=hostile, meeting_link=hostile,
    )
    tokens = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(preread_markdown(review, [], []))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[1:3] == ["What happened", "Impact"]
    types = [t.type for t in tokens]
    assert not {"html_block", "fence", "code_block", "hr", "table_open", "blockquote_open"} & set(types)
    inline_types = {child.type for t in tokens if t.type == "inline" for child in t.children}
    assert not {"html_inline", "code_inline", "link_open", "image", "em_open", "s_open"} & inline_types
