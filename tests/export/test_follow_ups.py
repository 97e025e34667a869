"""Follow-ups for incident tools: the fields they map to, in ranked order, as CSV and JSON."""

import csv
import datetime as dt
import io
import json

from facilitator.domain.actions import Action, Priority
from facilitator.domain.review import Review
from facilitator.export.follow_ups import FIELDS, follow_ups_csv, follow_ups_json

REVIEW = Review(incident_ref="INC-2417", title="Checkout failures", incident_date=dt.date(2026, 10, 14), timezone="UTC")
ACTIONS = [
    Action("Alert on pool saturation", "Priya Raghunathan", due=dt.date(2026, 11, 30), priority=Priority.HIGH,
           isms_impact=True, tracker_ref="https://tracker.example/FU-12", rank=1, id=1),
    Action("Runbook: \"rollback, when\"", "Kwame Mensah", description="Line one\nline two, with a comma", rank=0, id=2),
]


def test_json_follow_ups_carry_every_field_in_ranked_order():
    """Each follow-up has title, description, assignee, priority, status, external reference, due date, ISMS flag."""
    document = json.loads(follow_ups_json(REVIEW, ACTIONS))
    assert document["incident_ref"] == "INC-2417"
    first, second = document["follow_ups"]
    assert set(first) == set(FIELDS)
    assert first["title"] == "Runbook: \"rollback, when\""
    assert second == {
        "title": "Alert on pool saturation",
        "description": "Action from the post-incident review of INC-2417.",
        "assignee": "Priya Raghunathan",
        "priority": "high",
        "status": "open",
        "external_issue_reference": "https://tracker.example/FU-12",
        "due_date": "2026-11-30",
        "isms_impact": True,
    }


def test_csv_follow_ups_survive_commas_quotes_and_new_lines():
    """A spreadsheet reading the CSV gets the same values back, one row per action, header first."""
    rows = list(csv.DictReader(io.StringIO(follow_ups_csv(REVIEW, ACTIONS), newline="")))
    assert list(rows[0]) == list(FIELDS)
    assert rows[0]["title"] == "Runbook: \"rollback, when\""
    assert rows[0]["description"] == "Line one\nline two, with a comma\n\nAction from the post-incident review of INC-2417."
    assert rows[1]["isms_impact"] == "yes" and rows[0]["isms_impact"] == "no"
    assert rows[1]["assignee"] == "Priya Raghunathan"


def test_csv_cells_that_look_like_formulas_are_kept_as_text():
    """A title typed as '=HYPERLINK(...)' reaches the spreadsheet as text, not as a formula; JSON is untouched."""
    risky = [Action("=HYPERLINK(\"http://x\")", "@ops", description="-1 day", id=1)]
    row = next(csv.DictReader(io.StringIO(follow_ups_csv(REVIEW, risky), newline="")))
    assert row["title"] == "'=HYPERLINK(\"http://x\")"
    assert row["assignee"] == "'@ops" and row["description"].startswith("'-1 day")
    assert json.loads(follow_ups_json(REVIEW, risky))["follow_ups"][0]["title"] == "=HYPERLINK(\"http://x\")"


def test_an_action_with_its_own_description_still_says_which_review_it_came_from():
    """The tracker's reader can trace every follow-up back to its review, whether or not it has a description."""
    described = [Action("Pool size alert", "Tomasz Wójcik", description="Alert on pool saturation, not latency.", id=1)]
    for text in (follow_ups_json(REVIEW, described), follow_ups_csv(REVIEW, described)):
        assert "Alert on pool saturation, not latency." in text
        assert "Action from the post-incident review of INC-2417." in text
