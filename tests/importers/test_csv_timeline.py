"""Spreadsheet timelines read as Excel, Numbers and Google Sheets really save them."""

import codecs
import datetime as dt

import pytest
from importer_data import BST

from facilitator.domain.timeline import MomentKind, TimePrecision
from facilitator.importers import ImportProblem, Skipped
from facilitator.importers.csv_timeline import read_csv, read_csv_text
from facilitator.importers.formats import parse_pasted

SHEET = [
    ("Time", "Who", "What"),
    ("18:40", "Datadog", "Checkout 5xx alert fires"),
    ("18:47", "Cyd Marr", "Decides to roll back the certificate"),
    ("18:52", "Zoë Çelik", "Status page: “degraded” to “operational”, €0 credits"),
]


def _text(rows, delimiter=",", newline="\r\n") -> str:
    return newline.join(delimiter.join(row) for row in rows) + newline


def _summary(entries):
    return [(e.at, e.actor, e.text) for e in entries]


EXPECTED = [
    (dt.datetime(2026, 10, 14, 18, 40, tzinfo=BST), "Datadog", "Checkout 5xx alert fires"),
    (dt.datetime(2026, 10, 14, 18, 47, tzinfo=BST), "Cyd Marr", "Decides to roll back the certificate"),
    (dt.datetime(2026, 10, 14, 18, 52, tzinfo=BST), "Zoë Çelik", SHEET[3][2]),
]


def _quoted(rows):
    return [tuple(f'"{cell}"' if "," in cell else cell for cell in row) for row in rows]


@pytest.mark.parametrize(
    ("saved_as", "data"),
    [
        ("UTF-8 CSV with CRLF", _text(_quoted(SHEET)).encode("utf-8")),
        ("UTF-8 CSV with BOM (Excel 'CSV UTF-8')", codecs.BOM_UTF8 + _text(_quoted(SHEET)).encode("utf-8")),
        ("semicolons (Excel in a comma-decimal locale)", _text(SHEET, ";").encode("utf-8-sig")),
        ("tabs in UTF-16 with BOM (Excel 'Unicode Text')", _text(SHEET, "\t").encode("utf-16")),
        ("tabs in UTF-16 without BOM", _text(SHEET, "\t").encode("utf-16-le")),
        ("Windows-1252 (Excel 'CSV' on Windows)", _text(_quoted(SHEET)).encode("cp1252")),
        ("bare LF line ends (Numbers, Sheets)", _text(_quoted(SHEET), newline="\n").encode("utf-8")),
        ("bare CR line ends (old Mac Excel)", _text(_quoted(SHEET), newline="\r").encode("utf-8")),
        ("Excel's 'sep=;' first line", ("sep=;\r\n" + _text(SHEET, ";")).encode("cp1252")),
    ],
)
def test_every_way_a_spreadsheet_is_saved_reads_the_same(context, saved_as, data):
    """Delimiter, encoding, BOM and line ends are worked out from the file itself."""
    assert _summary(read_csv(data, context)) == EXPECTED, saved_as


def test_quoted_cells_may_span_lines_and_hold_delimiters_and_quotes(context):
    """A cell typed with Alt+Enter keeps its line breaks, commas and doubled quotes."""
    data = (
        'Time,Who,What\r\n'
        '18:40,Datadog,"Alert: ""checkout 5xx"", rate 12%\r\nthreshold 5%"\r\n'
        '18:47,Cyd,Rolled back\r\n'
    ).encode()
    entries = read_csv(data, context)
    assert [e.text for e in entries] == ['Alert: "checkout 5xx", rate 12%\nthreshold 5%', "Rolled back"]


def test_a_bad_row_after_a_multi_line_cell_is_reported_at_its_own_line(context):
    """Line numbers count the lines a multi-line cell takes, so the message points at the right row."""
    data = b'Time,Who,What\n18:40,Ada,"one\ntwo\nthree"\nsoon,Bo,Checked the load balancer\n'
    with pytest.raises(ImportProblem) as raised:
        read_csv(data, context)
    assert str(raised.value) == 'line 5: no time found in "soon"'


def test_a_bad_row_imports_nothing(context):
    """One unreadable row fails the whole file rather than importing the rows around it."""
    data = _text([*SHEET, ("later that evening", "Bo", "Re-issued the certificate")]).encode()
    with pytest.raises(ImportProblem, match=r'^line 5: no time found in "later that evening"$'):
        read_csv(data, context)


@pytest.mark.parametrize(
    ("time", "actor", "text"),
    [
        ("Time", "Actor", "Text"),
        ("Timestamp", "Who", "What"),
        ("When", "User", "Event"),
        ("Date", "Author", "Description"),
        ("time (UTC+1)", "author", "message"),
        ("Date/Time", "Name", "Summary"),
        ("WHEN?", "From", "What happened"),
    ],
)
def test_headers_are_matched_by_their_usual_names(context, time, actor, text):
    """Whatever the columns are called, the time, the person and the words are found."""
    rows = [(text, "Ticket", actor, time), ("Rolled back", "CHG-8812", "Cyd", "2026-10-14 18:47")]
    (entry,) = read_csv(_text(rows).encode(), context)
    assert (entry.at, entry.actor, entry.text) == (dt.datetime(2026, 10, 14, 18, 47, tzinfo=BST), "Cyd", "Rolled back")


def test_kind_and_link_columns_mark_moments_and_fill_the_detail(context):
    """A kind column marks the moment; a link and notes go into the detail; an unknown kind is kept there too."""
    rows = [
        ("Time", "Who", "What", "Kind", "Link", "Notes"),
        ("18:40", "Datadog", "Alert fires", "Detection", "https://grafana.example.com/d/1", ""),
        ("18:47", "Cyd", "Roll back", "decision point", "", "Chose rollback over patching"),
        ("18:50", "Ada", "Told support", "Comms", "", ""),
        ("18:55", "Ada", "Pulled logs", "Evidence", "", ""),
    ]
    entries = read_csv(_text(rows).encode(), context)
    assert [e.moment for e in entries] == [MomentKind.DETECTION, MomentKind.DECISION, MomentKind.COMMUNICATION, None]
    assert [e.detail for e in entries] == [
        "https://grafana.example.com/d/1",
        "Chose rollback over patching",
        "",
        "Kind: Evidence",
    ]


def test_separate_date_and_time_columns_are_combined(context):
    """A Date column and a Time column make one moment, even across midnight."""
    rows = [("Date", "Time", "What"), ("14/10/2026", "23:58", "Re-issued"), ("15/10/2026", "00:20", "Confirmed")]
    entries = read_csv(_text(rows).encode(), context)
    assert [e.at for e in entries] == [
        dt.datetime(2026, 10, 14, 23, 58, tzinfo=BST),
        dt.datetime(2026, 10, 15, 0, 20, tzinfo=BST),
    ]


def test_a_row_with_a_date_and_no_time_is_an_entry_known_by_its_day(context):
    """A Date and Time sheet whose row leaves the time blank (the reminder mail nobody read, 'some time that day')
    imports the row on its day, as a Markdown line '2026-10-13: ...' does; it used to refuse the whole file."""
    rows = [
        ("Date", "Time", "What"),
        ("13/10/2026", "", "Renewal reminder went to an unwatched mailbox"),
        ("14/10/2026", "7:20 PM", "Checkout 5xx alert fires"),
    ]
    entries = read_csv(_text(rows).encode(), context)
    assert [(e.at, e.precision, e.text) for e in entries] == [
        (dt.datetime(2026, 10, 13, 0, 0, tzinfo=BST), TimePrecision.DATE_ONLY, "Renewal reminder went to an unwatched mailbox"),
        (dt.datetime(2026, 10, 14, 19, 20, tzinfo=BST), TimePrecision.EXACT, "Checkout 5xx alert fires"),
    ]


def test_a_start_time_column_is_the_time_beside_a_date_column(context):
    """'Start time' beside 'Date' is the time of day; it used to be passed over and the file refused for the date
    ('no time found in "14/10/2026"')."""
    rows = [("Date", "Start time", "Who", "What"), ("14/10/2026", "7:20 PM", "Ada", "Paged")]
    entries = read_csv(_text(rows).encode(), context)
    assert [(e.at, e.actor, e.text, e.detail) for e in entries] == [
        (dt.datetime(2026, 10, 14, 19, 20, tzinfo=BST), "Ada", "Paged", "")
    ]


def test_rough_and_ranged_time_cells_read_as_in_a_markdown_table(context):
    """'~15:00', '~15:00 UTC', '15:20–15:45 UTC', '15:10-15:15' and '15:00-ish' in a time column read as the same cells
    of a Markdown table do: at the time a reader takes, approximate when written so, a range kept in the detail."""
    cells = ["~15:00", "~15:00 UTC", "15:20–15:45 UTC", "15:00-ish", "about 9:40 PM", "15:05", "15:10-15:15"]
    csv_entries = read_csv(_text([("Date", "Time", "What"), *[("2025-01-06", c, f"row {c}") for c in cells]]).encode(), context)
    table = "| Date | Time | What |\n|---|---|---|\n" + "".join(f"| 2025-01-06 | {c} | row {c} |\n" for c in cells)
    markdown_entries, _ = parse_pasted(table, context)
    read = [(f"{e.at.astimezone(dt.UTC):%H:%M}", e.precision, e.text, e.detail) for e in csv_entries]
    assert read == [(f"{e.at.astimezone(dt.UTC):%H:%M}", e.precision, e.text, e.detail) for e in markdown_entries]
    assert sorted(read) == [
        ("15:00", TimePrecision.APPROXIMATE, "row 15:00-ish", ""),
        ("15:00", TimePrecision.APPROXIMATE, "row ~15:00", ""),
        ("15:00", TimePrecision.APPROXIMATE, "row ~15:00 UTC", ""),
        ("15:05", TimePrecision.EXACT, "row 15:05", ""),
        ("15:10", TimePrecision.EXACT, "row 15:10-15:15", "15:10-15:15"),
        ("15:20", TimePrecision.EXACT, "row 15:20–15:45 UTC", "15:20–15:45 UTC"),
        ("21:40", TimePrecision.APPROXIMATE, "row about 9:40 PM", ""),
    ]


def test_times_of_day_roll_over_midnight_and_come_back_sorted(context):
    """Rows with only a clock time continue past midnight onto the next day."""
    rows = [("Time", "What"), ("23:58", "Re-issued the certificate"), ("00:20", "Confirmed it"), ("23:59", "Late note")]
    entries = read_csv(_text(rows).encode(), context)
    assert [(e.at.day, e.at.hour) for e in entries] == [(14, 23), (15, 0), (15, 23)]


def test_a_zone_in_the_time_heading_applies_to_the_times_under_it(context):
    """'Time (UTC)' means the times are UTC, not the review's London time; an offset in a cell still wins."""
    rows = [("Time (UTC)", "What"), ("17:40", "Alert fires"), ("18:47+01:00", "Roll back")]
    entries = read_csv(_text(rows).encode(), context)
    assert [e.at for e in entries] == [
        dt.datetime(2026, 10, 14, 17, 40, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 14, 17, 47, tzinfo=dt.UTC),
    ]


def test_title_rows_and_blank_rows_around_the_table_are_passed_over(context):
    """A title and a blank line above the header, and blank rows between entries, are not entries."""
    data = b"INC-2417 timeline,,\n,,\nTime,Who,What\n18:40,Ada,Paged\n,,\n18:47,Cyd,Rolled back\n"
    assert [e.text for e in read_csv(data, context)] == ["Paged", "Rolled back"]


def test_a_file_without_a_time_column_says_which_columns_it_has(context):
    """The message names the columns found, so the user can rename the right one."""
    with pytest.raises(ImportProblem) as raised:
        read_csv(b"Who,What,Ticket\nBo,Add chain check,OPS-12\n", context)
    assert str(raised.value) == 'line 1: no time column; columns found: "Who", "What", "Ticket"'


def test_a_row_with_a_time_but_no_text_is_skipped_and_reported(context):
    """An entry needs words; a lone time is left out and said, with its line."""
    context = context._replace(skipped=[])
    assert [e.text for e in read_csv(b"Time,Who,What\n18:40,Ada,Paged\n18:47,Cyd,\n", context)] == ["Paged"]
    assert context.skipped == [Skipped("line 3", "a time with no words")]


def test_a_title_card_row_without_a_time_is_skipped_and_reported(context):
    """A row of words with no time (a title card, a day banner) is left out and said, not refused or dropped."""
    context = context._replace(skipped=[])
    data = b"INC-2417 timeline,,\nTime,Who,What\n,,Day one: the rollout\n18:40,Ada,Paged\n,Bo,\n18:47,Cyd,Rolled back\n"
    assert [e.text for e in read_csv(data, context)] == ["Paged", "Rolled back"]
    assert context.skipped == [
        Skipped("line 1", "above the column headings"),
        Skipped("line 3", "no time"),
        Skipped("line 5", "no time"),
    ]


@pytest.mark.parametrize("data", [b"", b"  \r\n\r\n", b"Time,Who,What\r\n"])
def test_an_empty_sheet_is_a_problem_not_an_empty_import(context, data):
    """Nothing to import is said plainly instead of succeeding with no entries."""
    with pytest.raises(ImportProblem):
        read_csv(data, context)


def test_cells_pasted_from_a_spreadsheet_read_as_tab_separated_text(context):
    """Copying cells from Sheets gives tab-separated text, which reads like a file."""
    pasted = "When\tWho\tWhat\n18:40\tAda\tPaged\n18:47\tCyd\tRolled back"
    assert [(e.actor, e.text) for e in read_csv_text(pasted, context)] == [("Ada", "Paged"), ("Cyd", "Rolled back")]


def test_a_sheet_with_its_own_column_names_reads_them_and_keeps_the_rest_in_the_detail(context):
    """title/desc/created_at/author read as text, detail, time and who; severity and technique are kept as lines."""
    data = (
        b"created_at,author,title,desc,severity,technique\n"
        b"2026-10-14T17:40:12Z,Datadog,5xx alert fires,checkout above 5%,SEV2,T1499\n"
        b"2026-10-14T17:47:00Z,Cyd Marr,Rolls back the certificate,,,\n"
    )
    first, second = read_csv(data, context)
    assert (first.at, first.actor, first.text) == (
        dt.datetime(2026, 10, 14, 17, 40, 12, tzinfo=dt.UTC), "Datadog", "5xx alert fires"
    )
    assert first.detail == "desc: checkout above 5%\nseverity: SEV2\ntechnique: T1499"
    assert (second.actor, second.text, second.detail) == ("Cyd Marr", "Rolls back the certificate", "")


@pytest.mark.parametrize(
    ("header", "role_of_each"),
    [
        ("timestamp,message,author", ("at", "text", "actor")),
        ("Timestamp,Body,User", ("at", "text", "actor")),
        ("time,summary,who", ("at", "text", "actor")),
        ("when,description,by", ("at", "text", "actor")),
        ("created_at,title,username", ("at", "text", "actor")),
    ],
)
def test_common_column_names_of_other_tools_are_understood(context, header, role_of_each):
    """Headings that other tools write name the same parts of an entry."""
    (entry,) = read_csv(f"{header}\n18:40,Paged,Ada\n".encode(), context)
    assert (entry.at.hour, entry.text, entry.actor, entry.detail) == (18, "Paged", "Ada", "")


def test_html_in_cells_reads_as_text(context):
    """<b> and friends go, <br> is a new line, entities are characters; a "<" that is no tag stays."""
    data = b'Time,Who,What\n18:40,<b>Ada</b>,"<b>Paged</b> on 5xx<br>rate &gt; 5% &amp; rising<br/>p99 <5s"\n'
    (entry,) = read_csv(data, context)
    assert (entry.actor, entry.text) == ("Ada", "Paged on 5xx\nrate > 5% & rising\np99 <5s")


def test_a_column_without_a_heading_is_kept_under_its_number(context):
    """Cells under an empty heading are not dropped: the detail names the column by its place."""
    (entry,) = read_csv(b"Time,What,\n18:40,Paged,ticket OPS-12\n", context)
    assert entry.detail == "Column 3: ticket OPS-12"


def test_a_second_time_column_is_kept_in_the_detail(context):
    """Only the first time column places the entry; another (resolved at) is kept as a line."""
    (entry,) = read_csv(b"Time,What,Resolved at\n18:40,Paged,19:02\n", context)
    assert (entry.at.hour, entry.detail) == (18, "Resolved at: 19:02")


def test_cells_past_the_last_heading_are_kept_under_their_column_number(context):
    """A row longer than the header loses nothing: the extra cells are detail lines named by their place."""
    (entry,) = read_csv(b"Time,What\n18:40,Paged,OPS-12,,db-3\n", context)
    assert entry.detail == "Column 3: OPS-12\nColumn 5: db-3"
