"""The review's actions as follow-ups for incident tools: CSV and JSON with the fields those tools import.

Fields: title, description, assignee, priority, status, external_issue_reference, plus due_date and
isms_impact. Incident tools name these follow-up fields alike (a summary/title, a description, an
assignee, a priority, a status and a link to the external issue); the order is the ranking.
"""

from __future__ import annotations

import csv
import io
import json

from ..domain.actions import Action, ranked
from ..domain.review import Review

FIELDS = ("title", "description", "assignee", "priority", "status", "external_issue_reference", "due_date", "isms_impact")
OPEN = "open"


def follow_up(action: Action, review: Review) -> dict:
    """The action's own description, if any, then always where the action came from, so the tracker links back."""
    reference = f"Action from the post-incident review of {review.incident_ref}."
    description = f"{action.description.strip()}\n\n{reference}" if action.description.strip() else reference
    return {
        "title": action.title,
        "description": description,
        "assignee": action.owner,
        "priority": action.priority.value,
        "status": OPEN,
        "external_issue_reference": action.tracker_ref,
        "due_date": action.due.isoformat() if action.due else "",
        "isms_impact": action.isms_impact,
    }


def follow_ups_json(review: Review, actions: list[Action]) -> str:
    document = {
        "incident_ref": review.incident_ref,
        "review_title": review.title,
        "follow_ups": [follow_up(a, review) for a in ranked(actions)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def follow_ups_csv(review: Review, actions: list[Action]) -> str:
    """RFC 4180 CSV, header first; yes/no for the ISMS flag so spreadsheets read it plainly."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for action in ranked(actions):
        row = follow_up(action, review)
        row["isms_impact"] = "yes" if row["isms_impact"] else "no"
        writer.writerow({key: _inert(value) for key, value in row.items()})
    return out.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: str) -> str:
    """A cell a spreadsheet will not run as a formula: text starting like one gets a leading apostrophe."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def follow_ups_file_name(review: Review, format: str) -> str:
    from .preread import preread_file_name

    return preread_file_name(review).replace("-preread.md", f"-follow-ups.{format}")
