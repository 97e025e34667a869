"""The follow-ups shaped for the tracker a team imports them into: one preset per tool, plus plain CSV and JSON.

What each preset follows (checked against the tools' own documentation where it is public):

- jira: Jira's CSV importer (Cloud and Data Center). A header row with a Summary column is required
  and should have no punctuation; several values of one field are several columns of the same
  name, so each label is its own Labels column. Columns: Summary, Description, Assignee, Priority,
  Due date, Labels. Priorities are Jira's default names (High, Medium, Low); due dates are
  YYYY-MM-DD (set the importer's date format to yyyy-MM-dd); assignees are names, matched to
  accounts in the importer's user mapping step. Labels cannot hold spaces, so a space becomes '-'.
- linear: the columns of Linear's own CSV (what its importer reads back): Title, Description,
  Status, Priority, Assignee, Labels, Due Date, with Linear's priority words (Urgent, High, Medium,
  Low, No priority; ours map to High, Medium, Low), status Todo, labels comma-separated in one cell.
- gitlab: GitLab's issue CSV import reads the first two columns as title and description, in that
  order, and nothing else; so the owner, priority and due date go into the description's last lines.
- github: GitHub has no CSV import: a POSIX shell script of `gh issue create` commands, each value
  single-quoted (shlex) so no quote, `$()`, backtick or new line in a title can run as a command.
  Extra arguments go to every command: `sh FILE --repo OWNER/NAME`. On Windows run it in Git Bash.
- incident-io: the field names of incident.io's follow-up object (API v2): title, description,
  status (outstanding; the others are completed, deleted, not_doing), labels, priority and
  assignee by name (their IDs belong to the workspace, so a script posting these looks them up),
  and external_issue_reference (issue_permalink for a link, issue_name otherwise).
- csv / json: our own fields (export.follow_ups), the CSV for spreadsheets.

Encoding: UTF-8 everywhere. Only the plain CSV, meant for spreadsheets, starts with a byte-order
mark, so Excel reads 'Wójcik' right; the importers' CSVs have none, because a mark glued to the
first header (Summary, Title, title) is a known way for an importer to miss that column.
"""

from __future__ import annotations

import csv
import io
import json
import shlex
from collections.abc import Callable, Sequence

from ..domain.actions import Action, Priority, ranked
from ..domain.record import record
from ..domain.review import Review
from .follow_ups import follow_up, follow_ups_csv, follow_ups_file_name, follow_ups_json

BOM = "\ufeff"
REVIEW_LABEL = "post-incident-review"
ISMS_LABEL = "isms"
JIRA_COLUMNS = ("Summary", "Description", "Assignee", "Priority", "Due date")
JIRA_PRIORITY = {Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low"}
LINEAR_COLUMNS = ("Title", "Description", "Status", "Priority", "Assignee", "Labels", "Due Date")
LINEAR_PRIORITY = {Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low"}
LINEAR_STATUS = "Todo"
GITLAB_COLUMNS = ("title", "description")
INCIDENT_IO_STATUS = "outstanding"
INCIDENT_IO_PRIORITY = {Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low"}


@record
class Preset:
    name: str
    suffix: str
    text: Callable[[Review, Sequence[Action]], str]


def labels(review: Review, action: Action) -> list[str]:
    """The review's label, its incident reference, and 'isms' when the action touches it; no spaces."""
    found = [REVIEW_LABEL, review.incident_ref.strip(), ISMS_LABEL if action.isms_impact else ""]
    return [label.replace(" ", "-") for label in found if label]


def _due(action: Action) -> str:
    return action.due.isoformat() if action.due else ""


def _csv(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def jira_csv(review: Review, actions: Sequence[Action]) -> str:
    ordered = ranked(actions)
    width = max((len(labels(review, a)) for a in ordered), default=1)
    rows = []
    for action in ordered:
        tags = labels(review, action)
        base = follow_up(action, review)
        rows.append([action.title, base["description"], action.owner, JIRA_PRIORITY[action.priority], _due(action),
                     *tags, *[""] * (width - len(tags))])
    return _csv([*JIRA_COLUMNS, *["Labels"] * width], rows)


def linear_csv(review: Review, actions: Sequence[Action]) -> str:
    rows = [
        [a.title, follow_up(a, review)["description"], LINEAR_STATUS, LINEAR_PRIORITY[a.priority], a.owner,
         ", ".join(labels(review, a)), _due(a)]
        for a in ranked(actions)
    ]
    return _csv(LINEAR_COLUMNS, rows)


def _details(action: Action) -> str:
    """Owner, priority and due date as lines for a tracker that takes only a title and a description."""
    lines = [f"Owner: {action.owner}", f"Priority: {action.priority.value}"]
    if action.due:
        lines.append(f"Due: {action.due.isoformat()}")
    if action.tracker_ref:
        lines.append(f"Tracked as: {action.tracker_ref}")
    return "\n".join(lines)


def gitlab_csv(review: Review, actions: Sequence[Action]) -> str:
    rows = [[a.title, f"{follow_up(a, review)['description']}\n\n{_details(a)}"] for a in ranked(actions)]
    return _csv(GITLAB_COLUMNS, rows)


def github_script(review: Review, actions: Sequence[Action]) -> str:
    """`gh issue create` per action; every value passes through shlex.quote, comments hold no typed text."""
    lines = [
        "#!/bin/sh",
        "# Follow-ups of a post-incident review, as GitHub issues (GitHub CLI: https://cli.github.com).",
        "# Run it inside a clone of the repository, or name it: sh THIS-FILE --repo OWNER/NAME",
        "set -e",
    ]
    for action in ranked(actions):
        body = f"{follow_up(action, review)['description']}\n\n{_details(action)}"
        lines.append(f'gh issue create "$@" --title {shlex.quote(action.title)} --body {shlex.quote(body)}')
    return "\n".join(lines) + "\n"


def _external_reference(ref: str) -> dict | None:
    ref = ref.strip()
    if not ref:
        return None
    return {"issue_permalink": ref} if ref.startswith(("https://", "http://")) else {"issue_name": ref}


def incident_io_json(review: Review, actions: Sequence[Action]) -> str:
    follow_ups = []
    for action in ranked(actions):
        item = {
            "title": action.title,
            "description": follow_up(action, review)["description"],
            "status": INCIDENT_IO_STATUS,
            "labels": labels(review, action),
            "priority": {"name": INCIDENT_IO_PRIORITY[action.priority]},
            "assignee": {"name": action.owner},
        }
        reference = _external_reference(action.tracker_ref)
        if reference:
            item["external_issue_reference"] = reference
        follow_ups.append(item)
    return json.dumps({"follow_ups": follow_ups}, ensure_ascii=False, indent=2) + "\n"


def spreadsheet_csv(review: Review, actions: Sequence[Action]) -> str:
    """Our own CSV with a byte-order mark, so a spreadsheet opens it as UTF-8."""
    return BOM + follow_ups_csv(review, list(actions))


PRESETS = {
    preset.name: preset
    for preset in (
        Preset("jira", "jira.csv", jira_csv),
        Preset("linear", "linear.csv", linear_csv),
        Preset("gitlab", "gitlab.csv", gitlab_csv),
        Preset("github", "github.sh", github_script),
        Preset("incident-io", "incident-io.json", incident_io_json),
        Preset("csv", "csv", spreadsheet_csv),
        Preset("json", "json", lambda review, actions: follow_ups_json(review, list(actions))),
    )
}


def preset_file_name(review: Review, name: str) -> str:
    """<date>-<ref>-follow-ups.csv, or -follow-ups-jira.csv and the like for a tool's preset."""
    suffix = PRESETS[name].suffix
    if "." not in suffix:
        return follow_ups_file_name(review, suffix)
    stem, _, extension = suffix.partition(".")
    return follow_ups_file_name(review, extension).replace("-follow-ups.", f"-follow-ups-{stem}.")
