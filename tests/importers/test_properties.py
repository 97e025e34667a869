"""Every importer, fed random and mangled input, either returns sound entries or raises ImportProblem."""

import csv
import datetime as dt
import io
import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_data import DATA

from facilitator.domain.timeline import TimelineEntry
from facilitator.importers import ImportContext, ImportProblem
from facilitator.importers.columns import _ENTITY, heading_role
from facilitator.importers.csv_timeline import read_csv, read_csv_text
from facilitator.importers.formats import read_pasted, read_timeline
from facilitator.importers.json_timeline import read_json
from facilitator.importers.markdown_timeline import read_markdown
from facilitator.importers.pagerduty import read_pagerduty
from facilitator.importers.slack import read_slack

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROUND_TRIP = settings(max_examples=40, deadline=None)

contexts = st.builds(
    ImportContext,
    incident_date=st.dates(dt.date(1971, 1, 2), dt.date(2100, 12, 30)),
    timezone=st.sampled_from(["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]),
)
any_context = contexts | st.builds(ImportContext, incident_date=st.dates(), timezone=st.text(max_size=20))

TIMEY = "0123456789:-/.,;|+ TZtzAPMapm\t\n\"'*#_[]()UTCOctMay"
timey_text = st.text(alphabet=TIMEY, max_size=40) | st.text(max_size=20)
stamps = st.sampled_from(
    ["18:42", "23:58", "00:20", "2026-10-14T17:42:05Z", "14/10/2026 18:42", "6:42 PM", "Oct 14, 18:42",
     "1792000020", "18:42 UTC", "25:99", "18:42+14:00", "", "**18:42**", "2026-02-30 10:00"]
) | timey_text

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _sound(entries: object) -> None:
    """What any successful import gives: entries with a time zone and words, in time order."""
    assert isinstance(entries, list) and entries
    assert all(isinstance(entry, TimelineEntry) for entry in entries)
    assert all(entry.at.utcoffset() is not None and entry.at.astimezone(dt.UTC) for entry in entries)
    assert all(isinstance(entry.text, str) and entry.text.strip() for entry in entries)
    assert all(isinstance(entry.actor, str) and isinstance(entry.detail, str) for entry in entries)
    assert [entry.at for entry in entries] == sorted(entry.at for entry in entries)


def _only_import_problems(read, *args) -> None:
    try:
        entries = read(*args)
    except ImportProblem as problem:
        assert str(problem)
        return
    _sound(entries)


def _mangled(data: bytes, edits: list[tuple[float, int, bytes]]) -> bytes:
    """The bytes with spans cut out and random bytes put in at the places the edits name."""
    for place, cut, insert in edits:
        at = int(place * len(data))
        data = data[:at] + insert + data[at + cut :]
    return data


edits = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), st.binary(max_size=8)), min_size=1, max_size=6)

SAMPLES = {
    "timeline.csv": (
        "Time (UTC),Who,What,Kind,Link\r\n2026-10-14 17:40,Datadog,\"Alert: 5xx\r\nrate 12%\",detection,https://x\r\n"
        "23:58,Cyd Marr,Rolled back,decision,\r\n00:20,Bo,Confirmed,,\r\n"
    ).encode("utf-8-sig"),
    "postmortem.md": (DATA / "postmortem.md").read_bytes(),
    "table.md": (DATA / "timeline_table.md").read_bytes(),
    "log_entries.json": (DATA / "pagerduty_log_entries.json").read_bytes(),
    "2026-10-14.json": (DATA / "slack_export" / "inc-2417-checkout" / "2026-10-14.json").read_bytes(),
    "timeline.json": json.dumps(
        [{"time": "18:40", "actor": "Ada", "text": "Paged"}, {"at": 1792000020, "who": "Cyd", "message": "Rolled back"}]
    ).encode(),
}


@FUZZ
@given(data=st.binary(max_size=600), context=any_context)
def test_random_bytes_never_escape_as_anything_but_an_import_problem(data, context):
    """Bytes of any kind, read as each byte format, give entries or an ImportProblem."""
    for read in (read_csv, read_json, read_pagerduty):
        _only_import_problems(read, data, context)


@FUZZ
@given(text=st.text(max_size=600) | st.text(alphabet=TIMEY, max_size=600), context=any_context)
def test_random_text_never_escapes_as_anything_but_an_import_problem(text, context):
    """Text of any kind, read as Markdown, spreadsheet text or a paste, gives entries or an ImportProblem."""
    for read in (read_markdown, read_csv_text, read_pasted):
        _only_import_problems(read, text, context)


@FUZZ
@given(
    name=st.sampled_from(sorted(SAMPLES)),
    edits=edits,
    suffix=st.sampled_from(["", ".csv", ".tsv", ".txt", ".md", ".json", ".zip"]),
    context=contexts,
)
def test_mangled_real_files_never_escape_as_anything_but_an_import_problem(name, edits, suffix, context):
    """A realistic file with bytes cut, added and changed, under its own name or another, is read or refused."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{Path(name).stem}{suffix or Path(name).suffix}"
        path.write_bytes(_mangled(SAMPLES[name], edits))
        _only_import_problems(read_timeline, path, context)


def _row(cells: list[str], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


@FUZZ
@given(
    header=st.lists(
        st.sampled_from(["Time", "When", "Date", "Who", "What", "Kind", "Link", "Notes", "Time (UTC)", "x"]),
        min_size=1,
        max_size=6,
    ),
    rows=st.lists(st.lists(stamps, max_size=7), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    context=contexts,
)
def test_spreadsheets_of_random_cells_are_read_or_refused(header, rows, delimiter, context):
    """Whatever the cells under a plausible header, the sheet gives entries or an ImportProblem."""
    text = "".join(_row(cells, delimiter) for cells in [header, *rows])
    _only_import_problems(read_csv, text.encode("utf-8"), context)


markdown_lines = st.lists(
    st.sampled_from(
        ["## Timeline (UTC)", "### 15 October", "# Times in Europe/Paris", "```", "", "| Time | What |", "|---|---|",
         "| 18:42 | Paged |", "|  | orphan |", "  - sub-bullet", "    wrapped line", "- not a timed bullet"]
    )
    | st.builds(lambda mark, stamp, rest: f"{mark}{stamp} {rest}", st.sampled_from(["- ", "* ", "1. ", "", "  - "]),
                stamps, timey_text),
    max_size=15,
)


@FUZZ
@given(lines=markdown_lines, context=contexts)
def test_markdown_of_random_timeline_shapes_is_read_or_refused(lines, context):
    """Headings, fences, tables and bullets with odd times in any order give entries or an ImportProblem."""
    _only_import_problems(read_markdown, "\n".join(lines), context)


PD_TYPES = ["trigger_log_entry", "acknowledge_log_entry", "annotate_log_entry", "assign_log_entry",
            "escalate_log_entry", "notify_log_entry", "resolve_log_entry", "snooze_log_entry"]
pd_entries = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(PD_TYPES) | json_values,
        "created_at": st.sampled_from(["2026-10-14T17:40:12Z", "2026-10-14T18:41:30", "bad"]) | json_values,
        "agent": st.fixed_dictionaries({}, optional={"type": json_values, "summary": json_values}) | json_values,
        "channel": st.dictionaries(st.sampled_from(["type", "summary", "content", "notification"]), json_values)
        | json_values,
        "assignees": st.lists(json_values, max_size=3) | json_values,
        "user": json_values,
        "summary": json_values,
        "event_details": json_values,
    },
)


@FUZZ
@given(entries=st.lists(pd_entries | json_values, max_size=6), wrapped=st.booleans(), context=contexts)
def test_pagerduty_entries_of_any_shape_are_read_or_refused(entries, wrapped, context):
    """Log entries with fields missing, mistyped or odd give entries or an ImportProblem."""
    value = {"log_entries": entries} if wrapped else entries
    _only_import_problems(read_pagerduty, json.dumps(value).encode(), context)


@FUZZ
@given(items=st.lists(st.dictionaries(st.sampled_from(["time", "at", "actor", "text", "kind", "url"]),
                                      stamps | json_values) | json_values, max_size=6),
       context=contexts)
def test_json_timelines_of_any_shape_are_read_or_refused(items, context):
    """Plain JSON lists with fields missing, mistyped or odd give entries or an ImportProblem."""
    _only_import_problems(read_json, json.dumps(items).encode(), context)


slack_messages = st.fixed_dictionaries(
    {},
    optional={
        "type": st.just("message"),
        "subtype": st.sampled_from(["bot_message", "channel_join", "message_changed", "message_deleted",
                                    "thread_broadcast", "file_share"]) | json_values,
        "ts": st.sampled_from(["1791999720.000200", "1792000020.000400", "1e20", "x"]) | json_values,
        "thread_ts": st.sampled_from(["1791999720.000200"]) | json_values,
        "user": st.sampled_from(["U01ADA", "U02BO"]) | json_values,
        "text": st.sampled_from(["<@U01ADA> <https://x|y> <#C1> <!here> <!subteam^S1|@sre> &amp; <>", ""])
        | json_values,
        "attachments": st.lists(st.dictionaries(st.sampled_from(["fallback", "title", "text"]), json_values))
        | json_values,
        "files": json_values,
        "bot_profile": json_values,
        "username": json_values,
        "user_profile": json_values,
        "message": json_values,
        "deleted_ts": json_values,
    },
)


@FUZZ
@given(
    days=st.lists(st.lists(slack_messages | json_values, max_size=5) | json_values, min_size=1, max_size=3),
    users=json_values | st.lists(st.fixed_dictionaries({"id": st.sampled_from(["U01ADA", "U02BO"])},
                                                       optional={"real_name": json_values, "profile": json_values})),
    as_zip=st.booleans(),
    context=contexts,
)
def test_slack_exports_of_any_shape_are_read_or_refused(days, users, as_zip, context):
    """An export whose users and messages have fields missing, mistyped or odd, unpacked or zipped."""
    files = {"users.json": json.dumps(users), "channels.json": json.dumps([{"id": "C1", "name": "inc"}])}
    files |= {f"inc/2026-10-{14 + number}.json": json.dumps(day) for number, day in enumerate(days)}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "export"
        if as_zip:
            root = root.with_suffix(".zip")
            with zipfile.ZipFile(root, "w") as archive:
                for name, content in files.items():
                    archive.writestr(name, content)
        else:
            for name, content in files.items():
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                (root / name).write_text(content, encoding="utf-8")
        _only_import_problems(read_slack, root, context)


timeline_entries = st.lists(
    st.builds(
        lambda at, actor, text: (at, actor, text),
        st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2090, 1, 1), timezones=st.just(dt.UTC)),
        st.text(alphabet=st.characters(categories=["L"]), max_size=12) | st.just("Cyd Marr"),
        st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), min_size=1, max_size=40)
        .map(str.strip)
        .filter(bool)
        .filter(lambda text: not _ENTITY.search(text)),  # '&gt;' in a cell is read as '>', by design (web tools' CSV)
    ),
    min_size=1,
    max_size=8,
)


@ROUND_TRIP
@given(entries=timeline_entries, delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]), context=contexts)
def test_a_timeline_written_as_a_spreadsheet_reads_back_as_written(entries, delimiter, encoding, context):
    """Times, people and words survive a round trip through any delimiter and encoding we read."""
    text = _row(["Timestamp", "Who", "What"], delimiter) + "".join(
        _row([at.isoformat(), actor, words], delimiter) for at, actor, words in entries
    )
    read = read_csv(text.encode(encoding), context)
    assert sorted((e.at, e.actor, e.text) for e in read) == sorted(entries)


@ROUND_TRIP
@given(entries=timeline_entries, context=contexts)
def test_a_timeline_written_as_json_reads_back_as_written(entries, context):
    """Times, people and words survive a round trip through a JSON list."""
    data = json.dumps([{"time": at.isoformat(), "actor": actor, "text": words} for at, actor, words in entries])
    read = read_json(data.encode("utf-8"), context)
    assert sorted((e.at, e.actor, e.text) for e in read) == sorted(entries)


PLAIN = st.characters(categories=["L", "N", "Zs"]) | st.sampled_from(list(".,:;!?-()/'"))
extra_columns = st.lists(
    st.tuples(
        st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=10).filter(
            lambda name: heading_role(name) is None
        ),
        st.lists(st.text(alphabet=PLAIN, max_size=20).map(str.strip), min_size=8, max_size=8),
    ),
    max_size=4,
    unique_by=lambda column: column[0].casefold(),
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    entries=timeline_entries,
    extras=extra_columns,
    headings=st.tuples(
        st.sampled_from(["Time", "timestamp", "created_at", "When", "Date/Time"]),
        st.sampled_from(["Who", "author", "user", "By"]),
        st.sampled_from(["What", "title", "desc", "message", "body", "summary"]),
    ),
    order=st.permutations(range(7)),
    context=contexts,
)
def test_a_sheet_with_extra_columns_reads_back_with_them_in_the_detail(entries, extras, headings, order, context):
    """Generated timelines written as CSV under other tools' headings, with columns of their own in any
    order, read back with their count, instants, people and words, and each extra cell as "Name: value"."""
    columns = [*headings, *(name for name, _ in extras)]
    places = [index for index in order if index < len(columns)]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([columns[i] for i in places])
    for number, (at, actor, words) in enumerate(entries):
        cells = [at.isoformat(), actor, words, *(values[number] for _, values in extras)]
        writer.writerow([cells[i] for i in places])
    read = read_csv(out.getvalue().encode("utf-8"), context)
    assert len(read) == len(entries)
    assert sorted((e.at, e.actor, e.text) for e in read) == sorted(entries)
    written_in_time_order = sorted(range(len(entries)), key=lambda number: entries[number][0])
    for entry, number in zip(read, written_in_time_order):
        expected = [f"{columns[i]}: {cell}" for i in places if i >= 3 and (cell := extras[i - 3][1][number])]
        assert entry.detail.split("\n") == (expected or [""])


@FUZZ
@given(
    updates=st.lists(
        st.dictionaries(st.sampled_from(["status", "body", "created_at", "display_at", "affected_components"]),
                        json_values | st.sampled_from(["2026-10-14T18:00:00Z", "18:00", "resolved"]), max_size=5)
        | json_values,
        max_size=5,
    ),
    shape=st.sampled_from(["incident", "webhook", "list", "page"]),
    context=contexts,
)
def test_status_page_incidents_of_any_shape_are_read_or_refused(updates, shape, context):
    """Incident updates of any content, wrapped as each shape we read, give entries or an ImportProblem."""
    from facilitator.importers.statuspage import statuspage_entries

    incident = {"name": "Checkout", "incident_updates": updates}
    value = {"incident": incident, "list": [incident], "page": {"incidents": [incident]}}.get(shape, incident)
    _only_import_problems(statuspage_entries, value, context)


@FUZZ
@given(
    items=st.lists(
        st.dictionaries(
            st.sampled_from(["created_at", "timestamp", "body", "message", "author", "severity", "date", "title"])
            | st.text(max_size=12),
            json_values | stamps,
            max_size=6,
        ),
        max_size=5,
    ),
    context=contexts,
)
def test_json_lists_named_as_other_tools_name_them_are_read_or_refused(items, context):
    """Objects keyed as other tools key them, with any values and keys of their own, give entries or an ImportProblem."""
    _only_import_problems(read_json, json.dumps(items).encode(), context)
