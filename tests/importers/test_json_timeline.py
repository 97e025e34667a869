"""A plain JSON list of {time, actor, text} objects, as scripts and chat bots write a timeline."""

import datetime as dt
import json

import pytest
from importer_data import BST

from facilitator.domain.timeline import MomentKind
from facilitator.importers import ImportProblem, Skipped
from facilitator.importers.json_timeline import read_json


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def test_a_list_of_time_actor_text_objects_reads_in_time_order(context):
    """Each object is an entry; they come back sorted however the list was ordered."""
    data = _json(
        [
            {"time": "2026-10-14T17:47:00Z", "actor": "Cyd Marr", "text": "Rolled back the certificate"},
            {"time": "2026-10-14T17:40:00Z", "actor": "Datadog", "text": "5xx alert fires"},
        ]
    )
    assert [(e.at, e.actor, e.text) for e in read_json(data, context)] == [
        (dt.datetime(2026, 10, 14, 17, 40, tzinfo=dt.UTC), "Datadog", "5xx alert fires"),
        (dt.datetime(2026, 10, 14, 17, 47, tzinfo=dt.UTC), "Cyd Marr", "Rolled back the certificate"),
    ]


def test_other_key_names_details_kinds_and_links_are_understood(context):
    """'at', 'who', 'message', 'details', 'kind' and 'url' fill the same parts of an entry."""
    data = _json(
        [{"at": "18:47", "who": "Cyd", "message": "Roll back", "details": "Chose rollback", "kind": "decision",
          "url": "https://chat.example.com/p/1"}]
    )
    (entry,) = read_json(data, context)
    assert (entry.at, entry.actor, entry.text) == (dt.datetime(2026, 10, 14, 18, 47, tzinfo=BST), "Cyd", "Roll back")
    assert (entry.detail, entry.moment) == ("Chose rollback\nhttps://chat.example.com/p/1", MomentKind.DECISION)


def test_numeric_times_count_seconds_or_milliseconds_since_1970(context):
    """A Unix time in seconds (Python) or milliseconds (JavaScript) is the same instant."""
    data = _json([{"time": 1792000020, "text": "seconds"}, {"time": 1792000020000, "text": "milliseconds"}])
    assert {e.at for e in read_json(data, context)} == {dt.datetime(2026, 10, 14, 17, 47, tzinfo=dt.UTC)}


def test_times_of_day_take_the_incident_date_and_roll_over_midnight(context):
    """Clock-only times are on the incident date in the review's zone, and the next day after midnight."""
    data = _json([{"time": "23:58", "text": "Re-issued"}, {"time": "00:20", "text": "Confirmed"}])
    assert [e.at for e in read_json(data, context)] == [
        dt.datetime(2026, 10, 14, 23, 58, tzinfo=BST),
        dt.datetime(2026, 10, 15, 0, 20, tzinfo=BST),
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"time": "18:40", "text": "x"}, "expected a JSON list of timeline entries, found an object"),
        ([], "no timeline entries found: the list is empty"),
        ([{"text": "no time"}], "no timeline entries found: no item has both a time and words"),
        ([{"time": "18:40", "text": "ok"}, "18:41 x"], 'item 2: expected an object with "time" and "text", found text'),
        ([{"time": "18:40", "text": ["a", "b"]}], 'item 1: "text" should be text, not a list'),
        ([{"time": "teatime", "text": "x"}], 'item 1: no time found in "teatime"'),
        ([{"time": 1e300, "text": "x"}], "item 1: not a real time: 1e+300 seconds since 1970"),
    ],
)
def test_a_bad_list_imports_nothing_and_says_which_item(context, value, message):
    """Problems name the item, counted from 1, and what is wrong with it."""
    with pytest.raises(ImportProblem) as raised:
        read_json(_json(value), context)
    assert str(raised.value) == message


def test_text_that_is_not_json_says_where_it_stops_being_json(context):
    """A truncated file reports the line and column where reading failed."""
    with pytest.raises(ImportProblem, match=r"^not JSON: .* at line 2, column \d+$"):
        read_json(b'[{"time": "18:40",\n "text": "Alert', context)


def test_an_unfinished_string_is_said_once_with_its_place(context):
    """The reader's own "... starting at" is followed by the place, without a second "at"."""
    with pytest.raises(ImportProblem) as raised:
        read_json(b'[{"time": "18:40", "text": "unfinished', context)
    assert str(raised.value) == "not JSON: Unterminated string starting at line 1, column 28"


@pytest.mark.parametrize(
    "item",
    [
        {"created_at": "2026-10-14T17:40:00Z", "body": "Paged", "author": "Ada"},
        {"timestamp": "2026-10-14T17:40:00Z", "message": "Paged", "user": "Ada"},
        {"createdAt": "2026-10-14T17:40:00Z", "title": "Paged", "username": "Ada"},
        {"date": "2026-10-14", "time": "17:40Z", "summary": "Paged", "who": "Ada"},
    ],
)
def test_items_named_as_other_tools_name_them_read_like_spreadsheet_headings(context, item):
    """created_at/body/message/timestamp and the like name the time, words and person of an entry."""
    (entry,) = read_json(_json([item]), context)
    assert (entry.at, entry.actor, entry.text, entry.detail) == (
        dt.datetime(2026, 10, 14, 17, 40, tzinfo=dt.UTC), "Ada", "Paged", ""
    )


def test_keys_with_no_place_are_kept_in_the_detail(context):
    """severity, technique, tags: each is a "key: value" line of the detail, nothing dropped."""
    item = {"time": "18:40", "text": "Paged", "severity": "SEV2", "tags": ["db", "pager"], "count": 3, "gone": None}
    (entry,) = read_json(_json([item]), context)
    assert entry.detail == 'severity: SEV2\ntags: ["db", "pager"]\ncount: 3'


def test_items_without_a_time_or_words_are_skipped_and_reported(context):
    """A heading item with no time and a lone time are left out with their numbers, the rest imported."""
    context = context._replace(skipped=[])
    items = [{"title": "Checkout outage"}, {"time": "18:40", "text": "Paged"}, {"time": "18:41"}]
    assert [e.text for e in read_json(_json(items), context)] == ["Paged"]
    assert context.skipped == [Skipped("item 1", "no time"), Skipped("item 3", "a time with no words")]
