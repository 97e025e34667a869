"""Follow-ups that import as they are: one preset per tracker, each read back the way that tracker reads it."""

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys

import pytest

from facilitator.domain.actions import Action, Priority
from facilitator.domain.review import Review
from facilitator.export.follow_up_presets import PRESETS, preset_file_name

REVIEW = Review(incident_ref="INC-2417", title="Checkout failures", incident_date=dt.date(2026, 10, 14), timezone="UTC")
ACTIONS = [
    Action("Alert on pool saturation", "Tomasz Wójcik", due=dt.date(2026, 11, 30), priority=Priority.HIGH,
           isms_impact=True, tracker_ref="https://tracker.example/FU-12", rank=1, id=1),
    Action("Runbook: \"rollback, when\"", "Kwame Mensah", description="Line one\nline two, with a comma",
           priority=Priority.LOW, rank=0, id=2),
]
REFERENCE = "Action from the post-incident review of INC-2417."


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_jira_csv_has_its_importers_columns_and_one_labels_column_per_label():
    text = PRESETS["jira"].text(REVIEW, ACTIONS)
    assert not text.startswith("\ufeff")  # the importer would miss a Summary with a mark glued to it
    header, runbook, alert = _rows(text)
    assert header == ["Summary", "Description", "Assignee", "Priority", "Due date", "Labels", "Labels", "Labels"]
    assert alert == ["Alert on pool saturation", REFERENCE, "Tomasz Wójcik", "High", "2026-11-30",
                     "post-incident-review", "INC-2417", "isms"]
    assert runbook[:5] == ["Runbook: \"rollback, when\"", f"Line one\nline two, with a comma\n\n{REFERENCE}",
                           "Kwame Mensah", "Low", ""]
    assert runbook[5:] == ["post-incident-review", "INC-2417", ""]


def test_linear_csv_uses_linears_columns_and_priority_words():
    header, runbook, alert = _rows(PRESETS["linear"].text(REVIEW, ACTIONS))
    assert header == ["Title", "Description", "Status", "Priority", "Assignee", "Labels", "Due Date"]
    assert alert == ["Alert on pool saturation", REFERENCE, "Todo", "High", "Tomasz Wójcik",
                     "post-incident-review, INC-2417, isms", "2026-11-30"]
    assert runbook[3] == "Low" and runbook[6] == ""


def test_gitlab_csv_is_title_then_description_with_the_rest_inside_it():
    header, runbook, alert = _rows(PRESETS["gitlab"].text(REVIEW, ACTIONS))
    assert header == ["title", "description"]
    assert alert[0] == "Alert on pool saturation"
    assert alert[1] == (f"{REFERENCE}\n\nOwner: Tomasz Wójcik\nPriority: high\nDue: 2026-11-30\n"
                        "Tracked as: https://tracker.example/FU-12")
    assert runbook[1].endswith("Owner: Kwame Mensah\nPriority: low")


def test_incident_io_json_uses_its_follow_up_fields_and_status_values():
    document = json.loads(PRESETS["incident-io"].text(REVIEW, ACTIONS))
    runbook, alert = document["follow_ups"]
    assert alert == {
        "title": "Alert on pool saturation",
        "description": REFERENCE,
        "status": "outstanding",
        "labels": ["post-incident-review", "INC-2417", "isms"],
        "priority": {"name": "High"},
        "assignee": {"name": "Tomasz Wójcik"},
        "external_issue_reference": {"issue_permalink": "https://tracker.example/FU-12"},
    }
    assert "external_issue_reference" not in runbook
    named = [Action("Rotate keys", "Ada", tracker_ref="OPS-7", id=3)]
    assert json.loads(PRESETS["incident-io"].text(REVIEW, named))["follow_ups"][0]["external_issue_reference"] == {
        "issue_name": "OPS-7"}


def test_the_spreadsheet_csv_starts_with_a_byte_order_mark_so_excel_reads_polish_names():
    text = PRESETS["csv"].text(REVIEW, ACTIONS)
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert rows[1]["assignee"] == "Tomasz Wójcik"
    assert json.loads(PRESETS["json"].text(REVIEW, ACTIONS))["follow_ups"][1]["assignee"] == "Tomasz Wójcik"


def test_each_preset_has_a_file_name_that_says_which_tool_it_is_for():
    assert preset_file_name(REVIEW, "csv") == "2026-10-14-INC-2417-follow-ups.csv"
    assert preset_file_name(REVIEW, "jira") == "2026-10-14-INC-2417-follow-ups-jira.csv"
    assert preset_file_name(REVIEW, "github") == "2026-10-14-INC-2417-follow-ups-github.sh"
    assert preset_file_name(REVIEW, "incident-io") == "2026-10-14-INC-2417-follow-ups-incident-io.json"


FAKE_GH = """#!{python}
import json, sys
with open({record!r}, "a", encoding="utf-8") as out:
    out.write(json.dumps(sys.argv[1:]) + "\\n")
"""

HOSTILE = [
    "It's $(touch {canary}) and `touch {canary}`",
    "Line one\n'; touch {canary}; echo '\nline three",
    "$HOME \\ \"quoted\" ${{IFS}} ; | & > {canary}",
]


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_the_github_script_hands_every_value_to_gh_exactly_and_runs_nothing_else(tmp_path):
    """Titles with quotes, $(), backticks and new lines reach a fake gh as they were typed; no command runs."""
    canary = tmp_path / "broke-out"
    record = tmp_path / "gh-calls.jsonl"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(FAKE_GH.format(python=sys.executable, record=str(record)))
    gh.chmod(0o700)
    titles = [words.format(canary=canary) for words in HOSTILE]
    actions = [Action(title, "Tomasz Wójcik", description=title, rank=n, id=n + 1) for n, title in enumerate(titles)]
    script = tmp_path / "follow-ups.sh"
    script.write_text(PRESETS["github"].text(REVIEW, actions), encoding="utf-8")

    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    ran = subprocess.run(["sh", str(script), "--repo", "harbour/checkout"], env=env, capture_output=True, text=True,
                         timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert not canary.exists()
    calls = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert len(calls) == 3
    for call, title in zip(calls, titles):
        assert call[:3] == ["issue", "create", "--repo"] and call[3] == "harbour/checkout"
        assert call[4:6] == ["--title", title]
        assert call[6] == "--body"
        assert call[7].startswith(f"{title}\n\n{REFERENCE}") and "Owner: Tomasz Wójcik" in call[7]
