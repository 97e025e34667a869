"""A Slack export is read one day file at a time, and read whole where one day cannot settle what it says."""

import json
import weakref

import pytest

from facilitator.importers import ImportProblem, Skipped, slack
from facilitator.importers.slack import read_slack


def _export(tmp_path, days, users=({"id": "U01ADA", "real_name": "Ada Quist"},)):
    """An unpacked export of one channel, "incident", with a day file for each (date, messages) given."""
    export = tmp_path / "export"
    (export / "incident").mkdir(parents=True)
    (export / "users.json").write_text(json.dumps(list(users)), encoding="utf-8")
    (export / "channels.json").write_text(json.dumps([{"id": "C01", "name": "incident"}]), encoding="utf-8")
    for date, messages in days:
        (export / "incident" / f"{date}.json").write_text(json.dumps(messages), encoding="utf-8")
    return export


def _said(ts, text, user="U01ADA", **more):
    return {"type": "message", "user": user, "text": text, "ts": ts, **more}


class _Messages(list):
    """A day's messages that can be watched for being let go (a plain list cannot)."""


def test_a_day_s_messages_are_let_go_before_the_next_day_is_loaded(context, tmp_path, monkeypatch):
    """A big export's parsed JSON is many times its size on disk: only the day being read is held."""
    export = _export(tmp_path, [(f"2026-10-1{n}", [_said(f"179199{n}000.000100", f"day {n}")]) for n in range(4)])
    loaded: list[weakref.ref] = []
    held_while_loading: list[int] = []
    load_json = slack._load_json

    def watched(name, data):
        value = load_json(name, data)
        if name.startswith("incident/"):
            held_while_loading.append(sum(ref() is not None for ref in loaded))
            value = _Messages(value)
            loaded.append(weakref.ref(value))
        return value

    monkeypatch.setattr(slack, "_load_json", watched)
    assert [e.text for e in read_slack(export, context)] == ["day 0", "day 1", "day 2", "day 3"]
    assert held_while_loading == [0, 0, 0, 0]


def test_an_edit_in_a_later_day_file_changes_the_earlier_message(context, tmp_path):
    export = _export(tmp_path, [
        ("2026-10-14", [_said("1791999720.000200", "Rolled back; errors dropping?")]),
        ("2026-10-15", [{"type": "message", "subtype": "message_changed", "ts": "1792086000.000100",
                         "message": _said("1791999720.000200", "Rolled back; errors dropping")}]),
    ])
    assert [e.text for e in read_slack(export, context)] == ["Rolled back; errors dropping"]


def test_a_deletion_in_a_later_day_file_leaves_the_earlier_message_out_and_says_so(context, tmp_path):
    context = context._replace(skipped=[])
    export = _export(tmp_path, [
        ("2026-10-14", [{"type": "message", "subtype": "channel_join", "user": "U01ADA", "ts": "1791999700.000100"},
                        _said("1791999720.000200", "wrong channel"), _said("1791999780.000300", "rolling back")]),
        ("2026-10-15", [{"type": "message", "subtype": "message_deleted", "ts": "1792086000.000100",
                         "deleted_ts": "1791999720.000200"}]),
    ])
    assert [e.text for e in read_slack(export, context)] == ["rolling back"]
    assert context.skipped == [  # each once, though the reading started over when it met the deletion
        Skipped("incident/2026-10-14.json: message 1", "housekeeping (channel join)"),
        Skipped("incident/2026-10-14.json: message 2", "deleted later in the export"),
    ]


def test_a_person_missing_from_users_json_is_named_by_a_later_day_s_profile(context, tmp_path):
    export = _export(tmp_path, [
        ("2026-10-14", [_said("1791999720.000200", "paging <@U02BO>")]),
        ("2026-10-15", [_said("1792086000.000100", "on it", user="U02BO", user_profile={"real_name": "Bo Lindqvist"})]),
    ])
    assert [(e.actor, e.text) for e in read_slack(export, context)] == [
        ("Ada Quist", "paging @Bo Lindqvist"),
        ("Bo Lindqvist", "on it"),
    ]


def test_a_file_that_is_not_json_is_said_before_a_broken_message_of_an_earlier_day(context, tmp_path):
    """As when every day file was loaded before any was read: the first problem in loading order is the one said."""
    export = _export(tmp_path, [("2026-10-14", [{"type": "message", "user": "U01ADA", "text": "no time"}])])
    (export / "incident" / "2026-10-15.json").write_text('[{"ts": ', encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"^incident/2026-10-15\.json: not valid JSON "):
        read_slack(export, context)
    (export / "incident" / "2026-10-15.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"^incident/2026-10-14\.json: message 1: no ts$"):
        read_slack(export, context)
