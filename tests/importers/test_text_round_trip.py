"""Generated timelines written in each text shape people publish read back with their count, instants and words."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.timeline import TimePrecision
from facilitator.importers import ImportContext
from facilitator.importers.markdown_timeline import read_markdown

ROUND_TRIP = settings(max_examples=60, deadline=None, derandomize=True)
ZONES = {"UTC": 0, "PDT": -7, "CET": 1, "JST": 9, "UTC+05:30": 5.5, "EST": -5, "AEDT": 11}
"""How each timeline says its zone, and the offset in hours that means."""
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FIRST_WORDS = ("Paged", "Restarted", "Errors", "Rollback", "Cache", "Customers")
MORE_WORDS = ("the", "database", "Eastern", "region", "at", "12%", "rose", "(EU)", "done.", "5xx", "on-call", "2", "and")

entries = st.lists(
    st.tuples(
        st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2035, 12, 31)).map(lambda at: at.replace(second=0, microsecond=0)),
        st.sampled_from(["", "Ada", "Cyd Marr", "Bo"]),
        st.tuples(st.sampled_from(FIRST_WORDS), st.lists(st.sampled_from(MORE_WORDS), max_size=6)).map(
            lambda words: " ".join([words[0], *words[1]])
        ),
        st.sampled_from([TimePrecision.EXACT, TimePrecision.APPROXIMATE]),
    ),
    min_size=1,
    max_size=10,
).map(lambda found: sorted(found, key=lambda entry: entry[0]))
contexts = st.builds(
    ImportContext,
    incident_date=st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)),
    timezone=st.sampled_from(["UTC", "Europe/London", "America/New_York", "Asia/Kolkata"]),
)


def _local(at: dt.datetime, zone: str) -> dt.datetime:
    return at + dt.timedelta(hours=ZONES[zone])


def _said(actor: str, words: str) -> str:
    return f"{actor}: {words}" if actor else words


def _rough(clock: str, precision: TimePrecision, way: int) -> str:
    if precision is TimePrecision.EXACT:
        return clock
    return ("~{}", "about {}", "{}-ish", "± {}")[way % 4].format(clock)


def _day_line(day: dt.date, zone: str, style: int) -> str:
    """The date of the entries below, with their zone, in one of the ways people write it on a line of its own."""
    long = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{day.isoformat()} *(all times {zone})*", f"**{long} (times in {zone})**", f"### {long} ({zone})")[style % 3]


def as_bullets(timeline, zone: str, style: int) -> str:
    lines, day = ["# Timeline", ""], None
    for number, (at, actor, words, precision) in enumerate(timeline):
        local = _local(at, zone)
        if local.date() != day:
            day = local.date()
            lines += ["", _day_line(day, zone, style + number), ""]
        lines.append(f"- {_rough(f'{local:%H:%M}', precision, number + style)} {_said(actor, words)}")
    return "\n".join(lines) + "\n"


def as_prose(timeline, zone: str, style: int) -> str:
    paragraphs = ["We pieced this together from the chat log and the graphs."]
    for number, (at, actor, words, precision) in enumerate(timeline):
        local = _local(at, zone)
        stamp = f"{local:%Y/%m/%d %H:%M} {zone}"
        if precision is TimePrecision.APPROXIMATE:
            lead = (f"Around {stamp}", f"**± {stamp}:**", f"~{stamp}")[(number + style) % 3]
        else:
            lead = (f"At {stamp},", f"**{stamp}:**", f"{stamp} -")[(number + style) % 3]
        wrapped = _said(actor, words).replace(" ", "\n", 1) if style % 2 else _said(actor, words)
        paragraphs.append(f"{lead} {wrapped}")
    return "\n\n".join(paragraphs) + "\n"


def as_table(timeline, zone: str, style: int) -> str:
    rows = ["| When | Who | What happened |", "|---|---|---|"]
    for at, actor, words, _ in timeline:
        rows.append(f"| {_local(at, zone):%Y-%m-%d %H:%M} {zone} | {actor} | {words} |")
    return "## Timeline\n\n" + "\n".join(rows) + "\n"


def _read_back(text: str, context: ImportContext):
    skipped: list = []
    read = read_markdown(text, context._replace(skipped=skipped))
    return sorted((e.at, e.actor, e.text, e.precision) for e in read), skipped


def _utc(timeline, exact_only: bool = False):
    return sorted(
        (at.replace(tzinfo=dt.UTC), actor, words, TimePrecision.EXACT if exact_only else precision)
        for at, actor, words, precision in timeline
    )


@ROUND_TRIP
@given(timeline=entries, zone=st.sampled_from(sorted(ZONES)), style=st.integers(0, 5), context=contexts)
def test_a_timeline_written_as_bullets_under_date_lines_reads_back_as_written(timeline, zone, style, context):
    """Date and zone lines of each kind above the bullets place every time; rough times stay rough."""
    read, skipped = _read_back(as_bullets(timeline, zone, style), context)
    assert read == _utc(timeline) and skipped == []


@ROUND_TRIP
@given(timeline=entries, zone=st.sampled_from(sorted(ZONES)), style=st.integers(0, 5), context=contexts)
def test_a_timeline_written_as_prose_paragraphs_reads_back_as_written(timeline, zone, style, context):
    """Paragraphs led by 'At ...,', a bold time, '± ...' or 'Around ...', wrapped or not, each give one entry."""
    read, _ = _read_back(as_prose(timeline, zone, style), context)
    assert read == _utc(timeline)


@ROUND_TRIP
@given(timeline=entries, zone=st.sampled_from(sorted(ZONES)), context=contexts)
def test_a_timeline_written_as_a_markdown_table_reads_back_as_written(timeline, zone, context):
    """Cells that give the date, time and zone word read back to the same instants, people and words."""
    read, skipped = _read_back(as_table(timeline, zone, 0), context)
    assert read == _utc(timeline, exact_only=True) and skipped == []
