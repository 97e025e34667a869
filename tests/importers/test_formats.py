"""The one way in: any file, folder or pasted text is read in the right format, or refused with its name."""

import errno
import json
import shutil
from pathlib import Path

import pytest
from importer_data import DATA, INCIDENT_DATE, LONDON, zipped

from facilitator.domain.review import Review
from facilitator.importers import ImportProblem, formats
from facilitator.importers.formats import FORMATS, read_pasted, read_timeline
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

CSV = "Time,Who,What\r\n18:40,Datadog,Alert fires\r\n18:47,Cyd Marr,Rolled back\r\n"
TSV = "When\tWho\tWhat\n18:40\tDatadog\tAlert fires\n18:47\tCyd Marr\tRolled back\n"
MARKDOWN = "## Timeline\n\n- 18:40 Datadog: Alert fires\n- 18:47 Cyd Marr: Rolled back\n"
PLAIN_JSON = json.dumps([{"time": "18:40", "actor": "Datadog", "text": "Alert fires"},
                         {"time": "18:47", "actor": "Cyd Marr", "text": "Rolled back"}])
SLACK_DAY = json.dumps([{"type": "message", "user": "U1", "text": "Alert fires", "ts": "1791999600.000100"},
                        {"type": "message", "user": "U2", "text": "Rolled back", "ts": "1792000020.000200"}])


def _texts(entries):
    return [e.text for e in entries]


def _file(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("timeline.csv", CSV),
        ("timeline.tsv", TSV),
        ("timeline.txt", TSV),
        ("timeline.txt", MARKDOWN),
        ("timeline", CSV),
        ("postmortem.md", MARKDOWN),
        ("postmortem.markdown", MARKDOWN),
        ("timeline.json", PLAIN_JSON),
        ("timeline.export", PLAIN_JSON),
        ("2026-10-14.json", SLACK_DAY),
    ],
)
def test_the_format_is_found_from_the_name_and_the_content(context, tmp_path, name, content):
    """Spreadsheets, Markdown, plain JSON and a Slack day file all read without saying which they are."""
    assert _texts(read_timeline(_file(tmp_path, name, content), context)) == ["Alert fires", "Rolled back"]


def test_pagerduty_log_entries_are_told_apart_from_a_plain_json_list(context, tmp_path):
    """A .json of log entries reads as PagerDuty, with sentences and agents."""
    path = _file(tmp_path, "incident-log.json", (DATA / "pagerduty_log_entries.json").read_bytes())
    entries = read_timeline(path, context)
    assert (entries[0].actor, entries[-1].text) == ("Datadog", "Resolved")


def test_a_slack_export_is_read_as_a_folder_or_a_zip(context, tmp_path):
    """The unpacked folder and the .zip give the same entries, sorted by time."""
    folder = Path(shutil.copytree(DATA / "slack_export", tmp_path / "slack"))
    from_folder = read_timeline(folder, context)
    from_zip = read_timeline(zipped(folder, tmp_path / "slack.zip"), context)
    assert len(from_folder) == 8 and from_folder == from_zip
    assert [e.at for e in from_folder] == sorted(e.at for e in from_folder)


def test_a_zip_is_recognised_by_its_content_whatever_its_name(context, tmp_path):
    """An export saved without its .zip suffix is still opened as one."""
    folder = Path(shutil.copytree(DATA / "slack_export", tmp_path / "slack"))
    assert len(read_timeline(zipped(folder, tmp_path / "download"), context)) == 8


@pytest.mark.parametrize("format", ["markdown", "auto", None])
def test_the_format_given_is_used_and_auto_guesses(context, tmp_path, format):
    """A Markdown timeline saved as notes.txt reads when told it is Markdown, or left to guess."""
    path = _file(tmp_path, "notes.txt", MARKDOWN)
    assert _texts(read_timeline(path, context, format)) == ["Alert fires", "Rolled back"]


def test_the_format_given_wins_over_the_name(context, tmp_path):
    """Told 'markdown', a .csv file is read as Markdown; left to guess, its name makes it a spreadsheet."""
    path = _file(tmp_path, "timeline.csv", MARKDOWN)
    assert _texts(read_timeline(path, context, "markdown")) == ["Alert fires", "Rolled back"]
    with pytest.raises(ImportProblem, match=r"^timeline\.csv: line 1: no time or text column"):
        read_timeline(path, context)


def test_an_unknown_format_lists_the_formats_there_are(context, tmp_path):
    """Asking for 'excel' says which formats exist."""
    with pytest.raises(ImportProblem) as raised:
        read_timeline(_file(tmp_path, "t.csv", CSV), context, "excel")
    assert str(raised.value) == 'unknown import format "excel": expected auto or one of ' + ", ".join(FORMATS)
    assert FORMATS == ("csv", "markdown", "json", "slack", "pagerduty", "statuspage")


def test_a_missing_file_is_named(context, tmp_path):
    """A path that is not there is an import problem naming the file, not a crash."""
    with pytest.raises(ImportProblem, match=r"^gone\.csv: cannot read it \(No such file or directory\)$"):
        read_timeline(tmp_path / "gone.csv", context)


def test_a_folder_that_is_not_a_slack_export_is_named(context, tmp_path):
    """Only a Slack export can be imported as a folder; any other folder says so."""
    (tmp_path / "Incident notes").mkdir()
    with pytest.raises(ImportProblem, match=r"^Incident notes: not a Slack export"):
        read_timeline(tmp_path / "Incident notes", context)


def test_a_file_that_cannot_be_read_is_named(context, tmp_path, monkeypatch):
    """Permission denied is reported with the file's name."""
    path = _file(tmp_path, "locked.csv", CSV)

    def denied(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(formats, "read_input", denied)
    with pytest.raises(ImportProblem, match=r"^locked\.csv: cannot read it \(Permission denied\)$"):
        read_timeline(path, context)


def test_a_problem_inside_a_file_names_the_file_line_and_text(context, tmp_path):
    """'timeline.csv: line 3: no time found in "soon"' tells the user where to look."""
    path = _file(tmp_path, "timeline.csv", "Time,What\n18:40,Alert\nsoon,Rolled back\n")
    with pytest.raises(ImportProblem) as raised:
        read_timeline(path, context)
    assert str(raised.value) == 'timeline.csv: line 3: no time found in "soon"'


def test_a_problem_inside_a_slack_export_names_the_export_and_the_day_file(context, tmp_path):
    """The export's name comes first, then the day file inside it and the message."""
    folder = Path(shutil.copytree(DATA / "slack_export", tmp_path / "slack"))
    (folder / "sre-alerts" / "2026-10-14.json").write_text('[{"type": "message", "text": "x"}]')
    with pytest.raises(ImportProblem) as raised:
        read_timeline(zipped(folder, tmp_path / "slack.zip"), context)
    assert str(raised.value) == "slack.zip: sre-alerts/2026-10-14.json: message 1: no ts"


@pytest.mark.parametrize(
    "pasted",
    [
        MARKDOWN,
        "| Time | Who | What |\n|---|---|---|\n| 18:40 | Datadog | Alert fires |\n| 18:47 | Cyd Marr | Rolled back |",
        "18:40 Datadog: Alert fires\n18:47 Cyd Marr: Rolled back",
    ],
)
def test_pasted_markdown_reads_as_markdown(context, pasted):
    """Bullets, a table, or lines that start with a time, pasted from a document."""
    entries = read_pasted(pasted, context)
    assert [(e.actor, e.text) for e in entries] == [("Datadog", "Alert fires"), ("Cyd Marr", "Rolled back")]


@pytest.mark.parametrize(
    "pasted", [CSV, TSV, "Time;Who;What\n2026-10-14 18:40;Datadog;Alert fires\n18:47;Cyd Marr;Rolled back"]
)
def test_pasted_cells_read_as_a_spreadsheet_even_when_rows_start_with_a_time(context, pasted):
    """Cells with a header row are a spreadsheet, not Markdown lines that happen to start with times."""
    entries = read_pasted(pasted, context)
    assert [(e.actor, e.text) for e in entries] == [("Datadog", "Alert fires"), ("Cyd Marr", "Rolled back")]


def test_pasted_text_with_no_timeline_is_a_problem(context):
    """Prose pasted by mistake is refused with a message, not imported as nothing."""
    with pytest.raises(ImportProblem):
        read_pasted("We should rotate certificates more carefully.", context)


def test_importing_the_same_file_twice_adds_nothing_the_second_time(context, tmp_path):
    """Storage recognises every entry of a re-import, so the timeline has no duplicates."""
    store = ReviewStore(open_database(tmp_path / "reviews.sqlite3"))
    try:
        review = store.create(Review("INC-2417", "Checkout errors", INCIDENT_DATE, timezone=LONDON))
        path = _file(tmp_path, "postmortem.md", (DATA / "postmortem.md").read_bytes())
        first = store.timeline.add(review.id, read_timeline(path, context))
        second = store.timeline.add(review.id, read_timeline(path, context))
        assert (first, second, store.timeline.count(review.id)) == (8, 0, 8)
    finally:
        store.db.close()
