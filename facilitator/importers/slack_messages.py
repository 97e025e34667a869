"""Slack messages read into timeline entries: who said it, the words as people read them, and when.

People go by their real name (users.json, else their messages' profiles, read when first needed); bots
and integrations by the name they posted under. Markup becomes words: mentions by name, links with their
labels, entities unescaped, ":emoji:" shortcodes as the character (resources/slack_emoji.json).
This is the hot path of a big export: the common message takes the shortest way through (read_day).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from itertools import repeat
from typing import TYPE_CHECKING

from ..content import resource
from ..domain.timeline import TimelineEntry
from . import ImportContext, ImportProblem
from .times import PLAUSIBLE_YEARS, plausible

if TYPE_CHECKING:
    from .slack import _Day

REPLY_MARK = "↳ "

_MARKUP_SPLIT = re.compile(r"<([^<>]*)>").split
"""Text and markup in turn: ["see ", "@U02BO", " now"]."""
_EMPHASIS = re.compile(r"(?<![\w*_~])([*_~])(?=[^\s*_~])([^\n]{0,400}?[^\s*_~])\1(?![\w*_~])")
"""Slack's *bold*, _italic_ and ~strike~: the words are kept, the marks are not. A mark's closer is looked for
400 characters on at most, so a line of marks that never close is read in linear time."""
_SHORTCODE = re.compile(r":([a-z0-9_+'-]{1,60}):")
_UTC = dt.UTC
_from_timestamp = dt.datetime.fromtimestamp
_FIRST_SECOND = dt.datetime(PLAUSIBLE_YEARS.start, 1, 1, tzinfo=_UTC).timestamp()
_LAST_SECOND = dt.datetime(PLAUSIBLE_YEARS.stop - 1, 12, 31, 23, 59, 59, tzinfo=_UTC).timestamp()
_NOT_A_TIME = float("nan")

_BROADCASTS = {"here": "@here", "channel": "@channel", "everyone": "@everyone"}
_NOISE = frozenset(
    ["channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name", "channel_archive", "channel_unarchive", "channel_convert_to_private", "channel_convert_to_public", "channel_posting_permissions", "group_join", "group_leave", "group_topic", "group_purpose", "group_name", "group_archive", "group_unarchive", "pinned_item", "unpinned_item", "bot_add", "bot_remove", "bot_enable", "bot_disable", "app_conversation_join", "reminder_add", "tombstone", "joiner_notification", "message_changed", "message_deleted"]
)
_REVISIONS = frozenset(("message_changed", "message_deleted"))
"""Events that change earlier messages: applied to them, so nothing of theirs is left out."""


class _BadMessage(Exception):
    """One message that cannot be read; the caller adds the file and the message number."""


class NeedsEveryDay(Exception):
    """Reading one day at a time met what only the whole export can settle: a person users.json does not name
    (a later day's message may carry their profile), or an edit or deletion (it may change an earlier day)."""


class Revisions:
    """The final text of edited messages and the messages deleted later, from "message_changed"/"message_deleted"."""

    def __init__(self, days: list[_Day]) -> None:
        self.changed: dict[tuple[str, object], dict] = {}
        self.deleted: set[tuple[str, object]] = set()
        for day in days:
            messages = day.messages
            if not isinstance(messages, list) or not may_revise(messages):
                continue
            for message in messages:
                if isinstance(message, dict) and message.get("subtype") in ("message_changed", "message_deleted"):
                    self._note(day.channel, message)

    def _note(self, channel: str, event: dict) -> None:
        final = event.get("message")
        if event.get("subtype") == "message_changed" and isinstance(final, dict) and _hashable(final.get("ts")):
            self.changed[(channel, final["ts"])] = final
        elif _hashable(deleted := event.get("deleted_ts")):
            self.deleted.add((channel, deleted))

    def final(self, channel: str, message: dict) -> dict | None:
        """The message as it last stood, or None if it was deleted."""
        if not self.changed and not self.deleted:
            return message
        key = (channel, message.get("ts"))
        if not _hashable(key[1]):
            return message
        if key in self.deleted:
            return None
        return {**message, **self.changed[key]} if key in self.changed else message


def may_revise(messages: object) -> bool:
    """Whether a day's messages may hold an edit or a deletion: looked for at C speed, in one pass over the
    subtypes, when every message is an object with a hashable subtype (else message by message)."""
    if not isinstance(messages, list):
        return False
    try:
        return not _REVISIONS.isdisjoint(set(map(dict.get, messages, repeat("subtype"))))
    except TypeError:
        return True


def _hashable(value: object) -> bool:
    return isinstance(value, str | int | float)


def _learn_profiles(messages: object, people: dict[str, str]) -> None:
    """Names of people missing from users.json, from the user_profile their messages carry."""
    for message in messages if isinstance(messages, list) else ():
        if (
            message.__class__ is dict
            and "user_profile" in message
            and (user := message.get("user")).__class__ is str
            and user not in people
            and (shown := profile_name(message["user_profile"]))
        ):
            people[user] = shown


def profile_name(profile: object) -> str:
    """A person's name as their profile gives it: real name, else display name, else user name."""
    if not isinstance(profile, dict):
        return ""
    return text_of(profile, "real_name") or text_of(profile, "display_name") or text_of(profile, "name")


def text_of(record: dict, key: str) -> str:
    """The trimmed text under the key, or "" for anything else."""
    value = record.get(key)
    return value.strip() if isinstance(value, str) else ""


class Messages:
    """Turns Slack messages into timeline entries, knowing the export's people, channels and edits.

    This is the hot path of a big export: each message costs a few dictionary look-ups, and the
    common message (a person's, unedited, no markup) takes the shortest way through."""

    def __init__(
        self,
        people: dict[str, str],
        channels: dict[str, str],
        revisions: Revisions,
        context: ImportContext,
        days: list[_Day] | None,
    ) -> None:
        self.people = people
        self.unlearned: list[_Day] | None = days
        """The days whose messages' profiles have not yet been read for names; read at the first unknown id.
        Given as None when the days come one at a time: an unknown id then raises NeedsEveryDay."""
        self.whole = days is not None
        self.channels = channels
        self.revisions = revisions
        self.context = context
        self.said: dict[str, str] = {}
        """Each piece of markup already rendered ("@U02BO": "@Bo Lindqvist"): exports repeat the same few."""

    def read_day(self, day: _Day, detail: str, found: list) -> None:
        """Adds to found an entry for each message of the day worth showing; reports the rest."""
        if not isinstance(day.messages, list):
            raise ImportProblem(f"{day.name}: expected a list of messages")
        number = 0
        people, final, entry, render = self.people, self.revisions.final, self.entry, self.render
        skip = self.context.skip
        add = found.append
        first, last, from_timestamp, utc = _FIRST_SECOND, _LAST_SECOND, _from_timestamp, _UTC
        new, timeline_entry, set_fields = _NEW_ENTRY, TimelineEntry, _SET_FIELDS
        revised = bool(self.revisions.changed or self.revisions.deleted)
        try:
            for number, message in enumerate(day.messages, 1):
                if message.__class__ is not dict and not isinstance(message, dict):
                    raise _BadMessage("not a message object")
                get = message.get
                subtype = get("subtype")
                if subtype is None and not revised:
                    # The short way for the common message: a known person's words, unedited.
                    user, text, ts = get("user"), get("text"), get("ts")
                    if user.__class__ is str and text.__class__ is str and ts.__class__ is str and user in people:
                        try:
                            seconds = float(ts)
                        except ValueError:
                            seconds = _NOT_A_TIME
                        if not first <= seconds < last:  # out of range, or not a number
                            _moment(ts)  # says what is wrong with it
                        at = from_timestamp(seconds, utc)
                        marked = "<" in text or "&" in text or ":" in text or "*" in text or "~" in text
                        if marked or ("_" in text and (text[0] == "_" or " _" in text or "\n_" in text)):
                            text = render(text)  # a mention or link, an entity, a shortcode or emphasis
                        else:
                            text = text.strip()
                        if text:
                            thread = get("thread_ts")
                            if thread is not None and thread != ts:
                                text = REPLY_MARK + text
                            # _entry(at, people[user], text, detail), written out: this line runs for most messages
                            made = new(timeline_entry)
                            set_fields(made, "__dict__", {"at": at, "actor": people[user], "text": text, "detail": detail})
                            add(made)
                            continue
                if subtype.__class__ is str and subtype in _NOISE:
                    _moment(get("ts"))
                    if subtype not in _REVISIONS:
                        skip(f"{day.name}: message {number}", f"housekeeping ({subtype.replace('_', ' ')})")
                    continue
                if revised and (message := final(day.channel, message)) is None:
                    skip(f"{day.name}: message {number}", "deleted later in the export")
                    continue
                if (item := entry(message, detail)) is not None:
                    add(item)
                else:
                    skip(f"{day.name}: message {number}", "no words")
        except _BadMessage as exc:
            raise ImportProblem(f"{day.name}: message {number}: {exc}") from None

    def entry(self, message: dict, detail: str) -> TimelineEntry | None:
        at = _moment(message.get("ts"))[1]
        subtype = message.get("subtype")
        text = message.get("text")
        text = self.render(text) if isinstance(text, str) else ""
        text = text or self.attachments(message) or _shared_files(message) or self.comment(message)
        if not text:
            return None
        thread = message.get("thread_ts")
        if thread is not None and thread != message.get("ts"):
            text = REPLY_MARK + text
        return _entry(at, self.actor(message, subtype), text, detail)

    def actor(self, message: dict, subtype: object = None) -> str:
        """The person's name; for a bot, an app or an integration, the name it posted under ("GitHub")."""
        user = message.get("user")
        if subtype == "file_comment":
            comment = message.get("comment")
            user = comment.get("user") if isinstance(comment, dict) else user
        user = user if isinstance(user, str) else ""
        if subtype != "bot_message" and (name := self.name_of(user)):
            return name
        if subtype == "bot_message" or "bot_id" in message or "bot_profile" in message or not user:
            if name := _integration_name(message):
                return name
            if subtype == "bot_message" or not user:
                return "bot" if "bot_id" in message or subtype == "bot_message" else "unknown"
        return user

    def name_of(self, user: str) -> str | None:
        """The person's name: from users.json, else from the profile their messages carry (read when first needed:
        most exports name everyone in users.json, and reading every message's profile first cost a tenth)."""
        name = self.people.get(user)
        if name is None and not self.whole:
            raise NeedsEveryDay(user)
        if name is None and self.unlearned is not None:
            for day in self.unlearned:
                _learn_profiles(day.messages, self.people)
            self.unlearned = None
            name = self.people.get(user)
        return name

    def comment(self, message: dict) -> str:
        """The words of a comment on a shared file (an old kind of message)."""
        comment = message.get("comment")
        return self.render(text_of(comment, "comment")) if isinstance(comment, dict) else ""

    def attachments(self, message: dict) -> str:
        """An alert's words: each attachment's fallback, else its title and text."""
        attachments = message.get("attachments")
        parts = []
        for item in attachments if isinstance(attachments, list) else ():
            if isinstance(item, dict):
                title, body = text_of(item, "title"), text_of(item, "text")
                words = text_of(item, "fallback") or ": ".join(filter(None, (title, body))) or text_of(item, "pretext")
                if words := self.render(words):
                    parts.append(words)
        return "\n".join(parts)

    def render(self, text: str) -> str:
        """Slack's markup as people read it: mentions by name, links with their labels, entities unescaped,
        :emoji: shortcodes in the words (not in links or names) as the character."""
        if "<" in text:
            parts = _MARKUP_SPLIT(text)
            markup = parts[1::2]
            shown = list(map(self.said.get, markup))
            if None in shown:
                shown = [known if known is not None else self._remembered(inside) for known, inside in zip(shown, markup, strict=True)]
            parts[1::2] = shown
            words = "".join(parts[::2])
            if ":" in words or "*" in words or "_" in words or "~" in words:
                parts[::2] = map(_plain, parts[::2])
            text = "".join(parts)
        elif ":" in text or "*" in text or "_" in text or "~" in text:
            text = _plain(text)
        if "&" in text:
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return text.strip()

    def _remembered(self, inside: str) -> str:
        shown = self.said[inside] = self._rendered(inside)
        return shown

    def _rendered(self, inside: str) -> str:
        """One piece of markup, what is between "<" and ">", as people read it."""
        target, _, label = inside.partition("|")
        if not target:
            return f"<{inside}>"
        sigil, key = target[0], target[1:]
        if sigil == "@":
            return "@" + (self.name_of(key) or label.lstrip("@") or key)
        if sigil == "#":
            return "#" + (label or self.channels.get(key) or key)
        if sigil == "!":
            word = key.split("^", 1)[0]
            return _BROADCASTS.get(word) or label or "@" + word
        if not label or label == target or target.endswith("//" + label):
            return target
        if target == "mailto:" + label:
            return label
        return f"{label} ({target})"


def _plain(words: str) -> str:
    """Words outside Slack's <...> markup as read: emoji shortcodes as the character, emphasis marks taken out."""
    if ":" in words:
        words = with_emoji(words)
    if "*" in words or "_" in words or "~" in words:
        words = _EMPHASIS.sub(r"\2", words)
    return words


def _integration_name(message: dict) -> str:
    """The name a bot or integration posted under: its username, its bot profile's name, else the
    service or author its attachments name (classic integrations such as GitHub's carry no username)."""
    if name := text_of(message, "username"):
        return name
    bot = message.get("bot_profile")
    if isinstance(bot, dict) and (name := text_of(bot, "name")):
        return name
    attachments = message.get("attachments")
    for key in ("service_name", "author_name"):
        for item in attachments if isinstance(attachments, list) else ():
            if isinstance(item, dict) and (name := text_of(item, key)):
                return name
    return ""


_NEW_ENTRY = object.__new__
_SET_FIELDS = object.__setattr__


def _entry(at: dt.datetime, actor: str, text: str, detail: str) -> TimelineEntry:
    """The same TimelineEntry its constructor makes, a third of the cost: the fields it sets, its other fields at
    their defaults (a dataclass keeps each default on the class); its one check, an aware time, holds by
    construction here (every Slack time is in UTC). tests/importers/test_slack.py compares the two."""
    entry = _NEW_ENTRY(TimelineEntry)
    _SET_FIELDS(entry, "__dict__", {"at": at, "actor": actor, "text": text, "detail": detail})
    return entry


@functools.cache
def _emoji() -> dict[str, str]:
    with resource("slack_emoji.json").open("rb") as file:
        return json.load(file)


def with_emoji(text: str) -> str:
    """':fire: rolling back :+1::skin-tone-3:' -> '🔥 rolling back 👍🏼'; a shortcode we do not know stays."""
    return _SHORTCODE.sub(_emoji_character, text)


def _emoji_character(match: re.Match) -> str:
    return _emoji().get(match.group(1), match.group(0))


def _moment(ts: object) -> tuple[float, dt.datetime]:
    if ts is None:
        raise _BadMessage("no ts")
    try:
        if isinstance(ts, bool) or not isinstance(ts, str | int | float):
            raise TypeError
        seconds = float(ts)
        at = _from_timestamp(seconds, _UTC)
        if at.year not in PLAUSIBLE_YEARS:
            plausible(at, f"ts {str(ts)[:40]!r}")
        return seconds, at
    except TypeError:
        raise _BadMessage(f"ts is a {type(ts).__name__}, not a time") from None
    except (ValueError, OverflowError, OSError):
        raise _BadMessage(f"ts is not a time: {str(ts)[:40]!r}") from None
    except ImportProblem as problem:
        raise _BadMessage(str(problem)) from None


def _shared_files(message: dict) -> str:
    files = message.get("files")
    if not isinstance(files, list):
        return ""
    names = [name for f in files if isinstance(f, dict) and (name := text_of(f, "title") or text_of(f, "name"))]
    return "Shared " + ", ".join(names) if names else ""
