"""Slack workspace exports read into timeline entries: the .zip, its unpacked folder, or one day file.

Times come from each message's "ts" (seconds since the epoch) and stay in UTC.
People, as authors and in mentions, go by their real name (users.json, else their messages' profiles).
A thread reply keeps its own time and its text starts with "↳ " (REPLY_MARK).
When the export holds more than one channel, each entry's detail names it ("#general").
Housekeeping messages (joins, topic changes, pins...) are left out; bot alerts are kept,
with their attachments' text when the message itself has none. An edited message has its final
text (exports hold it, or a later "message_changed" event does); a deleted one is left out.
Problems name the file inside the export and the message, counted from 1:
"general/2026-10-14.json: message 3: no ts". Nothing is returned unless everything reads.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from ..domain.timeline import TimelineEntry
from . import ImportContext, ImportProblem
from .decoding import json_value
from .input_file import is_regular_file, read_input
from .times import plausible

REPLY_MARK = "↳ "
MAX_EXPORT_BYTES = 1 << 28
"""The most an export may unpack to, counted as it is read: far beyond any incident's channels."""

_DAY_FILE = re.compile(r"\d{4}-\d{2}-\d{2}\.json")
_MARKUP = re.compile(r"<([^<>]*)>")
_DRIVE = re.compile(r"[A-Za-z]:")
_INDEX_FILES = ("users.json", "channels.json")
_CHANNEL_LISTS = ("channels.json", "groups.json", "mpims.json")
_BROADCASTS = {"here": "@here", "channel": "@channel", "everyone": "@everyone"}
_NOISE = frozenset(
    """channel_join channel_leave channel_topic channel_purpose channel_name channel_archive channel_unarchive
    channel_convert_to_private channel_convert_to_public channel_posting_permissions group_join group_leave
    group_topic group_purpose group_name group_archive group_unarchive pinned_item unpinned_item bot_add
    bot_remove bot_enable bot_disable app_conversation_join reminder_add tombstone joiner_notification
    message_changed message_deleted""".split()
)

Loader = Callable[[], bytes]


class _BadMessage(Exception):
    """One message that cannot be read; the caller adds the file and the message number."""


@dataclass(frozen=True)
class _Day:
    """One day file: its name inside the export, its messages, and the channel (folder) it belongs to."""

    name: str
    messages: object
    channel: str


def read_slack(path: Path, context: ImportContext) -> list[TimelineEntry]:
    """Every message worth showing, oldest first (the context is unused: Slack times are absolute)."""
    path = Path(path)
    where = path.name or str(path)
    try:
        if path.is_dir():
            return _read_export(_folder_files(path), where)
        data = read_input(path)
        if path.suffix.lower() == ".zip" or data[:2] == b"PK":
            return _read_export(_zip_files(data, where), where)
        return _timeline([_Day(path.name, _load_json(path.name, data), "")], {}, "")
    except OSError as exc:
        raise ImportProblem(f"{where}: cannot read {exc.filename or 'it'} ({exc.strerror or exc})") from exc


def looks_like_slack(path: Path) -> bool:
    """Whether the path looks like a Slack export or day file, judged cheaply and never raising."""
    path = Path(path)
    try:
        if path.is_dir():
            return _looks_like_export(list(_folder_files(path)))
        if not path.is_file():
            return False
        with path.open("rb") as file:
            head = file.read(65536)
        if head[:2] == b"PK":
            with zipfile.ZipFile(path) as archive:
                return _looks_like_export(archive.namelist())
        return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[") and b'"ts"' in head
    except Exception:
        return False


def _looks_like_export(names: list[str]) -> bool:
    parts = [name.strip("/").split("/") for name in names]
    has_index = any(p[-1] in _INDEX_FILES and len(p) <= 2 for p in parts)
    return has_index and any(len(p) in (2, 3) and _DAY_FILE.fullmatch(p[-1]) for p in parts)


def _folder_files(folder: Path) -> dict[str, Loader]:
    """The export's JSON files: the index files at its top and each channel folder's day files.

    Only the export's own files are read: a channel folder or a file that is a link (to somewhere
    outside the export, perhaps) is not followed, and a file that is no regular file is never opened."""
    files: dict[str, Loader] = {}
    budget = _Budget(MAX_EXPORT_BYTES, folder.name or str(folder))
    for channel in _real_entries(folder, dirs=True):
        for day in _real_entries(channel, dirs=False):
            if day.suffix == ".json":
                files[f"{channel.name}/{day.name}"] = _file_loader(day, budget)
    for name in _INDEX_FILES + _CHANNEL_LISTS:
        if is_regular_file(folder / name):
            files[name] = _file_loader(folder / name, budget)
    return files


def _real_entries(folder: Path, dirs: bool) -> list[Path]:
    """The folders (or regular files) directly in the folder, links left out."""
    with os.scandir(folder) as entries:
        return [
            Path(entry.path)
            for entry in entries
            if (entry.is_dir(follow_symlinks=False) if dirs else entry.is_file(follow_symlinks=False))
        ]


def _file_loader(path: Path, budget: _Budget) -> Loader:
    def load() -> bytes:
        data = read_input(path, MAX_EXPORT_BYTES, follow_links=False)
        budget.spend(len(data))
        return data

    return load


def _zip_files(data: bytes, where: str) -> dict[str, Loader]:
    """The zip's JSON members, read into memory on demand; unsafe paths and oversized exports refused."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except Exception as exc:
        raise ImportProblem(f"{where}: not a readable zip file ({exc})") from exc
    files: dict[str, Loader] = {}
    total = 0
    budget = _Budget(MAX_EXPORT_BYTES, where)
    for info in members:
        name = info.filename.replace("\\", "/")
        if name.startswith("/") or _DRIVE.match(name) or ".." in name.split("/"):
            raise ImportProblem(f"{where}: refusing the unsafe path {info.filename!r} in the zip")
        if info.is_dir() or not name.endswith(".json"):
            continue
        total += info.file_size
        if total > MAX_EXPORT_BYTES:
            raise ImportProblem(f"{where}: more than {MAX_EXPORT_BYTES >> 20} MiB unpacked")
        files[name] = _member_loader(archive, info, name, budget)
    return files


class _Budget:
    """The bytes a zip may unpack to, counted as they come out (a zip can say it holds less than it does)."""

    CHUNK = 1 << 16

    def __init__(self, limit: int, where: str) -> None:
        self.left = limit
        self.limit = limit
        self.where = where

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise ImportProblem(f"{self.where}: more than {self.limit >> 20} MiB unpacked")


def _member_loader(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: _Budget) -> Loader:
    def load() -> bytes:
        chunks = []
        try:
            with archive.open(info) as member:
                while chunk := member.read(budget.CHUNK):
                    budget.spend(len(chunk))
                    chunks.append(chunk)
        except ImportProblem:
            raise
        except Exception as exc:
            raise ImportProblem(f"{name}: cannot be read from the zip ({exc})") from exc
        return b"".join(chunks)

    return load


def _read_export(files: dict[str, Loader], where: str) -> list[TimelineEntry]:
    prefix = _root_prefix(files)
    days: dict[str, list[str]] = {}
    for name in sorted(files):
        parts = name[len(prefix):].split("/") if name.startswith(prefix) else []
        if len(parts) == 2 and _DAY_FILE.fullmatch(parts[1]):
            days.setdefault(parts[0], []).append(name[len(prefix):])
    if not days:
        raise ImportProblem(f"{where}: not a Slack export (no channel folders with YYYY-MM-DD.json files)")
    loaded = [
        _Day(name, _load_json(name, files[prefix + name]()), channel)
        for channel, names in days.items()
        for name in names
    ]
    return _timeline(loaded, files, prefix)


def _root_prefix(files: dict[str, Loader]) -> str:
    """'' for an export at the top of the zip, or 'Folder/' when it was zipped inside one folder."""
    if any(name in files for name in _INDEX_FILES):
        return ""
    for name in files:
        parts = name.split("/")
        if len(parts) == 2 and parts[1] in _INDEX_FILES:
            return parts[0] + "/"
    return ""


def _timeline(days: list[_Day], files: dict[str, Loader], prefix: str) -> list[TimelineEntry]:
    """Entries from the day files, oldest first; each names its channel when there is more than one."""
    people = _user_names(files, prefix + "users.json")
    channels: dict[str, str] = {}
    for list_name in _CHANNEL_LISTS:
        channels.update((c["id"], c["name"]) for c in _records(files, prefix + list_name) if _text(c, "name"))
    for day in days:
        _learn_profiles(day.messages, people)
    reader = _Messages(people, channels, _Revisions(days))
    several = len({day.channel for day in days}) > 1
    found: list[tuple[float, TimelineEntry]] = []
    for day in days:
        reader.read_day(day, f"#{day.channel}" if several else "", found)
    if not found:
        raise ImportProblem("no timeline entries found: no messages other than joins and similar housekeeping")
    found.sort(key=itemgetter(0))
    return [entry for _, entry in found]


class _Revisions:
    """The final text of edited messages and the messages deleted later, from "message_changed"/"message_deleted"."""

    def __init__(self, days: list[_Day]) -> None:
        self.changed: dict[tuple[str, object], dict] = {}
        self.deleted: set[tuple[str, object]] = set()
        for day in days:
            for message in day.messages if isinstance(day.messages, list) else ():
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


def _hashable(value: object) -> bool:
    return isinstance(value, str | int | float)


def _load_json(name: str, data: bytes) -> object:
    try:
        text = data.decode(json.detect_encoding(data))
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{name}: not UTF-8 text") from exc
    try:
        return json_value(text)
    except ImportProblem as exc:
        if isinstance(cause := exc.__cause__, json.JSONDecodeError):
            raise ImportProblem(f"{name}: not valid JSON ({cause.msg} at line {cause.lineno} column {cause.colno})") from cause
        raise ImportProblem(f"{name}: {exc}") from exc


def _records(files: dict[str, Loader], name: str) -> list[dict]:
    if name not in files:
        return []
    shown = name.rsplit("/", 1)[-1]
    records = _load_json(shown, files[name]())
    if not isinstance(records, list):
        raise ImportProblem(f"{shown}: expected a list")
    return [r for r in records if isinstance(r, dict) and isinstance(r.get("id"), str)]


def _user_names(files: dict[str, Loader], name: str) -> dict[str, str]:
    """User id -> the person's real name, else their display name, else their user name."""
    names = {}
    for user in _records(files, name):
        if shown := _text(user, "real_name") or _profile_name(user.get("profile")) or _text(user, "name"):
            names[user["id"]] = shown
    return names


def _learn_profiles(messages: object, people: dict[str, str]) -> None:
    """Names of people missing from users.json, from the user_profile their messages carry."""
    for message in messages if isinstance(messages, list) else ():
        if isinstance(message, dict) and "user_profile" in message:
            user = message.get("user")
            if isinstance(user, str) and user not in people and (shown := _profile_name(message["user_profile"])):
                people[user] = shown


def _profile_name(profile: object) -> str:
    if not isinstance(profile, dict):
        return ""
    return _text(profile, "real_name") or _text(profile, "display_name") or _text(profile, "name")


def _text(record: dict, key: str) -> str:
    value = record.get(key)
    return value.strip() if isinstance(value, str) else ""


class _Messages:
    """Turns Slack messages into timeline entries, knowing the export's people, channels and edits."""

    def __init__(self, people: dict[str, str], channels: dict[str, str], revisions: _Revisions) -> None:
        self.people = people
        self.channels = channels
        self.revisions = revisions

    def read_day(self, day: _Day, detail: str, found: list) -> None:
        if not isinstance(day.messages, list):
            raise ImportProblem(f"{day.name}: expected a list of messages")
        number = 0
        try:
            for number, message in enumerate(day.messages, 1):
                if not isinstance(message, dict):
                    raise _BadMessage("not a message object")
                final = self.revisions.final(day.channel, message)
                if final is not None and (item := self.entry(final, detail)) is not None:
                    found.append(item)
        except _BadMessage as exc:
            raise ImportProblem(f"{day.name}: message {number}: {exc}") from None

    def entry(self, message: dict, detail: str) -> tuple[float, TimelineEntry] | None:
        ts = message.get("ts")
        if ts is None:
            raise _BadMessage("no ts")
        seconds, at = _moment(ts)
        subtype = message.get("subtype")
        if isinstance(subtype, str) and subtype in _NOISE:
            return None
        text = message.get("text")
        text = self.render(text) if isinstance(text, str) else ""
        text = text or self.attachments(message) or _shared_files(message)
        if not text:
            return None
        thread = message.get("thread_ts")
        if thread is not None and thread != ts:
            text = REPLY_MARK + text
        return seconds, TimelineEntry(at=at, actor=self.actor(message), text=text, detail=detail)

    def actor(self, message: dict) -> str:
        """The person's name; for a bot or an app, the name it posted under."""
        user = message.get("user")
        user = user if isinstance(user, str) else ""
        bot = message.get("bot_profile")
        bot_name = _text(message, "username") or (_text(bot, "name") if isinstance(bot, dict) else "")
        if message.get("subtype") == "bot_message" or (user not in self.people and bot_name):
            return bot_name or "bot"
        return self.people.get(user) or user or "unknown"

    def attachments(self, message: dict) -> str:
        """An alert's words: each attachment's fallback, else its title and text."""
        attachments = message.get("attachments")
        parts = []
        for item in attachments if isinstance(attachments, list) else ():
            if isinstance(item, dict):
                title, body = _text(item, "title"), _text(item, "text")
                words = _text(item, "fallback") or ": ".join(filter(None, (title, body))) or _text(item, "pretext")
                if words := self.render(words):
                    parts.append(words)
        return "\n".join(parts)

    def render(self, text: str) -> str:
        """Slack's markup as people read it: mentions by name, links with their labels, entities unescaped."""
        if "<" in text:
            text = _MARKUP.sub(self._markup, text)
        if "&" in text:
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return text.strip()

    def _markup(self, match: re.Match) -> str:
        target, _, label = match.group(1).partition("|")
        if not target:
            return match.group(0)
        sigil, key = target[0], target[1:]
        if sigil == "@":
            return "@" + (self.people.get(key) or label.lstrip("@") or key)
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


def _moment(ts: object) -> tuple[float, dt.datetime]:
    try:
        if isinstance(ts, bool) or not isinstance(ts, str | int | float):
            raise TypeError
        seconds = float(ts)
        return seconds, plausible(dt.datetime.fromtimestamp(seconds, dt.UTC), f"ts {str(ts)[:40]!r}")
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
    names = [name for f in files if isinstance(f, dict) and (name := _text(f, "title") or _text(f, "name"))]
    return "Shared " + ", ".join(names) if names else ""
