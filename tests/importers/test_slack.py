"""Slack workspace exports, zipped, unpacked or one day file, read as the conversation people had."""

import datetime as dt
import json
import zipfile

import pytest
from importer_data import zipped

from facilitator.importers import ImportProblem
from facilitator.importers.slack import REPLY_MARK, looks_like_slack, read_slack

EXPECTED = [
    ("17:40:30", "Datadog", "Triggered: checkout 5xx rate above 5% on prod", "#sre-alerts"),
    ("17:40:40", "PagerDuty", "Incident #2417 triggered: Checkout 5xx <prod>", "#sre-alerts"),
    (
        "17:42:00",
        "Ada Quist",
        "Checkout 5xx climbing since the cert rotation, @Bo Lindqvist can you look at the LB? "
        "Runbook: checkout runbook (https://wiki.example.com/runbooks/checkout)",
        "#inc-2417-checkout",
    ),
    (
        "17:45:00",
        "Bo Lindqvist",
        f"{REPLY_MARK}On it. The new cert is missing the intermediate & chain",
        "#inc-2417-checkout",
    ),
    ("17:47:00", "Cyd Marr", "@here rolling back the certificate, watch #sre-alerts", "#inc-2417-checkout"),
    ("17:52:00", "Cyd Marr", "Rolled back at 18:52 BST; errors dropping", "#inc-2417-checkout"),
    ("18:03:00", "Ada Quist", "Shared Error rate, last hour", "#inc-2417-checkout"),
    ("08:30:00", "Bo Lindqvist", "Postmortem doc: https://docs.example.com/d/abc", "#inc-2417-checkout"),
]


def _summary(entries):
    return [(e.at.strftime("%H:%M:%S"), e.actor, e.text, e.detail) for e in entries]


def _day_file(tmp_path, messages, name="2026-10-14.json"):
    path = tmp_path / name
    path.write_text(json.dumps(messages), encoding="utf-8")
    return path


def test_an_unpacked_export_reads_as_the_conversation(context, slack_folder):
    """Every message worth showing, across channels and days, in time order, with its channel."""
    entries = read_slack(slack_folder, context)
    assert _summary(entries) == EXPECTED
    assert entries[-1].at == dt.datetime(2026, 10, 15, 8, 30, 0, 200, tzinfo=dt.UTC)


def test_the_zip_slack_gives_reads_the_same_as_its_folder(context, slack_folder, tmp_path):
    """The downloaded .zip, with the export at its top, needs no unpacking."""
    archive = zipped(slack_folder, tmp_path / "INC-2417 Slack export Oct 14 2026.zip")
    assert _summary(read_slack(archive, context)) == EXPECTED


def test_a_zip_of_the_unpacked_folder_reads_the_same(context, slack_folder, tmp_path):
    """Re-zipping the unpacked folder puts everything one folder down; that is found too."""
    archive = zipped(slack_folder, tmp_path / "export.zip", inside="INC-2417 export/")
    assert _summary(read_slack(archive, context)) == EXPECTED


def test_mentions_become_names_and_links_become_readable(context, slack_folder):
    """'<@U02BO>' is '@Bo Lindqvist', '<url|label>' is 'label (url)', '<#C..|name>' is '#name', '<!here>' is '@here'."""
    texts = [e.text for e in read_slack(slack_folder, context)]
    assert "@Bo Lindqvist can you look" in texts[2] and "<@" not in " ".join(texts)
    assert "checkout runbook (https://wiki.example.com/runbooks/checkout)" in texts[2]
    assert texts[4] == "@here rolling back the certificate, watch #sre-alerts"


def test_joins_topic_changes_and_integrations_are_left_out(context, slack_folder):
    """Housekeeping messages are noise for a review and are not entries."""
    texts = " ".join(e.text for e in read_slack(slack_folder, context))
    assert "has joined the channel" not in texts
    assert "set the channel topic" not in texts
    assert "added an integration" not in texts


def test_bot_and_app_alerts_are_kept_under_their_names(context, slack_folder):
    """A bot_message uses its attachment's words; an app's message carries its bot profile's name."""
    entries = read_slack(slack_folder, context)
    assert [(e.actor, e.text) for e in entries[:2]] == [
        ("Datadog", "Triggered: checkout 5xx rate above 5% on prod"),
        ("PagerDuty", "Incident #2417 triggered: Checkout 5xx <prod>"),
    ]


def test_thread_replies_are_kept_and_marked_but_thread_parents_are_not(context, slack_folder):
    """A reply starts with the reply mark; the message that started the thread does not."""
    entries = read_slack(slack_folder, context)
    assert entries[3].text.startswith(REPLY_MARK)
    assert not entries[2].text.startswith(REPLY_MARK)
    assert sum(e.text.startswith(REPLY_MARK) for e in entries) == 1


def test_edited_messages_show_their_final_text_and_deleted_ones_are_gone(context, slack_folder):
    """A later message_changed replaces the words at the original time; a message_deleted removes it."""
    entries = read_slack(slack_folder, context)
    texts = [e.text for e in entries]
    assert "Rolled back at 18:52 BST; errors dropping" in texts
    assert "Rolled back; errors dropping?" not in texts
    assert "oops, wrong channel" not in texts
    assert entries[5].at == dt.datetime(2026, 10, 14, 17, 52, 0, 500, tzinfo=dt.UTC)


def test_a_single_channel_export_does_not_repeat_the_channel_name(context, slack_folder):
    """With one channel there is nothing to tell apart, so the detail stays empty."""
    for day in (slack_folder / "sre-alerts").iterdir():
        day.unlink()
    (slack_folder / "sre-alerts").rmdir()
    assert {e.detail for e in read_slack(slack_folder, context)} == {""}


def test_a_single_day_file_reads_with_names_from_its_messages(context, tmp_path):
    """One YYYY-MM-DD.json on its own names people from the user_profile their messages carry."""
    path = _day_file(
        tmp_path,
        [
            {"type": "message", "user": "U01ADA", "text": "Paging <@U02BO>", "ts": "1791999720.000200",
             "user_profile": {"real_name": "Ada Quist", "display_name": "Ada"}},
            {"type": "message", "user": "U02BO", "text": "here, <@U03CYD> too?", "ts": "1791999780.000300",
             "user_profile": {"real_name": "Bo Lindqvist", "display_name": ""}},
        ],
    )
    assert [(e.actor, e.text, e.detail) for e in read_slack(path, context)] == [
        ("Ada Quist", "Paging @Bo Lindqvist", ""),
        ("Bo Lindqvist", "here, @U03CYD too?", ""),
    ]


def test_a_broken_day_file_names_the_file_and_the_message(context, slack_folder):
    """Nothing is imported, and the message says which file and which message, counted from 1."""
    day = slack_folder / "inc-2417-checkout" / "2026-10-15.json"
    messages = json.loads(day.read_text(encoding="utf-8"))
    del messages[1]["ts"]
    day.write_text(json.dumps(messages), encoding="utf-8")
    with pytest.raises(ImportProblem) as raised:
        read_slack(slack_folder, context)
    assert str(raised.value) == "inc-2417-checkout/2026-10-15.json: message 2: no ts"


def test_a_day_file_that_is_not_json_says_where(context, slack_folder):
    """A truncated day file is reported with its name and the place JSON stopped."""
    day = slack_folder / "sre-alerts" / "2026-10-14.json"
    day.write_bytes(day.read_bytes()[:200])
    with pytest.raises(ImportProblem, match=r"^sre-alerts/2026-10-14\.json: not valid JSON "):
        read_slack(slack_folder, context)


def test_a_zip_with_a_path_outside_the_export_is_refused(context, slack_folder, tmp_path):
    """A member named '../x.json' is refused before anything is read."""
    archive = zipped(slack_folder, tmp_path / "export.zip")
    with zipfile.ZipFile(archive, "a") as extra:
        extra.writestr("../escape.json", "[]")
    with pytest.raises(ImportProblem, match="refusing the unsafe path '../escape.json'"):
        read_slack(archive, context)


def test_a_folder_without_day_files_is_not_a_slack_export(context, tmp_path):
    """A folder of other things says it is not a Slack export."""
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "timeline.csv").write_text("Time,What\n18:40,Alert\n")
    with pytest.raises(ImportProblem, match=r"^notes: not a Slack export"):
        read_slack(tmp_path / "notes", context)


def test_exports_are_recognised_and_other_files_are_not(slack_folder, tmp_path):
    """The folder and its zip look like Slack; a CSV does not."""
    csv_file = tmp_path / "timeline.csv"
    csv_file.write_text("Time,What\n18:40,Alert\n")
    assert looks_like_slack(slack_folder)
    assert looks_like_slack(zipped(slack_folder, tmp_path / "export.zip"))
    assert not looks_like_slack(csv_file)
    assert not looks_like_slack(tmp_path / "missing.zip")


TS = iter(f"17919997{n:02d}.000100" for n in range(10, 99))


def _message(**fields):
    return {"type": "message", "ts": next(TS), **fields}


def test_integration_posts_are_credited_to_the_integration(context, tmp_path):
    """Classic integrations carry no username: the bot profile, else the attachment's service or author names them."""
    path = _day_file(tmp_path, [
        _message(subtype="bot_message", bot_id="B01GH", text="",
                 attachments=[{"service_name": "GitHub", "author_name": "octocat", "fallback": "[checkout] 3 new commits"}]),
        _message(subtype="bot_message", bot_id="B02JI", text="Deploy 4121 finished",
                 attachments=[{"author_name": "Jenkins", "text": "green"}]),
        _message(bot_id="B03DD", text="CPU high on web-3", bot_profile={"id": "B03DD", "name": "Datadog"}),
        _message(subtype="bot_message", bot_id="B04XX", text="Something happened"),
    ])
    assert [(e.actor, e.text) for e in read_slack(path, context)] == [
        ("GitHub", "[checkout] 3 new commits"),
        ("Jenkins", "Deploy 4121 finished"),
        ("Datadog", "CPU high on web-3"),
        ("bot", "Something happened"),
    ]


def test_a_comment_on_a_file_is_credited_to_the_person_who_commented(context, slack_folder):
    """A file_comment message's "user" is the file's owner; the comment's user wrote it."""
    path = _day_file(slack_folder / "inc-2417-checkout", [
        _message(subtype="file_comment", user="U01ADA", text="",
                 comment={"user": "U02BO", "comment": "The chain is missing :warning:"}),
    ], name="2026-10-16.json")
    entries = read_slack(slack_folder, context)
    assert [(e.actor, e.text) for e in entries if "chain is missing" in e.text] == [
        ("Bo Lindqvist", "The chain is missing ⚠️")
    ]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (":fire: rolling back :+1::skin-tone-3:", "🔥 rolling back 👍🏼"),
        ("at 18:52:10 :white_check_mark: done", "at 18:52:10 ✅ done"),
        (":not_an_emoji_we_know: stays", ":not_an_emoji_we_know: stays"),
        ("see <https://example.com/a:b:c|the page> :eyes:", "see the page (https://example.com/a:b:c) 👀"),
    ],
)
def test_emoji_shortcodes_become_the_character(context, tmp_path, typed, shown):
    path = _day_file(tmp_path, [_message(user="U01ADA", text=typed, user_profile={"real_name": "Ada Quist"})])
    assert [e.text for e in read_slack(path, context)] == [shown]


def test_what_is_left_out_is_reported_with_its_file_and_message(context, slack_folder):
    """Joins, deleted messages and empty ones are skipped and said, counted from 1 in their day file."""
    context = context._replace(skipped=[])
    read_slack(slack_folder, context)
    assert {(s.where, s.reason) for s in context.skipped} >= {
        ("inc-2417-checkout/2026-10-14.json: message 1", "housekeeping (channel join)"),
    }
    assert any(s.reason == "deleted later in the export" for s in context.skipped)
    assert all(": message " in s.where for s in context.skipped)


def test_entries_built_on_the_short_path_equal_the_constructor_s(context, slack_folder):
    """The fast construction of entries gives exactly what TimelineEntry(...) gives, every field."""
    from dataclasses import asdict

    from facilitator.domain.timeline import TimelineEntry

    for entry in read_slack(slack_folder, context):
        built = TimelineEntry(at=entry.at, actor=entry.actor, text=entry.text, detail=entry.detail)
        assert entry == built and asdict(entry) == asdict(built) and entry.id is None


def test_emphasis_in_a_plain_message_of_a_known_person_loses_its_marks(context, tmp_path):
    """'*now*' and '_really_' in a message with no link, mention or shortcode read as the words (the short way for
    common messages skipped the emphasis), while snake_case names keep their underscores."""
    export = tmp_path / "export"
    (export / "incident").mkdir(parents=True)
    (export / "users.json").write_text(json.dumps([{"id": "U01ADA", "real_name": "Ada Quist"}]), encoding="utf-8")
    (export / "channels.json").write_text(json.dumps([{"id": "C01", "name": "incident"}]), encoding="utf-8")
    _day_file(export / "incident", [
        _message(user="U01ADA", text="deploy *now* please"),
        _message(user="U01ADA", text="_really_ raise max_conn_count"),
    ])
    assert [e.text for e in read_slack(export, context)] == ["deploy now please", "really raise max_conn_count"]
