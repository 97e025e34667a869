"""Status page incidents: one entry per update, its status in the words, in time order."""

import datetime as dt
import json

import pytest

from facilitator.importers import ImportProblem, Skipped
from facilitator.importers.formats import guessed_format, parse_file
from facilitator.importers.statuspage import read_statuspage

UPDATES = [
    {
        "id": "u3", "status": "resolved", "body": "Checkout is working normally again.",
        "created_at": "2026-10-14T19:05:00.000Z", "display_at": "2026-10-14T19:05:00.000Z",
        "affected_components": [
            {"code": "c1", "name": "Checkout API", "old_status": "degraded_performance", "new_status": "operational"}
        ],
    },
    {"id": "u2", "status": "identified", "body": "The certificate chain is <b>incomplete</b>.",
     "created_at": "2026-10-14T18:10:00.000-04:00"},
    {"id": "u1", "status": "investigating", "body": "We are looking into elevated errors at checkout.",
     "created_at": "2026-10-14T17:52:00Z"},
]
INCIDENT = {"id": "inc1", "name": "Elevated checkout errors", "status": "resolved", "impact": "major",
            "incident_updates": UPDATES}


def _data(value) -> bytes:
    return json.dumps(value).encode()


def _summary(entries):
    return [(e.at.astimezone(dt.UTC).strftime("%H:%M"), e.actor, e.text, e.detail) for e in entries]


EXPECTED = [
    ("17:52", "Status page", "Investigating: We are looking into elevated errors at checkout.", ""),
    ("19:05", "Status page", "Resolved: Checkout is working normally again.", "Checkout API: operational"),
    ("22:10", "Status page", "Identified: The certificate chain is incomplete.", ""),
]


@pytest.mark.parametrize(
    "value",
    [INCIDENT, {"meta": {"unsubscribe": "x"}, "page": {"id": "p"}, "incident": INCIDENT}],
    ids=["incident", "webhook"],
)
def test_an_incident_gives_one_entry_per_update_with_its_status(context, value):
    assert _summary(read_statuspage(_data(value), context)) == EXPECTED


def test_a_list_of_incidents_names_each_update_s_incident(context):
    other = {"name": "Search slow", "incident_updates": [
        {"status": "monitoring", "body": "A fix is out.", "created_at": "2026-10-14T18:00:00Z"}
    ]}
    for value in ([INCIDENT, other], {"page": {}, "incidents": [INCIDENT, other]}):
        entries = read_statuspage(_data(value), context)
        assert [(e.text, e.detail.split("\n")[0]) for e in entries][:2] == [
            ("Investigating: We are looking into elevated errors at checkout.", "Incident: Elevated checkout errors"),
            ("Monitoring: A fix is out.", "Incident: Search slow"),
        ]


def test_status_page_files_are_recognised_by_their_shape(tmp_path, context):
    for name, value in (("incident.json", INCIDENT), ("export.txt", [INCIDENT])):
        path = tmp_path / name
        path.write_bytes(_data(value))
        assert guessed_format(path.suffix, path.read_bytes()) == "statuspage"
        assert len(parse_file(path, context).entries) == 3


def test_an_update_without_a_time_is_skipped_and_reported(tmp_path, context):
    path = tmp_path / "incident.json"
    path.write_bytes(_data({**INCIDENT, "incident_updates": [*UPDATES, {"status": "postmortem", "body": "Soon."}]}))
    parsed = parse_file(path, context)
    assert len(parsed.entries) == 3
    assert parsed.skipped == [Skipped("update 4", "no time")]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({**INCIDENT, "incident_updates": [{"status": "resolved", "body": 3, "created_at": "18:00"}]},
         'update 1: "body" should be text, not int'),
        ({**INCIDENT, "incident_updates": [{"status": "resolved", "created_at": "soon"}]},
         'update 1: no time found in "soon"'),
        ({**INCIDENT, "incident_updates": ["x"]}, "update 1: expected an update object"),
        ({"name": "x"}, 'not status page incidents: expected an incident with "incident_updates"'),
    ],
)
def test_a_bad_incident_imports_nothing_and_says_where(context, value, message):
    with pytest.raises(ImportProblem) as raised:
        read_statuspage(_data(value), context)
    assert str(raised.value) == message
