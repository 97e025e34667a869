"""Slack workspace exports read into timeline entries: the .zip, its unpacked folder, or one day file.

Times come from each message's "ts" (seconds since the epoch) and stay in UTC.
People, as authors and in mentions, go by their real name (users.json, else their messages' profiles).
A thread reply keeps its own time and its text starts with "↳ " (REPLY_MARK).
When the export holds more than one channel, each entry's detail names it ("#general").
Housekeeping messages (joins, topic changes, pins...) are left out and reported as skipped; bot and
integration alerts are kept under the integration's name ("GitHub"), with their attachments' text when
the message itself has none. ":emoji:" shortcodes become the character. An edited message has its final
text (exports hold it, or a later "message_changed" event does); a deleted one is left out.
This module finds and loads the export's files; slack_messages.py reads the messages.
Problems name the file inside the export and the message, counted from 1:
"general/2026-10-14.json: message 3: no ts". Nothing is returned unless everything reads.
"""

from __future__ import annotations

import functools
import gc
import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import chain
from operator import attrgetter
from pathlib import Path

from ..domain.record import record
from ..domain.timeline import TimelineEntry
from . import ImportContext, ImportProblem, Skipped
from .decoding import json_value, no_lone_halves
from .input_file import is_regular_file, read_input
from .slack_messages import REPLY_MARK, Messages, NeedsEveryDay, Revisions, may_revise, profile_name, text_of

__all__ = ["REPLY_MARK", "looks_like_slack", "read_slack"]
MAX_EXPORT_BYTES = 1 << 28
"""The most an export may unpack to, counted as it is read: far beyond any incident's channels."""

_DAY_FILE = re.compile(r"\d{4}-\d{2}-\d{2}\.json")
_DRIVE = re.compile(r"[A-Za-z]:")
_INDEX_FILES = ("users.json", "channels.json")
_CHANNEL_LISTS = ("channels.json", "groups.json", "mpims.json")
Loader = Callable[[], bytes]


@record
class _Day:
    """One day file: its name inside the export, its messages, and the channel (folder) it belongs to."""

    name: str
    messages: object
    channel: str


def read_slack(path: Path, context: ImportContext) -> list[TimelineEntry]:
    """Every message worth showing, oldest first; what is left out is reported to the context."""
    with _no_collection():
        return _read_slack(path, context)


@contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection while an export is read: the JSON it holds has no cycles to find, and
    collecting over its hundreds of thousands of objects, again and again as they grow, cost a sixth of
    the time. Collection is on again afterwards, unless it was off before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _read_slack(path: Path, context: ImportContext) -> list[TimelineEntry]:
    path = Path(path)
    where = path.name or str(path)
    try:
        if path.is_dir():
            return _read_export(_folder_files(path), where, context)
        data = read_input(path)
        if path.suffix.lower() == ".zip" or data[:2] == b"PK":
            return _read_export(_zip_files(data, where), where, context)
        return _timeline([_Day(path.name, _load_json(path.name, data), "")], {}, "", context)
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


def _read_export(files: dict[str, Loader], where: str, context: ImportContext) -> list[TimelineEntry]:
    prefix = _root_prefix(files)
    days: dict[str, list[str]] = {}
    for name in sorted(files):
        parts = name[len(prefix):].split("/") if name.startswith(prefix) else []
        if len(parts) == 2 and _DAY_FILE.fullmatch(parts[1]):
            days.setdefault(parts[0], []).append(name[len(prefix):])
    if not days:
        raise ImportProblem(f"{where}: not a Slack export (no channel folders with YYYY-MM-DD.json files)")
    files = {name: functools.cache(load) for name, load in files.items()}  # each file is read once, either way
    named = [(name, channel) for channel, names in days.items() for name in names]
    try:
        return _day_by_day(named, files, prefix, context)
    except (NeedsEveryDay, ImportProblem, OSError):
        pass  # read whole, as below: it settles what one day cannot, and says any problem as it always has
    loaded = [_Day(name, _load_json(name, files[prefix + name]()), channel) for name, channel in named]
    return _timeline(loaded, files, prefix, context)


def _day_by_day(named: list[tuple[str, str]], files: dict[str, Loader], prefix: str, context: ImportContext) -> list[TimelineEntry]:
    """The entries _timeline gives, with one day's messages in memory at a time (a big export's parsed JSON, held
    whole, cost a fifth more time and most of the memory). NeedsEveryDay when the export has edits or deletions, or
    a person only a message's profile names; an ImportProblem when anything is wrong. What is skipped is reported
    only when all reads."""
    people, channels = _names(files, prefix)
    skipped: list[Skipped] = []
    reader = Messages(people, channels, Revisions([]), context._replace(skipped=skipped), None)
    several = len({channel for _, channel in named}) > 1
    found: list[TimelineEntry] = []
    for name, channel in named:
        day = _Day(name, _load_json(name, files[prefix + name]()), channel)
        if may_revise(day.messages):
            raise NeedsEveryDay(name)
        reader.read_day(day, f"#{channel}" if several else "", found)
        del day  # its messages are read: let them go before the next day's are loaded
    found = _in_order(found)
    if context.skipped is not None:
        context.skipped.extend(skipped)
    return found


def _root_prefix(files: dict[str, Loader]) -> str:
    """'' for an export at the top of the zip, or 'Folder/' when it was zipped inside one folder."""
    if any(name in files for name in _INDEX_FILES):
        return ""
    for name in files:
        parts = name.split("/")
        if len(parts) == 2 and parts[1] in _INDEX_FILES:
            return parts[0] + "/"
    return ""


def _timeline(days: list[_Day], files: dict[str, Loader], prefix: str, context: ImportContext) -> list[TimelineEntry]:
    """Entries from the day files, oldest first; each names its channel when there is more than one."""
    people, channels = _names(files, prefix)
    reader = Messages(people, channels, Revisions(days), context, days)
    several = len({day.channel for day in days}) > 1
    found: list[TimelineEntry] = []
    for day in days:
        reader.read_day(day, f"#{day.channel}" if several else "", found)
    return _in_order(found)


def _names(files: dict[str, Loader], prefix: str) -> tuple[dict[str, str], dict[str, str]]:
    """The export's people (user id -> name) and channels (channel id -> name)."""
    people = _user_names(files, prefix + "users.json")
    channels: dict[str, str] = {}
    for list_name in _CHANNEL_LISTS:
        channels.update((c["id"], c["name"]) for c in _records(files, prefix + list_name) if text_of(c, "name"))
    return people, channels


_TEXT, _ACTOR, _DETAIL = attrgetter("text"), attrgetter("actor"), attrgetter("detail")


def _in_order(found: list[TimelineEntry]) -> list[TimelineEntry]:
    """The entries oldest first, once none is missing and no kept words hold half a character."""
    if not found:
        raise ImportProblem("no timeline entries found: no messages other than joins and similar housekeeping")
    no_lone_halves(chain(map(_TEXT, found), set(map(_ACTOR, found)), set(map(_DETAIL, found))))  # names repeat
    found.sort(key=attrgetter("at"))
    return found


def _load_json(name: str, data: bytes) -> object:
    try:
        text = data.decode(json.detect_encoding(data))
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{name}: not UTF-8 text") from exc
    try:
        return json_value(text, whole=False)
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
        if shown := text_of(user, "real_name") or profile_name(user.get("profile")) or text_of(user, "name"):
            names[user["id"]] = shown
    return names
