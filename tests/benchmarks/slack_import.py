"""Importing a 20,000-message Slack export: reading it, and reading and storing it, in entries per second.

The export is synthetic but shaped like a real one (users.json, channels.json, one folder per channel
of YYYY-MM-DD.json files; messages with rich-text blocks, user profiles, mentions, links, threads,
edits, bot alerts and joins). Reading is compared with json.load of the same files; reading and
storing with json.load plus a bare SQLite executemany of the same rows.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from measure import Row

from facilitator.domain.review import Review
from facilitator.importers import ImportContext
from facilitator.importers.formats import read_timeline
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

MESSAGES = 20_000
MINIMUM_RATE = 20_000.0
"""Entries per second both the read and the read-and-store must reach."""
SHARE_OF_JSON_LOAD = 0.8
"""The read must go at least this fast, as a share of a plain json.load of the same files."""

CHANNELS = ("inc-2417-checkout", "sre-alerts", "payments-eng", "status-updates")
DAYS = 5
PEOPLE = 40
FIRST_DAY = dt.datetime(2026, 10, 14, 6, 0, tzinfo=dt.UTC)
CONTEXT = ImportContext(incident_date=FIRST_DAY.date(), timezone="Europe/London")
WORDS = (
    "checkout errors rising after the certificate rotation rollback canary deploy latency p99 pool "
    "load balancer chain intermediate retry queue backlog database failover paging customer impact"
).split()


def slack_import(runs: int) -> list[Row]:
    """Median rates over `runs` rounds, after one warm-up round, each round timing every side once."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-slack-") as home:
        export = write_export(Path(home) / "export", MESSAGES)
        files = sorted(export.rglob("*.json"))
        entries = len(read_timeline(export, CONTEXT))
        sides: dict[str, Callable[[], float]] = {
            "read": _timed(lambda: read_timeline(export, CONTEXT)),
            "json.load": _timed(lambda: _json_load(files)),
            "json.load, GC off": _timed(lambda: _without_gc(lambda: _json_load(files))),
            "read+store": lambda: _read_and_store(export, Path(home)),
            "json.load+sqlite": lambda: _json_load_and_insert(files, Path(home)),
        }
        seconds = _alternate(sides, runs)
    print(f"  slack import: {MESSAGES:,} messages give {entries:,} entries", file=sys.stderr)
    for label, taken in seconds.items():
        print(f"  slack import {label:16}  s: {' '.join(f'{s:.3f}' for s in taken)}", file=sys.stderr)
    rate = {label: entries / statistics.median(taken) for label, taken in seconds.items()}
    print(
        f"  slack import: read / json.load with its GC off (information): {rate['read'] / rate['json.load, GC off']:.2f}",
        file=sys.stderr,
    )
    return [
        Row.minimum("Slack export read, entries/s", rate["read"], rate["json.load"], MINIMUM_RATE),
        Row.minimum(
            f"Slack export read, ≥ {SHARE_OF_JSON_LOAD}× json.load (each as called)",
            rate["read"],
            rate["json.load"],
            SHARE_OF_JSON_LOAD * rate["json.load"],
        ),
        Row.minimum("Slack export read + store, entries/s", rate["read+store"], rate["json.load+sqlite"], MINIMUM_RATE),
    ]


def _alternate(sides: dict[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Seconds each side took per round, after a warm-up round; the order swaps every round.

    Each side starts after a full collection, so none pays for the garbage another left, and then runs as a
    caller gets it: json.load with Python's collector on, as it ships; the read switches the collector off
    for its own work (a fifth to a third of json.load's time here goes to collecting values it just loaded).
    json.load with the collector off is measured too and printed, for information."""
    taken: dict[str, list[float]] = {label: [] for label in sides}
    for round_ in range(-1, runs):
        for label in list(sides) if round_ % 2 == 0 else list(reversed(sides)):
            gc.collect()
            seconds = sides[label]()
            if round_ >= 0:
                taken[label].append(seconds)
    return taken


def _without_gc(work: Callable[[], object]) -> object:
    gc.disable()
    try:
        return work()
    finally:
        gc.enable()


def _timed(work: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        work()
        return time.perf_counter() - started

    return run


def _json_load(files: list[Path]) -> list:
    loaded = []
    for path in files:
        with path.open("rb") as file:
            loaded.append(json.load(file))
    return loaded


def _read_and_store(export: Path, home: Path) -> float:
    """Seconds to read the export and add it to a fresh review database (opening the database is not timed)."""
    with tempfile.TemporaryDirectory(dir=home) as folder:
        store = ReviewStore(open_database(Path(folder) / "reviews.sqlite3"))
        try:
            review = store.create(Review("INC-2417", "Checkout errors", FIRST_DAY.date(), timezone=CONTEXT.timezone))
            started = time.perf_counter()
            store.timeline.add(review.id, read_timeline(export, CONTEXT))
            return time.perf_counter() - started
        finally:
            store.db.close()


def _json_load_and_insert(files: list[Path], home: Path) -> float:
    """Seconds for the least any import could do: parse the files and insert one bare row per message."""
    with tempfile.TemporaryDirectory(dir=home) as folder:
        conn = sqlite3.connect(Path(folder) / "bare.sqlite3")
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, at TEXT, actor TEXT, text TEXT)")
            started = time.perf_counter()
            rows = [
                (message.get("ts"), message.get("user"), message.get("text"))
                for messages in _json_load(files)
                for message in messages
            ]
            with conn:
                conn.executemany("INSERT INTO entries (at, actor, text) VALUES (?, ?, ?)", rows)
            return time.perf_counter() - started
        finally:
            conn.close()


def write_export(folder: Path, messages: int, seed: int = 2417) -> Path:
    """A Slack export of about `messages` messages across CHANNELS and DAYS, the same for the same seed."""
    rng = random.Random(seed)
    people = [f"U{number:07d}" for number in range(PEOPLE)]
    folder.mkdir(parents=True)
    _write(folder / "users.json", [_user(rng, user) for user in people])
    _write(folder / "channels.json", [{"id": f"C{i:07d}", "name": name, "created": 1791999000, "members": people}
                                      for i, name in enumerate(CHANNELS)])
    per_day = messages // (len(CHANNELS) * DAYS)
    for channel in CHANNELS:
        (folder / channel).mkdir()
        for day in range(DAYS):
            start = FIRST_DAY + dt.timedelta(days=day)
            _write(folder / channel / f"{start:%Y-%m-%d}.json", _day(rng, people, start, per_day))
    return folder


def _write(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, indent=4, ensure_ascii=False), encoding="utf-8")


def _user(rng: random.Random, user: str) -> dict:
    first, last = rng.choice(["Ada", "Bo", "Cyd", "Dee", "Fay", "Gus", "Ines"]), rng.choice(["Quist", "Marr", "Brooke"])
    return {
        "id": user, "team_id": "T0000001", "name": f"{first}.{last}".lower(), "deleted": False,
        "real_name": f"{first} {last}", "tz": "Europe/London", "is_bot": False,
        "profile": {"real_name": f"{first} {last}", "display_name": first.lower(), "title": "Engineer",
                    "image_72": f"https://avatars.example.com/{user}_72.png"},
    }


def _day(rng: random.Random, people: list[str], start: dt.datetime, count: int) -> list[dict]:
    messages: list[dict] = []
    ts = start.timestamp()
    for _ in range(count):
        ts += rng.uniform(0.5, 6.0)
        stamp = f"{ts:.6f}"
        roll = rng.random()
        if roll < 0.02:
            user = rng.choice(people)
            messages.append({"type": "message", "subtype": "channel_join", "user": user, "ts": stamp,
                             "text": f"<@{user}> has joined the channel"})
        elif roll < 0.07:
            messages.append(_bot_alert(rng, stamp))
        else:
            thread = messages[-rng.randint(1, min(len(messages), 20))]["ts"] if messages and roll > 0.85 else None
            messages.append(_message(rng, people, stamp, thread, edited=roll < 0.10))
    return messages


def _message(rng: random.Random, people: list[str], ts: str, thread: str | None, edited: bool) -> dict:
    user = rng.choice(people)
    words = rng.choices(WORDS, k=rng.randint(4, 18))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), f"<@{rng.choice(people)}>")
    if rng.random() < 0.2:
        words.append(f"<https://grafana.example.com/d/{rng.randrange(10**6)}|dashboard>")
    if rng.random() < 0.05:
        words.append("<!here> &amp; <#C0000001|sre-alerts>")
    text = " ".join(words)
    message = {
        "client_msg_id": f"{rng.getrandbits(64):016x}",
        "type": "message", "text": text, "user": user, "ts": ts, "team": "T0000001",
        "user_team": "T0000001", "source_team": "T0000001",
        "user_profile": {"avatar_hash": "g0ab12", "image_72": f"https://avatars.example.com/{user}_72.png",
                         "first_name": "Ada", "real_name": "Ada Quist", "display_name": "ada", "team": "T0000001",
                         "name": "ada.quist", "is_restricted": False, "is_ultra_restricted": False},
        "blocks": [{"type": "rich_text", "block_id": f"{rng.getrandbits(20):05x}",
                    "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}],
    }
    if thread is not None:
        message |= {"thread_ts": thread, "parent_user_id": rng.choice(people)}
    if edited:
        message["edited"] = {"user": user, "ts": f"{float(ts) + 30:.6f}"}
    return message


def _bot_alert(rng: random.Random, ts: str) -> dict:
    service = rng.choice(["checkout", "payments", "search", "auth"])
    return {
        "type": "message", "subtype": "bot_message", "text": "", "ts": ts, "username": "Datadog", "bot_id": "B0000001",
        "attachments": [{"fallback": f"Triggered: {service} 5xx rate above 5%", "title": f"[Triggered] {service} 5xx",
                         "text": f"5xx rate is {rng.uniform(5, 30):.1f}%", "color": "ff0000", "id": 1}],
    }
