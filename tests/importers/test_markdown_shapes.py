"""Timelines written as people publish them: dates and zones on lines of their own, prose, zone words, dates alone."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from importer_data import BST, DATA, INCIDENT_DATE, LONDON

from facilitator.domain.timeline import TimePrecision
from facilitator.importers import ImportContext, ImportProblem, Skipped
from facilitator.importers.markdown_timeline import read_markdown

UTC = dt.UTC
PDT = dt.timezone(dt.timedelta(hours=-7))


def _read(name_or_text: str, skipped: list | None = None, zone: str = LONDON):
    text = (DATA / name_or_text).read_text(encoding="utf-8") if name_or_text.endswith(".md") else name_or_text
    return read_markdown(text, ImportContext(INCIDENT_DATE, zone, skipped))


def test_a_date_and_zone_on_a_line_of_their_own_place_the_bullets_below():
    """'2026-03-02 *(all times UTC)*' and '**Tuesday 3 March (times in PDT)**' set the day and zone, not the review's."""
    entries = _read("dated_sections.md")
    assert [(e.at, e.text) for e in entries] == [
        (dt.datetime(2026, 3, 2, 21, 58, tzinfo=UTC), "Index rebuild job starts on the EU cluster"),
        (dt.datetime(2026, 3, 2, 22, 14, tzinfo=UTC), "Search error rate alert fires"),
        (dt.datetime(2026, 3, 2, 23, 40, tzinfo=UTC), "Rebuild job stopped by hand"),
        (dt.datetime(2026, 3, 3, 1, 5, tzinfo=PDT), "Ops lead asks for a status page update"),
        (dt.datetime(2026, 3, 3, 2, 30, tzinfo=PDT), "EU index restored from snapshot"),
        (dt.datetime(2026, 3, 4, 9, 0, tzinfo=PDT), "Review scheduled"),
    ]


@pytest.mark.parametrize(
    "line",
    ["## 2026-03-02 (UTC)", "2026-03-02 — all times UTC", "*Monday, March 2, 2026 (times in UTC)*", "- 2 March 2026 (UTC)"],
)
def test_the_ways_of_writing_a_date_line_with_its_zone(line):
    """Headings, dashes, emphasis and bullets all give the day and the zone of the times after them."""
    (entry,) = _read(f"{line}\n\n- 21:58 Rebuild starts\n")
    assert entry.at == dt.datetime(2026, 3, 2, 21, 58, tzinfo=UTC)


def test_a_zone_note_alone_on_a_line_sets_the_zone():
    """'*(All times are in PDT.)*' under the heading places the times in PDT, the day staying the review's."""
    (entry,) = _read("## Timeline\n\n*(All times are in PDT.)*\n\n- 18:42 Paged\n")
    assert entry.at == dt.datetime(2026, 10, 14, 18, 42, tzinfo=PDT)


def test_a_dated_event_whose_words_name_a_zone_is_an_event_not_a_zone_line():
    """'2023-03-03: moved the jobs to UTC' is an event of that day, not a note that the times are in UTC."""
    (entry,) = _read("- 2023-03-03: moved the cron jobs to UTC\n")
    assert (entry.text, entry.precision) == ("moved the cron jobs to UTC", TimePrecision.DATE_ONLY)


def test_paragraphs_that_start_with_a_time_are_entries_and_rough_times_are_marked():
    """'At ... UTC,', '**± 21:00 UTC:**', 'Around 23:00-ish', '23:27 - ', '~23:30', 'About 23:40' are all read."""
    entries = _read("prose_timeline.md")
    day = dt.date(2017, 1, 31)
    london = ZoneInfo(LONDON)
    assert [(e.at, e.precision, e.text) for e in entries] == [
        (dt.datetime.combine(day, dt.time(18), UTC), TimePrecision.EXACT,
         "the on-call engineer saw replication lag on db2 growing past ten minutes and started to look into it."),
        (dt.datetime.combine(day, dt.time(21), UTC), TimePrecision.APPROXIMATE,
         "Spam load on the primary made it slower still."),
        (dt.datetime.combine(day, dt.time(23), london), TimePrecision.APPROXIMATE,
         "the engineer decided to wipe db2 and start it again, believing he was logged in to db2."),
        (dt.datetime.combine(day, dt.time(23, 27), london), TimePrecision.EXACT,
         "The data directory on db1 is found to be empty."),
        (dt.datetime.combine(day, dt.time(23, 30), UTC), TimePrecision.APPROXIMATE,
         "Backups are found to be missing or stale."),
        (dt.datetime.combine(day, dt.time(23, 40), london), TimePrecision.APPROXIMATE,
         "the team settles on restoring the six-hour-old snapshot."),
    ]


def test_prose_without_a_time_stays_out_and_a_blank_line_ends_a_paragraph(tmp_path):
    """The introduction and closing paragraphs are not entries; each time-led paragraph ends at its blank line."""
    entries = _read("prose_timeline.md")
    assert len(entries) == 6
    assert not any("learned" in e.text or "Our primary" in e.text for e in entries)


@pytest.mark.parametrize(
    ("lead", "precision"),
    [("about 18:42", "approximate"), ("approx. 18:42", "approximate"), ("18:42 (approx.)", "approximate"),
     ("18:42-ish", "approximate"), ("± 18:42", "approximate"), ("~18:42", "approximate"), ("at 18:42", "exact"),
     ("circa 18:42", "approximate"), ("**around 18:42**", "approximate")],
)
def test_the_ways_of_saying_a_time_is_rough(lead, precision):
    """Each rough way of writing a time keeps the time and marks it approximate; 'at' is exact."""
    (entry,) = _read(f"- {lead} Ada paged Bo\n")
    assert (entry.at, entry.text, entry.precision.value) == (
        dt.datetime(2026, 10, 14, 18, 42, tzinfo=BST), "Ada paged Bo", precision)


def test_zone_words_after_the_time_are_applied_and_taken_out_of_the_words():
    """'7:09 AM Eastern', 'EDT', 'Pacific', 'CET', '+05:30', 'UTC+1' and 'Z' each place their time."""
    entries = _read("zone_words.md")
    offsets = [e.at.utcoffset() for e in sorted(entries, key=lambda e: e.text)]
    assert sorted((e.at.astimezone(UTC).strftime("%d %H:%M"), e.text) for e in entries) == sorted([
        ("14 11:09", "first customer report reaches support"),
        ("14 12:15", "Payments team paged"),
        ("14 19:45", "Mobile client rollout paused"),
        ("14 22:47", "European traffic moved to the standby region"),
        ("14 18:20", "Bangalore team joins"),
        ("14 22:55", "Dublin team joins"),
        ("14 23:58", "Incident declared over"),
    ])
    assert all(offset is not None for offset in offsets)
    assert not any(word in e.text for e in entries for word in ("Eastern", "Pacific", "CET", "EDT"))


def test_a_zone_word_that_is_part_of_the_words_is_left_alone():
    """'10:00 Eastern region failed over' is a time in the review's zone followed by words."""
    (entry,) = _read("- 10:00 Eastern region failed over\n")
    assert (entry.at, entry.text) == (dt.datetime(2026, 10, 14, 10, tzinfo=BST), "Eastern region failed over")


def test_dates_alone_are_events_of_that_day_and_unknown_dates_are_reported():
    """'- 2023-03-03: ...' is kept, dated, in order; '2023-MM-DD' and a bullet with no time are skipped, by line."""
    skipped: list = []
    entries = _read("date_only.md", skipped)
    assert [(e.at.date().isoformat(), e.precision.value, e.text) for e in entries] == [
        ("2023-02-20", "date_only", "Renewal reminder email goes to an unmonitored mailbox"),
        ("2023-03-03", "date_only", "Certificate expires"),
        ("2023-03-03", "exact", "First failed login reported"),
        ("2023-03-03", "exact", "New certificate installed"),
        ("2023-03-06", "date_only", "Postmortem held"),
    ]
    assert skipped == [
        Skipped("line 4", 'the date "2023-MM-DD" is not known'),
        Skipped("line 9", "no time found"),
    ]


def test_a_date_only_event_starts_its_day_in_the_reviews_zone():
    """The event is placed at the day's start where the review is held, so it is shown on its own day."""
    (entry,) = _read("- 2023-03-03: Certificate expires\n", zone="America/New_York")
    assert entry.at == dt.datetime(2023, 3, 3, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_lines_meant_as_entries_in_a_timeline_are_reported_and_other_sections_are_not():
    """A bullet without a time under 'Timeline' is reported with its line; 'What went well' bullets are not."""
    skipped: list = []
    _read("postmortem.md", skipped)
    assert skipped == []
    _read("## Timeline\n\n- 18:40 Alert\n- Ada joined some time later\n\n## What went well\n\n- Fast rollback\n",
          skipped)
    assert skipped == [Skipped("line 4", "no time found")]


def test_markup_is_read_as_the_words_a_reader_sees_and_links_go_to_the_detail():
    """Bold, emphasis and links are taken out of the words; a code span gives its words; escapes are undone."""
    (entry,) = _read(
        "- 18:42 **OUTAGE BEGINS** on _checkout_ after `deploy --all`, see [the graph](https://grafana.example/d/1)"
        " and \\*not emphasis\\*\n"
    )
    assert entry.text == "OUTAGE BEGINS on checkout after deploy --all, see the graph and *not emphasis*"
    (code,) = _read("- 18:43 ran `` `tick` `` then ``a `b` c``\n")
    assert code.text == "ran `tick` then a `b` c"
    assert entry.detail == "https://grafana.example/d/1"


def test_markup_in_sub_bullets_and_table_cells_is_read_the_same_way():
    """Sub-bullets and table cells lose their marks too; their links are kept in the detail."""
    (entry,) = _read("- 18:42 Paged\n  - see **[runbook](https://wiki.example/rb)**\n")
    assert entry.detail == "see runbook\nhttps://wiki.example/rb"
    (row,) = _read("| Time | What |\n|---|---|\n| **18:42** | *Paged* [Bo](https://x.example/bo) |\n")
    assert (row.text, row.detail) == ("Paged Bo", "https://x.example/bo")


def test_snake_case_and_lone_marks_are_not_emphasis():
    """Underscores inside words and a single star are words, not markup."""
    (entry,) = _read("- 18:42 restarted pool_size_check * 2 workers\n")
    assert entry.text == "restarted pool_size_check * 2 workers"


def test_an_impossible_rough_time_still_names_its_line():
    """A rough time that cannot be is an error with its line, as an exact one is."""
    with pytest.raises(ImportProblem, match=r"^line 1: not a real date or time"):
        _read("- about 25:61 something\n")


@pytest.mark.parametrize(
    ("line", "at", "precision"),
    [
        ("On 31 January 2017 at 18:00 UTC, the lag grew.", dt.datetime(2017, 1, 31, 18, tzinfo=UTC), "exact"),
        ("Shortly after 18:30 UTC the team met.", dt.datetime(2026, 10, 14, 18, 30, tzinfo=UTC), "approximate"),
        ("- Mar 3, 2023 6:42 PM PST: the team met.", dt.datetime(2023, 3, 4, 2, 42, tzinfo=UTC), "exact"),
        ("- 2023-03-03T18:42:00Z the team met.", dt.datetime(2023, 3, 3, 18, 42, tzinfo=UTC), "exact"),
        ("- October 12: the team met.", dt.datetime(2026, 10, 12, tzinfo=BST), "date_only"),
        ("- 3 March 2023 — the team met.", dt.datetime(2023, 3, 3, tzinfo=UTC), "date_only"),
    ],
)
def test_more_ways_people_lead_an_entry_with_its_time(line, at, precision):
    """'On ... at', 'Shortly after', US dates with a zone, ISO stamps and dates with a dash or colon."""
    (entry,) = _read(f"{line}\n")
    assert (entry.at, entry.precision.value) == (at, precision)
    assert entry.text in ("the lag grew.", "the team met.")


def test_a_placeholder_time_is_reported_not_read():
    """'- HH:MM: ...' is left out with the reason, whatever section it is in."""
    skipped: list = []
    _read("- 18:00 Paged\n- HH:MM: someone restarted it\n", skipped)
    assert skipped == [Skipped("line 2", 'the time "HH:MM" is not known')]


def test_a_table_whose_time_heading_names_a_zone_word_places_its_rows_there():
    """'| Time (PDT) |' places the clock times of the rows in PDT."""
    (row,) = _read("| Time (PDT) | What |\n|---|---|\n| 18:42 | Paged |\n")
    assert row.at == dt.datetime(2026, 10, 14, 18, 42, tzinfo=PDT)


def test_rules_and_marks_between_entries_are_not_reported_as_skipped():
    """A '---' or '***' rule in a timeline is layout, not an entry left out."""
    skipped: list = []
    _read("## Timeline\n\n- 18:40 Alert\n\n***\n\n- 18:45 Rollback\n\n---\n", skipped)
    assert skipped == []
