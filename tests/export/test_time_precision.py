"""Rough and date-only times in the pre-read, the record and the archive: '~17:20', 'date only', kept as they were."""

import datetime as dt
import json
from dataclasses import replace

from record_data import at, whole_review

from facilitator.domain.people import Person, Role
from facilitator.domain.review import Review
from facilitator.domain.timeline import MomentKind, TimelineEntry, TimePrecision
from facilitator.export.archive import archive_json
from facilitator.export.preread import preread_markdown
from facilitator.export.record import record_markdown
from facilitator.importers.archive import read_archive

REVIEW = Review("INC-9", "Replica wiped", dt.date(2017, 1, 31), timezone="UTC")
ROUGH = TimelineEntry(dt.datetime(2017, 1, 31, 17, 20, tzinfo=dt.UTC), "", "OUTAGE BEGINS", precision=TimePrecision.APPROXIMATE)
DAY = TimelineEntry(dt.datetime(2017, 1, 31, tzinfo=dt.UTC), "", "Backups found stale", precision=TimePrecision.DATE_ONLY)
EXACT = TimelineEntry(dt.datetime(2017, 1, 31, 18, 0, tzinfo=dt.UTC), "", "Restore started", moment=MomentKind.DECISION)


def test_the_preread_marks_rough_times_and_says_date_only():
    """'~17:20' for a rough time, 'date only' for a day's event, the exact one as it is; no escaped markup."""
    markdown = preread_markdown(REVIEW, [Person("Ada", Role.RESPONDER)], [EXACT, ROUGH, DAY])
    assert "- **date only** — Backups found stale" in markdown
    assert "- **~17:20** — OUTAGE BEGINS" in markdown
    assert "- **18:00** **⚑" in markdown
    assert "\\*" not in markdown


def test_the_record_marks_rough_times_and_says_date_only():
    """The record's timeline shows the rough mark and 'date only' for entries in full and in one line alike."""
    whole = whole_review()
    entries = list(whole.entries)
    entries[0] = replace(entries[0], precision=TimePrecision.DATE_ONLY, at=at(14, 0, 0) - dt.timedelta(hours=1))
    entries[1] = replace(entries[1], precision=TimePrecision.APPROXIMATE)
    record = record_markdown(replace(whole, entries=tuple(entries)))
    assert "- **date only** — typed words: typed words" in record
    assert "- **~18:05** **⚑" in record


def test_the_archive_keeps_each_entrys_precision_and_old_archives_read_as_exact():
    """Written and read back, the precision is the same; an archive of version 1, written before it existed, reads as exact."""
    whole = whole_review()
    entries = list(whole.entries)
    entries[0] = replace(entries[0], precision=TimePrecision.DATE_ONLY)
    entries[2] = replace(entries[2], precision=TimePrecision.APPROXIMATE)
    archive = archive_json(replace(whole, entries=tuple(entries)))
    back = read_archive(archive.encode())
    assert [e.precision for e in back.entries[:3]] == [TimePrecision.DATE_ONLY, TimePrecision.EXACT, TimePrecision.APPROXIMATE]
    old = json.loads(archive)
    old["version"] = 1
    for entry in old["timeline"]:
        del entry["precision"]
    assert all(e.precision is TimePrecision.EXACT for e in read_archive(json.dumps(old).encode()).entries)


def test_a_summarised_stretch_that_starts_with_a_dated_event_names_its_day():
    """'… 14 more entries between 15 October and 09:16': never 'between date only and …'."""
    whole = whole_review()
    entries = list(whole.entries)
    first_of_run = next(number for number, entry in enumerate(entries) if entry.id == 103)
    entries[first_of_run] = replace(entries[first_of_run], precision=TimePrecision.DATE_ONLY)
    record = record_markdown(replace(whole, entries=tuple(entries)))
    assert "more entries between 15 October and 09:16" in record
    assert "between date only" not in record
