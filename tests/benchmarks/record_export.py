"""Exporting the record of a big review: 20,000 timeline entries and 2,000 notes, read from the database,
written as Markdown into the incident folder and remembered, against writing the same number of bytes.

The review is synthetic: entries over five days from a few dozen actors, every hundredth marked as a
moment (200), ten notes under each moment with mixed tags and speakers, and a meeting clock with
every phase. The baseline writes a file of the record's size the same way (temporary file, fsync,
rename), so the ratio is what reading and rendering the review costs on top of writing it.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from measure import Row

from facilitator.domain.agenda import PHASES, Phase
from facilitator.domain.meeting_clock import ClockEvent, MeetingEvent
from facilitator.domain.notes import TAGS, Note, Place
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry
from facilitator.export.files import write_private
from facilitator.app.record_files import FileFormat, export_review
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

ENTRIES = 20_000
NOTES = 2_000
MOMENT_EVERY = 100
LIMIT_S = 1.0
FIRST = dt.datetime(2026, 10, 14, 6, 0, tzinfo=dt.UTC)
MEETING = dt.datetime(2026, 10, 21, 13, 0, tzinfo=dt.UTC)
WORDS = (
    "checkout errors rising after the certificate rotation rollback canary deploy latency pool "
    "load balancer retry queue backlog database failover paging customer impact saw expected knew"
).split()


def record_export(runs: int) -> list[Row]:
    """Median seconds over `runs` rounds after one warm-up, the export and the plain write alternating."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-record-") as home:
        folder = Path(home) / "incident"
        folder.mkdir()
        store = ReviewStore(open_database(Path(home) / "reviews.sqlite3"))
        try:
            review_id = _big_review(store, folder)
            size = _export(store, review_id, folder)[1]
            exported, written = [], []
            for round_ in range(runs + 1):
                sides = [lambda: exported.append(_export(store, review_id, folder)[0]), lambda: written.append(_write(folder, size))]
                for side in sides if round_ % 2 == 0 else reversed(sides):
                    side()
            exported, written = exported[1:], written[1:]
        finally:
            store.db.close()
    print(f"  record export: {ENTRIES:,} entries, {NOTES:,} notes give {size:,} bytes of Markdown", file=sys.stderr)
    print(f"  record export  s: {' '.join(f'{s:.3f}' for s in exported)}", file=sys.stderr)
    print(f"  plain write    s: {' '.join(f'{s:.4f}' for s in written)}", file=sys.stderr)
    return [
        Row.at_most(
            f"Record export ({ENTRIES // 1000}k entries, {NOTES // 1000}k notes), s vs writing its bytes",
            statistics.median(exported),
            statistics.median(written),
            LIMIT_S,
        )
    ]


def _export(store: ReviewStore, review_id: int, folder: Path) -> tuple[float, int]:
    """Seconds for the whole export (read, render, write, remember), and the file's size."""
    started = time.perf_counter()
    written = export_review(store, review_id, folder, FileFormat.MARKDOWN, MEETING)
    return time.perf_counter() - started, written.path.stat().st_size


def _write(folder: Path, size: int) -> float:
    text = "x" * (size - 1) + "\n"
    started = time.perf_counter()
    write_private(folder / "plain.md", text)
    return time.perf_counter() - started


def _big_review(store: ReviewStore, folder: Path, seed: int = 2417) -> int:
    rng = random.Random(seed)
    people = [f"{rng.choice(['Ada', 'Bo', 'Cyd', 'Dee', 'Fay', 'Gus'])} {rng.choice(['Quist', 'Marr', 'Brooke'])} {n}" for n in range(40)]
    review = store.create(Review("INC-2417", "Checkout errors", FIRST.date(), folder=str(folder), timezone="Europe/London"))
    at = FIRST
    entries = []
    for number in range(ENTRIES):
        at += dt.timedelta(seconds=rng.uniform(5, 40))
        moment = rng.choice(list(MomentKind)) if number % MOMENT_EVERY == MOMENT_EVERY // 2 else None
        text = " ".join(rng.choices(WORDS, k=rng.randint(5, 25)))
        entries.append(TimelineEntry(at, rng.choice(people), text, detail=text[:40] if moment else "", moment=moment, discussed=moment is not None, seconds_on_screen=120 if moment else 0))
    store.timeline.add(review.id, entries)
    moments = [e for e in store.timeline.entries(review.id) if e.marked]
    with store.db.atomic():
        for number in range(NOTES):
            moment = moments[number % len(moments)]
            note = Note(
                " ".join(rng.choices(WORDS, k=rng.randint(8, 40))),
                MEETING + dt.timedelta(seconds=number),
                Place(Phase.TIMELINE, entry_id=moment.id),
                tag=rng.choice(TAGS),
                speaker=rng.choice(people),
            )
            store.notes.add(review.id, note)
    for minutes, phase in enumerate(PHASES):
        kind = ClockEvent.START if minutes == 0 else ClockEvent.PHASE
        store.meeting.add_event(review.id, MeetingEvent(MEETING + dt.timedelta(minutes=20 * minutes), kind, phase if minutes else None))
    store.meeting.add_event(review.id, MeetingEvent(MEETING + dt.timedelta(minutes=95), ClockEvent.PAUSE))
    return review.id
